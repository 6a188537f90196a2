import Foundation
import Testing

@Suite("remixlint rules list / test / patterns")
struct RulesCommandTests {
  @Test("rules list: one line per rule in file order, then the packs")
  func list() throws {
    let pack = try FixturePack.make()
    let result = try CLI.run(["rules", "list", "--no-default-rules", "--rules", pack.path])
    #expect(result.status == 0)
    #expect(
      result.stdoutLines == [
        "info-maybe     info     other         Hedging words.",
        "no-todo        error    placeholder   Leftover scaffolding.",
        "vague-vibrant  warning  vague         Vague colour words.",
        "3 rules from fixture (\(pack.path))",
      ])
    // `rules` alone lists too.
    #expect(try CLI.run(["rules", "--no-default-rules", "--rules", pack.path]).stdout == result.stdout)
  }

  @Test("rules list --format json")
  func listJSON() throws {
    let pack = try FixturePack.make()
    let result = try CLI.run(["rules", "list", "--format", "json", "--no-default-rules", "--rules", pack.path])
    #expect(result.status == 0)
    let rules = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == ["info-maybe", "no-todo", "vague-vibrant"])
    #expect(Set(rules[1].keys) == ["id", "kind", "severity", "reason", "scope", "file", "description"])
    #expect(rules[1]["kind"] as? String == "forbid")
    #expect(rules[1]["scope"] as? String == "prompt")
    #expect(rules[1]["file"] as? String == "\(pack.path)/no-todo.yaml")
  }

  @Test("rules test: exit 0 when every example behaves")
  func testPasses() throws {
    let pack = try FixturePack.make()
    let result = try CLI.run(["rules", "test", "--no-default-rules", pack.path])
    #expect(result.status == 0)
    #expect(result.stdout == "3 rules, 8 examples: all passed\n")
  }

  @Test("rules test DIR tests only DIR's rules, loaded after the default pack")
  func testWithDefaults() throws {
    let pack = try FixturePack.make()
    let result = try CLI.run(["rules", "test", pack.path])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout == "3 rules, 8 examples: all passed\n")
  }

  static let misbehaving = """
    id: bad-examples
    kind: forbid
    severity: error
    reason: other
    message: 'found {match}'
    description: Examples that lie.
    patterns:
      - '\\bred\\b'
    examples:
      pass: ['a red car']
      fail: ['a blue car']

    """

  @Test("rules test: exit 1 and one line per misbehaving example")
  func testFails() throws {
    let pack = try FixturePack.make(extra: [("bad-examples.yaml", RulesCommandTests.misbehaving)])
    let result = try CLI.run(["rules", "test", "--no-default-rules", pack.path])
    #expect(result.status == 1)
    #expect(
      result.stdoutLines == [
        #"\#(pack.path)/bad-examples.yaml:1: rule 'bad-examples': fail example 1 does not trigger it: "a blue car""#,
        #"\#(pack.path)/bad-examples.yaml:1: rule 'bad-examples': pass example 1 triggers it (found red): "a red car""#,
        "4 rules, 10 examples: 2 failed",
      ])
  }

  @Test("rules test: exit 2 when the pack does not load")
  func testLoadError() throws {
    let pack = try FixturePack.make(extra: [("broken.yaml", "id: [")])
    let result = try CLI.run(["rules", "test", "--no-default-rules", pack.path])
    #expect(result.status == 2)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderrLines.first?.hasPrefix("remixlint: error: \(pack.path)/broken.yaml:") == true)
  }

  @Test("rules patterns: expanded, with (?i) exactly for case-insensitive rules")
  func patterns() throws {
    let pack = try FixturePack.make()
    let arguments = ["rules", "patterns", "--no-default-rules", "--rules", pack.path]
    let result = try CLI.run(arguments)
    #expect(result.status == 0)
    #expect(
      result.stdoutLines == [
        #"(?i)(?<=[.!?])\s+"#, #"(?i)\R+"#, "(?i);",
        #"(?i)\bmaybe\b"#, #"\b(?:TODO|FIXME)\b"#, #"(?i)\bvibrant\b"#,
      ])
    let owners = try CLI.run(arguments + ["--owner", "--rules-only"])
    #expect(
      owners.stdoutLines == [
        "info-maybe\t(?i)\\bmaybe\\b", "no-todo\t\\b(?:TODO|FIXME)\\b", "vague-vibrant\t(?i)\\bvibrant\\b",
      ])
  }

  @Test("rules patterns: every printed line compiles with PCRE2")
  func patternsCompile() throws {
    let pack = try FixturePack.make()
    let printed = try CLI.run(["rules", "patterns", "--no-default-rules", "--rules", pack.path])
    #expect(printed.status == 0)
    try expectCompiles(printed.stdoutLines)
  }
}

/// Checks that every line compiles with PCRE2 exactly as printed: each becomes a case-sensitive rule of
/// a new pack that `remixlint` (real PCRE2, UTF + UCP) must load, and, where `pcre2grep` is installed,
/// each (up to pcre2grep's 8 KB pattern limit) is also given to `pcre2grep -u`.
func expectCompiles(_ lines: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
  #expect(!lines.isEmpty, sourceLocation: sourceLocation)
  let folder = try TempFolder()
  for (index, line) in lines.enumerated() {
    let quoted = "'" + line.replacingOccurrences(of: "'", with: "''") + "'"
    try folder.write(
      String(format: "p%05d.yaml", index),
      """
      id: p\(index)
      kind: forbid
      severity: info
      reason: other
      message: 'm'
      description: Pattern \(index + 1) as printed.
      ignore_case: false
      patterns:
        - \(quoted)
      examples:
        pass: []
        fail: ['x']

      """)
  }
  let loaded = try CLI.run(["rules", "list", "--no-default-rules", "--rules", folder.path])
  #expect(loaded.status == 0, "\(loaded.stderr)", sourceLocation: sourceLocation)
  #expect(
    loaded.stdoutLines.last
      == "\(lines.count) rules from \(URL(fileURLWithPath: folder.path).lastPathComponent) (\(folder.path))",
    sourceLocation: sourceLocation)

  let grep = "/usr/bin/pcre2grep"
  guard FileManager.default.isExecutableFile(atPath: grep) else { return }
  // pcre2grep refuses patterns over 8192 bytes ("pattern is too long"); those are covered above.
  for line in lines where line.utf8.count <= 8192 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: grep)
    process.arguments = ["-u", "-e", line, "/dev/null"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    // 1: compiled, no match in the empty file; 2: an error.
    #expect(process.terminationStatus == 1, "pcre2grep rejects: \(line)", sourceLocation: sourceLocation)
  }
}
