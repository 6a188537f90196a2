import PromptLint
import Testing

@Suite("count rules")
struct CountRuleTests {
  static let colours = #"\b(?:red|blue|green)\b"#

  @Test("unit match: above max, the finding is at the first match past max")
  func aboveMax() throws {
    let rule = Fixture.rule(
      "few-colours", kind: .count, message: "{count} colours (max {max})", patterns: [CountRuleTests.colours], max: 2)
    let result = try Fixture.lint("red, blue, green and red", rule)
    let finding = try #require(result.findings.first)
    #expect(result.findings.count == 1)
    #expect(finding.message == "4 colours (max 2)")
    #expect(finding.match == "green")
    #expect(place(finding) == [1, 12, 1, 17])
    #expect(try Fixture.lint("red and blue", rule).findings.isEmpty)
  }

  @Test("unit match: below min, the finding covers the unit")
  func belowMin() throws {
    let rule = Fixture.rule(
      "one-move", kind: .count, message: "{count} < {min}", patterns: [#"\b(?:pan|tilt|dolly)\b"#], min: 1)
    let result = try Fixture.lint("Make it warmer.", rule)
    let finding = try #require(result.findings.first)
    #expect(finding.message == "0 < 1")
    #expect(finding.match == "Make it warmer.")
    #expect(place(finding) == [1, 1, 1, 16])
    #expect(try Fixture.lint("Slow dolly in.", rule).findings.isEmpty)
  }

  @Test("unit match with sentence scope counts per sentence")
  func perSentence() throws {
    let rule = Fixture.rule(
      "few-colours", kind: .count, message: "{count}", scope: .sentence, patterns: [CountRuleTests.colours], max: 1)
    let result = try Fixture.lint("Red sky. Blue sea and green grass.", rule)
    #expect(result.findings.map(\.message) == ["2"])
    #expect(result.findings.map(\.match) == ["green"])
  }

  @Test("unit clause counts clauses with a match, each once")
  func clauses() throws {
    let rule = Fixture.rule(
      "one-clause", kind: .count, message: "{count} clauses", patterns: [CountRuleTests.colours], max: 1, unit: .clause)
    let result = try Fixture.lint("red and red red", rule)
    let finding = try #require(result.findings.first)
    #expect(finding.message == "2 clauses")
    #expect(finding.match == "red red")
    #expect(place(finding) == [1, 9, 1, 16])
    var two = rule
    two.max = 2
    // Four matches, but only two clauses.
    #expect(try Fixture.lint("red red red; blue", two).findings.isEmpty)
  }

  @Test("unit clause below min")
  func clausesBelowMin() throws {
    let rule = Fixture.rule(
      "two-clauses", kind: .count, message: "{count}/{min}", patterns: [CountRuleTests.colours], min: 2, unit: .clause)
    let result = try Fixture.lint("red red; nothing", rule)
    #expect(result.findings.map(\.message) == ["1/2"])
    #expect(result.findings.map(\.match) == ["red red; nothing"])
  }

  static let changes = Fixture.rule(
    "one-change", kind: .count, reason: .multiChange, message: "{count} changes: {aspects}", roles: ["change"],
    patterns: [#"\w"#], max: 1, unit: .change)

  @Test(
    "unit change groups clauses by aspect",
    arguments: [
      // Two clauses about lighting: one change.
      ("Make the light warmer; let the shadows fall off to black.", nil),
      // Lighting and palette: two changes.
      ("Make the light warmer; make the palette teal.", "2 changes: lighting; palette"),
      // A clause about no known aspect is a change of its own.
      ("Make the light warmer and swap the dog for a cat.", "2 changes: lighting; an unnamed target"),
      ("Swap the dog for a cat; swap the car for a bike.", "2 changes: an unnamed target; an unnamed target"),
      // The invariant clause is not a change (the rule counts only role 'change').
      ("Make the light warmer; keep everything else the same.", nil),
      (
        "Make the light warmer; make the palette teal; swap the dog.", "3 changes: lighting; palette; an unnamed target"
      ),
    ] as [(String, String?)])
  func changes(prompt: String, message: String?) throws {
    let result = try Fixture.lint(prompt, CountRuleTests.changes)
    #expect(result.findings.map(\.message) == (message.map { [$0] } ?? []))
  }

  @Test("unit change: the finding is at the first clause of the change past max")
  func changeLocation() throws {
    let result = try Fixture.lint("Make the light warmer; make the palette teal.", CountRuleTests.changes)
    let finding = try #require(result.findings.first)
    #expect(finding.match == "make the palette teal.")
    #expect(place(finding) == [1, 24, 1, 46])
    #expect(finding.reason == .multiChange)
  }

  @Test("without a roles filter, an invariant clause counts too")
  func changeWithoutRoles() throws {
    var rule = CountRuleTests.changes
    rule.roles = []
    let result = try Fixture.lint("Make the light warmer; keep everything else the same.", rule)
    #expect(result.findings.map(\.message) == ["2 changes: lighting; an unnamed target"])
  }

  @Test("unit change with sentence scope counts per sentence")
  func changePerSentence() throws {
    var rule = CountRuleTests.changes
    rule.scope = .sentence
    let result = try Fixture.lint("Make the light warmer. Make the palette teal.", rule)
    #expect(result.findings.isEmpty)
    #expect(
      try Fixture.lint("Make the light warmer. Make the palette teal.", CountRuleTests.changes).findings.count == 1)
  }
}
