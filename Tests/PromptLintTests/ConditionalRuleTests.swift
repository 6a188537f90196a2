import PromptLint
import Testing

@Suite("conditional rules")
struct ConditionalRuleTests {
  static func cameraRule(scope: RuleScope = .sentence, thenScope: RuleScope? = nil) -> RuleSpec {
    Fixture.rule(
      "camera-move", kind: .conditional, reason: .vague, message: "'{match}' without a move", scope: scope,
      exceptions: [#"\bcamera roll\b"#], when: [#"\bcamera\b"#], then: [#"\b(?:pan|tilt|dolly|orbit)\w*"#],
      thenScope: thenScope)
  }

  @Test("`when` without `then` fires at the `when` match")
  func whenWithoutThen() throws {
    let result = try Fixture.lint("Move the camera.", ConditionalRuleTests.cameraRule())
    let finding = try #require(result.findings.first)
    #expect(result.findings.count == 1)
    #expect(finding.message == "'camera' without a move")
    #expect(place(finding) == [1, 10, 1, 16])
  }

  @Test("`then` in the same unit satisfies it")
  func thenSatisfies() throws {
    #expect(try Fixture.lint("Move the camera in a slow dolly.", ConditionalRuleTests.cameraRule()).findings.isEmpty)
  }

  @Test("every `when` match of an unsatisfied unit is a finding")
  func everyTrigger() throws {
    let result = try Fixture.lint("Camera up, camera down.", ConditionalRuleTests.cameraRule())
    #expect(result.findings.map(\.range.column) == [1, 12])
  }

  @Test("no `when`, no finding; exceptions cancel `when` matches")
  func noTrigger() throws {
    #expect(try Fixture.lint("Add a slow dolly.", ConditionalRuleTests.cameraRule()).findings.isEmpty)
    #expect(try Fixture.lint("Check the camera roll.", ConditionalRuleTests.cameraRule()).findings.isEmpty)
  }

  @Test("then_scope sentence looks for `then` in the whole sentence around a clause")
  func thenScopeSentence() throws {
    let prompt = "Move the camera; make it a slow dolly."
    #expect(try Fixture.lint(prompt, ConditionalRuleTests.cameraRule(scope: .clause)).findings.count == 1)
    #expect(
      try Fixture.lint(prompt, ConditionalRuleTests.cameraRule(scope: .clause, thenScope: .sentence)).findings.isEmpty)
    #expect(
      try Fixture.lint(prompt, ConditionalRuleTests.cameraRule(scope: .clause, thenScope: .clause)).findings.count == 1)
  }

  @Test("then_scope prompt looks for `then` in the whole prompt")
  func thenScopePrompt() throws {
    let prompt = "Move the camera. Use a slow dolly."
    #expect(try Fixture.lint(prompt, ConditionalRuleTests.cameraRule(scope: .sentence)).findings.count == 1)
    #expect(
      try Fixture.lint(prompt, ConditionalRuleTests.cameraRule(scope: .sentence, thenScope: .prompt)).findings.isEmpty)
    #expect(
      try Fixture.lint(prompt, ConditionalRuleTests.cameraRule(scope: .clause, thenScope: .prompt)).findings.isEmpty)
    // A `then` in another sentence does not help with sentence scope.
    #expect(
      try Fixture.lint(prompt, ConditionalRuleTests.cameraRule(scope: .clause, thenScope: .sentence)).findings.count
        == 1)
  }

  @Test("named groups of `when` fill the message")
  func namedGroupsOfWhen() throws {
    let rule = Fixture.rule(
      "move-needs-speed", kind: .conditional, message: "how fast should it {verb}?",
      when: [#"\b(?<verb>pan|tilt)\b"#], then: [#"\b(?:slow|fast)\w*"#])
    #expect(try Fixture.lint("Tilt up.", rule).findings.map(\.message) == ["how fast should it Tilt?"])
  }
}
