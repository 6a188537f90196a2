import PromptLint
import Testing

@Suite("lint results")
struct LintResultTests {
  static func finding(_ severity: Severity, _ reason: Reason, column: Int = 1) -> Finding {
    Finding(
      rule: "r", severity: severity, reason: reason, message: "m", match: "x",
      range: SourceRange(line: 1, column: column, endLine: 1, endColumn: column + 1), suggestions: [])
  }

  @Test("findings are sorted by position, then by rule order")
  func sortedByPosition() throws {
    let late = Fixture.rule("late", patterns: [#"\bend\b"#])
    let early = Fixture.rule("early", patterns: [#"\bstart\b"#, #"\bend\b"#])
    let result = try Fixture.lint("start middle end. start", late, early)
    #expect(result.findings.map(\.rule) == ["early", "late", "early", "early"])
    #expect(result.findings.map(\.range.column) == [1, 14, 14, 19])
  }

  @Test("passed(strict:): errors always fail, warnings only with strict, infos never")
  func passed() {
    let error = LintResult(findings: [LintResultTests.finding(.error, .vague)])
    let warning = LintResult(findings: [LintResultTests.finding(.warning, .vague)])
    let info = LintResult(findings: [LintResultTests.finding(.info, .vague)])
    #expect(!error.passed() && !error.passed(strict: true))
    #expect(warning.passed() && !warning.passed(strict: true))
    #expect(info.passed() && info.passed(strict: true))
    #expect(LintResult().passed(strict: true))
  }

  @Test("failureReasons lists the reasons of failing findings in Reason order")
  func failureReasons() {
    let result = LintResult(findings: [
      LintResultTests.finding(.error, .placeholder), LintResultTests.finding(.warning, .multiChange),
      LintResultTests.finding(.error, .vague), LintResultTests.finding(.error, .placeholder),
      LintResultTests.finding(.info, .rewrite),
    ])
    #expect(result.failureReasons() == [.vague, .placeholder])
    #expect(result.failureReasons(strict: true) == [.multiChange, .vague, .placeholder])
    #expect(LintResult().failureReasons().isEmpty)
  }

  @Test("a result is complete when no rule stopped")
  func completeness() {
    #expect(LintResult().isComplete)
    #expect(!LintResult(diagnostics: [RuleDiagnostic(rule: "r", message: "stopped")]).isComplete)
  }

  @Test("Severity is ordered info < warning < error")
  func severityOrder() {
    #expect(Severity.allCases.sorted() == [.info, .warning, .error])
    #expect(Severity.warning < .error)
  }
}
