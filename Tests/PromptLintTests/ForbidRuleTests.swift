import PromptLint
import Testing

@Suite("forbid rules")
struct ForbidRuleTests {
  @Test("every match is a finding, case-insensitive by default")
  func everyMatch() throws {
    let rule = Fixture.rule("no-vibrant", reason: .vague, message: "vague: {match}", patterns: [#"\bvibrant\b"#])
    let result = try Fixture.lint("Make it vibrant, really Vibrant.", rule)
    #expect(result.findings.map(\.message) == ["vague: vibrant", "vague: Vibrant"])
    #expect(result.findings.map(place) == [[1, 9, 1, 16], [1, 25, 1, 32]])
    #expect(result.findings.allSatisfy { $0.rule == "no-vibrant" && $0.reason == .vague && $0.severity == .error })
    #expect(result.diagnostics.isEmpty)
  }

  @Test("ignore_case false matches the case as written")
  func caseSensitive() throws {
    let rule = Fixture.rule("no-todo", ignoreCase: false, patterns: [#"\bTODO\b"#])
    let result = try Fixture.lint("todo: fix the TODO", rule)
    #expect(result.findings.map(\.match) == ["TODO"])
  }

  @Test("an exception cancels the matches it overlaps, and only those")
  func exceptions() throws {
    let rule = Fixture.rule(
      "no-bright", patterns: [#"\bbright\b"#], exceptions: [#"\bbright (?:red|blue|white)\b"#, #"\bred\b"#])
    let result = try Fixture.lint("Make it bright; a bright red car, a bright sky.", rule)
    #expect(result.findings.map(\.match) == ["bright", "bright"])
    #expect(result.findings.map(\.range.column) == [9, 37])
  }

  @Test("max_findings caps the findings of a rule per prompt, keeping the first ones")
  func maxFindings() throws {
    let rule = Fixture.rule("no-todo", patterns: [#"\bTODO\b"#], maxFindings: 2)
    let result = try Fixture.lint("TODO TODO TODO", rule)
    #expect(result.findings.map(\.range.column) == [1, 6])
    let uncapped = try Fixture.lint("TODO TODO TODO", Fixture.rule("no-todo", patterns: [#"\bTODO\b"#]))
    #expect(uncapped.findings.count == 3)
  }

  @Test("two patterns matching the same text give one finding; different texts give one each")
  func duplicateMatches() throws {
    let rule = Fixture.rule("dup", patterns: [#"\bTODO\b"#, "TODO", #"TODO!"#])
    let result = try Fixture.lint("TODO! later", rule)
    #expect(result.findings.map(\.match).sorted() == ["TODO", "TODO!"])
  }

  @Test("suggestions, severity and reason are copied to the finding")
  func findingFields() throws {
    let rule = Fixture.rule(
      "no-tbd", severity: .warning, reason: .placeholder, message: "Fill in {match}.", patterns: [#"\bTBD\b"#],
      suggestions: ["Name the colour.", "Or drop the slot."])
    let finding = try #require(try Fixture.lint("Use TBD colours", rule).findings.first)
    #expect(finding.rule == "no-tbd")
    #expect(finding.severity == .warning)
    #expect(finding.reason == .placeholder)
    #expect(finding.message == "Fill in TBD.")
    #expect(finding.match == "TBD")
    #expect(finding.suggestions == ["Name the colour.", "Or drop the slot."])
    #expect(finding.range == SourceRange(line: 1, column: 5, endLine: 1, endColumn: 8))
  }

  @Test("no match, no finding")
  func noMatch() throws {
    let result = try Fixture.lint("Make the sky overcast.", Fixture.rule("no-todo", patterns: [#"\bTODO\b"#]))
    #expect(result.findings.isEmpty)
    #expect(result.passed())
  }
}
