import Foundation
import Testing

@Suite("remixlint check output formats")
struct OutputFormatTests {
  static let prompts = ["Fix the TODO in 🎬 カメラ TODO.", "Make it vibrant, maybe.", "Make the sky overcast."]

  @Test("--format json parses and has exactly the contract's shape")
  func jsonContract() throws {
    let pack = try FixturePack.make()
    let result = try FixturePack.check(pack, ["--format", "json"] + OutputFormatTests.prompts)
    #expect(result.status == 1)
    #expect(result.stderr.isEmpty)
    let root = try result.json()
    #expect(Set(root.keys) == ["version", "results", "summary"])
    #expect(root["version"] as? Int == 1)

    let results = try #require(root["results"] as? [[String: Any]])
    #expect(results.count == 3)
    for item in results {
      #expect(Set(item.keys) == ["id", "source", "passed", "findings", "diagnostics"])
      #expect(item["id"] is NSNull)
      #expect((item["diagnostics"] as? [Any])?.isEmpty == true)
    }
    #expect(results.map { $0["source"] as? String } == ["<arg1>", "<arg2>", "<arg3>"])
    #expect(results.map { $0["passed"] as? Bool } == [false, true, true])

    let findings = try #require(results[0]["findings"] as? [[String: Any]])
    #expect(findings.count == 2)
    for finding in findings {
      #expect(
        Set(finding.keys) == [
          "rule", "severity", "reason", "message", "match", "line", "column", "endLine", "endColumn", "suggestions",
        ])
    }
    let last = findings[1]
    #expect(last["rule"] as? String == "no-todo")
    #expect(last["severity"] as? String == "error")
    #expect(last["reason"] as? String == "placeholder")
    #expect(last["message"] as? String == "Leftover TODO.")
    #expect(last["match"] as? String == "TODO")
    // "Fix the TODO in 🎬 カメラ " is 22 characters (the emoji and each kana count once).
    #expect([last["line"], last["column"], last["endLine"], last["endColumn"]].map { $0 as? Int } == [1, 23, 1, 27])
    #expect(last["suggestions"] as? [String] == ["Replace it with the real request."])
    #expect(findings[0]["column"] as? Int == 9)

    let second = try #require(results[1]["findings"] as? [[String: Any]])
    #expect(second.map { $0["severity"] as? String } == ["warning", "info"])
    #expect(second.map { $0["message"] as? String } == ["'vibrant' is vague.", "Hedging: maybe."])
    #expect(second.map { ($0["suggestions"] as? [Any])?.count } == [0, 0])

    let summary = try #require(root["summary"] as? [String: Any])
    #expect(Set(summary.keys) == ["prompts", "passed", "failed", "errors", "warnings", "infos", "diagnostics"])
    let counts = ["prompts", "passed", "failed", "errors", "warnings", "infos", "diagnostics"].map {
      summary[$0] as? Int
    }
    #expect(counts == [3, 2, 1, 2, 1, 1, 0])
  }

  @Test("a prompt with quotes, line breaks and control characters round-trips through the JSON output")
  func jsonEscaping() throws {
    let pack = try FixturePack.make()
    let prompt = "He said \"TODO\"\n\ttab \\ \u{01} 🎬\u{2028}"
    let result = try FixturePack.check(pack, ["--format", "json", prompt])
    let results = try #require(try result.json()["results"] as? [[String: Any]])
    let finding = try #require((results.first?["findings"] as? [[String: Any]])?.first)
    #expect(finding["match"] as? String == "TODO")
    #expect(finding["column"] as? Int == 10)
    #expect(result.stdout.filter { $0 == "\n" }.count == 1)
  }

  @Test("text lines follow source:line:column: severity: message [rule-id]")
  func textFormat() throws {
    let pack = try FixturePack.make()
    let result = try FixturePack.check(pack, OutputFormatTests.prompts)
    #expect(
      result.stdout == """
        <arg1>:1:9: error: Leftover TODO. [no-todo]
            suggestion: Replace it with the real request.
        <arg1>:1:23: error: Leftover TODO. [no-todo]
            suggestion: Replace it with the real request.
        <arg2>:1:9: warning: 'vibrant' is vague. [vague-vibrant]
        <arg2>:1:18: info: Hedging: maybe. [info-maybe]
        3 prompts checked: 2 passed, 1 failed (2 errors, 1 warning, 1 info)

        """)
    let finding = /^<arg\d>:\d+:\d+: (?:error|warning|info): .+ \[[a-z][a-z0-9._-]*\]$/
    let summary = /^\d+ prompts? checked: \d+ passed, \d+ failed \(.*\)$/
    for line in result.stdoutLines {
      #expect(
        line.wholeMatch(of: finding) != nil || line.hasPrefix("    suggestion: ")
          || line.wholeMatch(of: summary) != nil,
        "unexpected line: \(line)")
    }
  }
}
