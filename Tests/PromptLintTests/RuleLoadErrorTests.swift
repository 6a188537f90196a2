import PromptLint
import Testing

/// One test per kind of bad rule folder: each error names the file (and line) on one line.
@Suite("rule-file load errors")
struct RuleLoadErrorTests {
  /// Loads a folder holding `files` and returns the error (which must exist).
  func error(_ files: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation) throws -> RuleLoadError {
    let folder = try TempFolder()
    for (name, text) in files { try folder.write(name, text) }
    let error = try #require(folder.loadError(), "the folder loaded without error", sourceLocation: sourceLocation)
    #expect(!error.description.contains("\n"), "description: \(error.description)", sourceLocation: sourceLocation)
    return error
  }

  /// Checks the one-line `file:line: ...` shape of `error`.
  func expectPlace(_ error: RuleLoadError, file: String, line: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(error.file == file, sourceLocation: sourceLocation)
    #expect(error.line == line, sourceLocation: sourceLocation)
    #expect(
      error.description.hasPrefix("\(file):\(line):"), "description: \(error.description)",
      sourceLocation: sourceLocation)
  }

  @Test("a well-formed folder loads")
  func goodFolder() throws {
    let folder = try TempFolder()
    try folder.write("no-todo.yaml", ruleYAML(id: "no-todo"))
    let set = try folder.load()
    #expect(set.rules.map(\.spec.id) == ["no-todo"])
    #expect(set.rules.first?.spec.file == "pack/no-todo.yaml")
    #expect(set.rules.first?.spec.line == 1)
    #expect(set.rules.first?.spec.patterns.first?.line == 8)
  }

  @Test("invalid YAML")
  func invalidYAML() throws {
    let error = try error([("bad.yaml", "id: x\nkind: [forbid\nseverity: error\n")])
    #expect(error.kind == .invalidYAML)
    #expect(error.message.hasPrefix("invalid YAML: "))
    #expect(error.message.contains("flow sequence"))
    expectPlace(error, file: "pack/bad.yaml", line: 3)
  }

  @Test("a duplicate key is invalid YAML")
  func duplicateKey() throws {
    let error = try error([("dup.yaml", ruleYAML(id: "dup") + "id: again\n")])
    #expect(error.kind == .invalidYAML)
    #expect(error.message == "invalid YAML: duplicate key(s) id")
    #expect(error.description.hasPrefix("pack/dup.yaml:"))
  }

  @Test("an unknown key suggests the closest known key")
  func unknownKey() throws {
    let text = ruleYAML(id: "typo").replacingOccurrences(of: "patterns:", with: "patern:")
    let error = try error([("typo.yaml", text)])
    #expect(error.kind == .unknownKey)
    expectPlace(error, file: "pack/typo.yaml", line: 7)
    #expect(error.message.hasPrefix("unknown key 'patern' (did you mean 'patterns'?)"))
    #expect(error.description.hasPrefix("pack/typo.yaml:7:1: unknown key 'patern'"))
  }

  @Test("a missing required key")
  func missingKey() throws {
    let text = ruleYAML(id: "quiet").replacingOccurrences(of: "message: 'Leftover {match}.'\n", with: "")
    let error = try error([("quiet.yaml", text)])
    #expect(error.kind == .missingKey)
    expectPlace(error, file: "pack/quiet.yaml", line: 1)
    #expect(error.message == "the rule is missing the required key 'message'")
  }

  @Test(
    "a value outside its allowed set",
    arguments: [
      ("kind", "forbidd", 2, "forbid, require, count, conditional"),
      ("severity", "fatal", 3, "info, warning, error"),
      ("reason", "ugly", 4, "multi-change, rewrite, vague, empty, placeholder, other"),
      ("scope", "paragraph", 12, "prompt, sentence, clause"),
    ])
  func badChoice(key: String, value: String, line: Int, allowed: String) throws {
    var text = ruleYAML(id: "bad-\(key)", extra: key == "scope" ? "scope: \(value)\n" : "")
    if key != "scope" {
      let original = ["kind": "forbid", "severity": "error", "reason": "placeholder"][key]!
      text = text.replacingOccurrences(of: "\(key): \(original)\n", with: "\(key): \(value)\n")
    }
    let error = try error([("bad-\(key).yaml", text)])
    #expect(error.kind == .invalidValue)
    expectPlace(error, file: "pack/bad-\(key).yaml", line: line)
    #expect(error.message == "'\(key)' is '\(value)'; it must be one of: \(allowed)")
  }

  @Test("a pattern PCRE2 rejects: PCRE2's message and the column in the pattern")
  func invalidPattern() throws {
    let error = try error([("paren.yaml", ruleYAML(id: "paren", pattern: "'é(b'"))])
    #expect(error.kind == .invalidPattern)
    expectPlace(error, file: "pack/paren.yaml", line: 8)
    #expect(error.message == "patterns[1]: invalid PCRE2 pattern: missing closing parenthesis at column 4")
  }

  @Test("an invalid escape in a later pattern names that pattern")
  func invalidEscape() throws {
    let text = ruleYAML(id: "escape").replacingOccurrences(of: "examples:", with: "  - 'ok'\n  - 'ab\\i'\nexamples:")
    let error = try error([("escape.yaml", text)])
    #expect(error.kind == .invalidPattern)
    expectPlace(error, file: "pack/escape.yaml", line: 10)
    #expect(error.message == #"patterns[3]: invalid PCRE2 pattern: unrecognized character follows \ at column 4"#)
  }

  @Test("a double-quoted pattern is refused")
  func doubleQuoted() throws {
    let error = try error([("quoted.yaml", ruleYAML(id: "quoted", pattern: #""\\bTODO\\b""#))])
    #expect(error.kind == .invalidValue)
    expectPlace(error, file: "pack/quoted.yaml", line: 8)
    #expect(error.message.contains("single quotes"))
  }

  @Test("the same rule id in two files")
  func duplicateID() throws {
    let error = try error([("a.yaml", ruleYAML(id: "same")), ("b.yaml", ruleYAML(id: "same"))])
    #expect(error.kind == .reference)
    expectPlace(error, file: "pack/b.yaml", line: 1)
    #expect(error.message == "rule id 'same' is already defined in pack/a.yaml")
  }

  @Test("an unknown role")
  func unknownRole() throws {
    let error = try error([("role.yaml", ruleYAML(id: "role", extra: "scope: clause\nroles: [changer]\n"))])
    #expect(error.kind == .reference)
    expectPlace(error, file: "pack/role.yaml", line: 1)
    #expect(error.message == "rule 'role': unknown role 'changer' (known: other)")
  }

  @Test("a fragment cycle")
  func fragmentCycle() throws {
    let pack = "fragments:\n  one: 'a(?&two)'\n  two: 'b(?&one)'\n"
    let error = try error([("pack.yaml", pack), ("r.yaml", ruleYAML(id: "r", pattern: "'(?&one)'"))])
    #expect(error.kind == .reference)
    #expect(error.file == "pack/pack.yaml")
    #expect([2, 3].contains(error.line))
    #expect(error.description.hasPrefix("pack/pack.yaml:\(error.line): fragment '"))
    #expect(error.message.contains("refers to itself"))
  }

  @Test("a reference to an unknown fragment is PCRE2's unknown-subpattern error")
  func unknownFragment() throws {
    let error = try error([("r.yaml", ruleYAML(id: "r", pattern: "'x(?&nosuch)'"))])
    #expect(error.kind == .invalidPattern)
    expectPlace(error, file: "pack/r.yaml", line: 8)
    #expect(error.message == "patterns[1]: invalid PCRE2 pattern: reference to non-existent subpattern at column 5")
  }

  @Test("a count rule without min or max")
  func countWithoutBounds() throws {
    let error = try error([("count.yaml", ruleYAML(id: "count", kind: "count"))])
    #expect(error.kind == .missingKey)
    expectPlace(error, file: "pack/count.yaml", line: 1)
    #expect(error.message == "rule 'count': kind 'count' needs 'min', 'max' or both")
  }

  @Test("a conditional rule without then")
  func conditionalWithoutThen() throws {
    let text = ruleYAML(id: "cond", kind: "conditional").replacingOccurrences(of: "patterns:", with: "when:")
    let error = try error([("cond.yaml", text)])
    #expect(error.kind == .missingKey)
    expectPlace(error, file: "pack/cond.yaml", line: 1)
    #expect(error.message == "rule 'cond': kind 'conditional' needs 'then'")
  }

  @Test("examples without a fail list")
  func examplesWithoutFail() throws {
    let text = ruleYAML(id: "nofail").replacingOccurrences(of: "  fail: ['Fix the TODO.']\n", with: "")
    let error = try error([("nofail.yaml", text)])
    #expect(error.kind == .missingKey)
    expectPlace(error, file: "pack/nofail.yaml", line: 10)
    #expect(error.message.contains("'examples' needs a 'fail' list"))
  }

  @Test("a folder without rule files")
  func emptyFolder() throws {
    let folder = try TempFolder()
    try folder.write("README.md", "not a rule")
    let error = try #require(folder.loadError())
    #expect(error.kind == .io)
    #expect(error.file == "pack")
    #expect(error.line == 0)
    #expect(error.description == "pack: the folder holds no rule files (*.yaml)")
  }

  @Test("a folder that does not exist")
  func missingFolder() throws {
    let folder = try TempFolder()
    let missing = folder.path + "/nope"
    do throws(RuleLoadError) {
      _ = try PackLoader.load(directory: missing)
      Issue.record("a missing folder loaded")
    } catch {
      #expect(error.kind == .io)
      #expect(error.description == "\(missing): no such rules folder")
    }
  }

  @Test("a rule file that is not UTF-8")
  func invalidUTF8() throws {
    let folder = try TempFolder()
    try folder.write("latin1.yaml", bytes: Array("id: caf".utf8) + [0xE9, 0x0A])
    let error = try #require(folder.loadError())
    #expect(error.kind == .io)
    #expect(error.description == "pack/latin1.yaml: the file is not valid UTF-8")
  }

  @Test("then_scope narrower than scope")
  func thenScopeTooNarrow() throws {
    let text =
      ruleYAML(id: "narrow", kind: "conditional").replacingOccurrences(of: "patterns:", with: "when:")
      + "then: ['x']\nscope: sentence\nthen_scope: clause\n"
    let error = try error([("narrow.yaml", text)])
    #expect(error.kind == .invalidValue)
    #expect(error.message == "rule 'narrow': 'then_scope' (clause) must be at least as wide as 'scope' (sentence)")
  }

  @Test("a boolean that is not true or false, and a number that is not whole")
  func badScalars() throws {
    let yes = try error([("yes.yaml", ruleYAML(id: "yes", extra: "ignore_case: yes\n"))])
    expectPlace(yes, file: "pack/yes.yaml", line: 12)
    #expect(yes.message == "'ignore_case' must be true or false")
    let half = try error([("half.yaml", ruleYAML(id: "half", extra: "max_findings: 1.5\n"))])
    expectPlace(half, file: "pack/half.yaml", line: 12)
    #expect(half.message == "'max_findings' must be a whole number")
  }
}
