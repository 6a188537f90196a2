import PromptLint
import Testing

@Suite("JSON and text reporters")
struct ReporterTests {
  static let tricky = "He said \"hi\"\nthen\ttab\\ \u{01}\u{1F}\u{7F} 🎬 カメラ \u{2028}\u{2029} end\r"

  static func finding(
    _ rule: String, _ severity: Severity, _ reason: Reason, message: String, match: String, line: Int, column: Int,
    endColumn: Int, suggestions: [String] = []
  ) -> Finding {
    Finding(
      rule: rule, severity: severity, reason: reason, message: message, match: match,
      range: SourceRange(line: line, column: column, endLine: line, endColumn: endColumn), suggestions: suggestions)
  }

  static let checked: [CheckedPrompt] = [
    CheckedPrompt(
      input: PromptInput(source: "p.jsonl#d1", id: "d1", text: "Fix TODO"),
      result: LintResult(findings: [
        finding(
          "no-todo", .error, .placeholder, message: "Leftover TODO.", match: "TODO", line: 1, column: 5, endColumn: 9,
          suggestions: ["Replace it.", "Or drop it."])
      ]),
      passed: false),
    CheckedPrompt(
      input: PromptInput(source: "<arg2>", text: "vibrant"),
      result: LintResult(
        findings: [
          finding("vibrant", .warning, .vague, message: tricky, match: tricky, line: 2, column: 3, endColumn: 4),
          finding("maybe", .info, .other, message: "m", match: "maybe", line: 3, column: 1, endColumn: 6),
        ],
        diagnostics: [RuleDiagnostic(rule: "greedy", message: "rule did not finish: match limit exceeded")]),
      passed: true),
    CheckedPrompt(input: PromptInput(source: "p.jsonl#7", id: "7", text: "fine"), result: LintResult(), passed: true),
  ]

  static func render(_ reporter: some Reporter, _ checked: [CheckedPrompt]) -> String {
    var reporter = reporter
    var summary = CheckSummary()
    var out = reporter.begin()
    for item in checked {
      summary.add(item)
      out += reporter.report(item)
    }
    return out + reporter.finish(summary)
  }

  func keys(_ value: JSONValue?) -> Set<String> {
    guard case .object(let members) = value else { return [] }
    return Set(members.keys)
  }

  @Test("JSON output parses and has exactly the contract's shape")
  func jsonContract() throws {
    let output = ReporterTests.render(JSONReporter(), ReporterTests.checked)
    #expect(output.hasSuffix("}\n"))
    #expect(output.filter { $0 == "\n" }.count == 1)
    let root = try JSONValue.parse(output)
    #expect(keys(root) == ["version", "results", "summary"])
    #expect(root["version"] == .number(1, text: "1"))
    let results = try #require(root["results"]?.arrayValue)
    #expect(results.count == 3)
    for result in results {
      #expect(keys(result) == ["id", "source", "passed", "findings", "diagnostics"])
    }
    #expect(results.map { $0["id"] } == [.string("d1"), .null, .string("7")])
    #expect(results.map { $0["source"]?.stringValue } == ["p.jsonl#d1", "<arg2>", "p.jsonl#7"])
    #expect(results.map { $0["passed"] } == [.bool(false), .bool(true), .bool(true)])

    let finding = try #require(results[0]["findings"]?.arrayValue?.first)
    #expect(
      keys(finding) == [
        "rule", "severity", "reason", "message", "match", "line", "column", "endLine", "endColumn", "suggestions",
      ])
    #expect(finding["rule"] == .string("no-todo"))
    #expect(finding["severity"] == .string("error"))
    #expect(finding["reason"] == .string("placeholder"))
    #expect(finding["message"] == .string("Leftover TODO."))
    #expect(finding["match"] == .string("TODO"))
    #expect(finding["line"] == .number(1, text: "1"))
    #expect(finding["column"] == .number(5, text: "5"))
    #expect(finding["endLine"] == .number(1, text: "1"))
    #expect(finding["endColumn"] == .number(9, text: "9"))
    #expect(finding["suggestions"] == .array([.string("Replace it."), .string("Or drop it.")]))

    let diagnostics = try #require(results[1]["diagnostics"]?.arrayValue)
    #expect(
      diagnostics == [
        .object(["rule": .string("greedy"), "message": .string("rule did not finish: match limit exceeded")])
      ])
    #expect(results[2]["findings"] == .array([]))
    #expect(results[2]["diagnostics"] == .array([]))

    let summary = root["summary"]
    #expect(keys(summary) == ["prompts", "passed", "failed", "errors", "warnings", "infos", "diagnostics"])
    let counts = ["prompts", "passed", "failed", "errors", "warnings", "infos", "diagnostics"].map {
      summary?[$0]?.idValue
    }
    #expect(counts == ["3", "2", "1", "1", "1", "1", "1"])
  }

  @Test("quotes, line breaks, control characters and emoji round-trip through the JSON output")
  func jsonRoundTrip() throws {
    let root = try JSONValue.parse(ReporterTests.render(JSONReporter(), ReporterTests.checked))
    let finding = try #require(root["results"]?.arrayValue?[1]["findings"]?.arrayValue?.first)
    #expect(finding["message"] == .string(ReporterTests.tricky))
    #expect(finding["match"] == .string(ReporterTests.tricky))
  }

  @Test("JSONWriter escapes what JSON requires")
  func writer() {
    #expect(JSONWriter.string("a\"b\\c\nd\re\tf\u{01}\u{2028}é🎬") == #""a\"b\\c\nd\re\tf\u0001\u2028é🎬""#)
    #expect(JSONWriter.optional(nil) == "null")
    #expect(JSONWriter.array(["1", "2"]) == "[1,2]")
    #expect(JSONWriter.object([("b", "1"), ("a", "2")]) == #"{"b":1,"a":2}"#)
  }

  @Test("an empty run is a complete JSON document")
  func emptyJSON() {
    #expect(
      ReporterTests.render(JSONReporter(), []) == """
        {"version":1,"results":[],"summary":{"prompts":0,"passed":0,"failed":0,"errors":0,"warnings":0,"infos":0,"diagnostics":0}}

        """)
  }

  @Test("text lines follow source:line:column: severity: message [rule-id], then the summary")
  func text() {
    let output = ReporterTests.render(TextReporter(), [ReporterTests.checked[0], ReporterTests.checked[2]])
    #expect(
      output == """
        p.jsonl#d1:1:5: error: Leftover TODO. [no-todo]
            suggestion: Replace it.
            suggestion: Or drop it.
        2 prompts checked: 1 passed, 1 failed (1 error, 0 warnings, 0 infos)

        """)
  }

  @Test("text without suggestions, with diagnostics and the incomplete note")
  func textDiagnostics() {
    var second = ReporterTests.checked[1]
    second.result.findings[0].message = "vague"
    let output = ReporterTests.render(TextReporter(showSuggestions: false), [ReporterTests.checked[0], second])
    #expect(
      output == """
        p.jsonl#d1:1:5: error: Leftover TODO. [no-todo]
        <arg2>:2:3: warning: vague [vibrant]
        <arg2>:3:1: info: m [maybe]
        <arg2>: error: rule did not finish: match limit exceeded [greedy]
        2 prompts checked: 1 passed, 1 failed (1 error, 1 warning, 1 info); incomplete: 1 rule run did not finish

        """)
  }

  @Test("the text summary uses singular and plural forms")
  func summaryLine() {
    var reporter = TextReporter()
    var one = CheckSummary()
    one.add(ReporterTests.checked[2])
    #expect(reporter.finish(one) == "1 prompt checked: 1 passed, 0 failed (0 errors, 0 warnings, 0 infos)\n")
    var many = CheckSummary()
    for _ in 0..<2 { many.add(ReporterTests.checked[1]) }
    #expect(
      reporter.finish(many)
        == "2 prompts checked: 2 passed, 0 failed (0 errors, 2 warnings, 2 infos); incomplete: 2 rule runs did not finish\n"
    )
  }

  @Test("text and JSON from real lint results agree")
  func realResults() throws {
    let linter = try Fixture.linter(
      Fixture.rule("no-todo", reason: .placeholder, message: "Leftover {match}.", patterns: [#"\bTODO\b"#]))
    let prompt = "First line\n🎬 then TODO"
    let checked = CheckedPrompt(
      input: PromptInput(source: "<arg>", text: prompt), result: linter.lint(prompt), passed: false)
    #expect(ReporterTests.render(TextReporter(), [checked]).hasPrefix("<arg>:2:8: error: Leftover TODO. [no-todo]\n"))
    let root = try JSONValue.parse(ReporterTests.render(JSONReporter(), [checked]))
    let finding = root["results"]?.arrayValue?.first?["findings"]?.arrayValue?.first
    #expect(finding?["line"]?.idValue == "2")
    #expect(finding?["column"]?.idValue == "8")
    #expect(finding?["endColumn"]?.idValue == "12")
  }
}
