import PromptLint
import Testing

@Suite("require rules")
struct RequireRuleTests {
  static let needsLight = Fixture.rule(
    "needs-light", kind: .require, message: "Say which light.", patterns: [#"\b(?:light|lamp)\b"#])

  @Test("a finding over the (trimmed) unit when nothing matches")
  func missing() throws {
    let result = try Fixture.lint("  Make it warmer.  ", RequireRuleTests.needsLight)
    let finding = try #require(result.findings.first)
    #expect(result.findings.count == 1)
    #expect(finding.message == "Say which light.")
    #expect(finding.match == "Make it warmer.")
    #expect(place(finding) == [1, 3, 1, 18])
  }

  @Test("no finding when a pattern matches")
  func present() throws {
    #expect(try Fixture.lint("Dim the lamp.", RequireRuleTests.needsLight).findings.isEmpty)
  }

  @Test("an empty or blank prompt fires a prompt-scope require rule at 1:1", arguments: ["", "   ", "\n\n"])
  func emptyPrompt(prompt: String) throws {
    let rule = Fixture.rule(
      "empty", kind: .require, reason: .empty, message: "Nothing to do.", patterns: [#"[\p{L}\p{N}]"#])
    let result = try Fixture.lint(prompt, rule)
    let finding = try #require(result.findings.first)
    #expect(finding.reason == .empty)
    #expect(finding.match == "")
    #expect(place(finding) == [1, 1, 1, 1])
    #expect(!result.passed())
    #expect(result.failureReasons() == [.empty])
  }

  @Test("with sentence scope, each sentence lacking a match is a finding")
  func perSentence() throws {
    var rule = RequireRuleTests.needsLight
    rule.scope = .sentence
    let result = try Fixture.lint("Use a lamp. Make it warmer.", rule)
    #expect(result.findings.map(\.match) == ["Make it warmer."])
    #expect(result.findings.map(place) == [[1, 13, 1, 28]])
  }

  @Test("a match cancelled by an exception does not count")
  func exceptionsCancel() throws {
    var rule = RequireRuleTests.needsLight
    rule.exceptions = [PatternSpec(#"\bno light\b"#)]
    #expect(try Fixture.lint("Use no light.", rule).findings.count == 1)
    #expect(try Fixture.lint("Use no light, one lamp.", rule).findings.isEmpty)
  }
}
