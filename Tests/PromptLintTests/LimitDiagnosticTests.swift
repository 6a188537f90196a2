import PCRE2
import PromptLint
import Testing

@Suite("rules that hit a PCRE2 limit")
struct LimitDiagnosticTests {
  static let prompt = String(repeating: "a", count: 40) + "b"

  @Test("a rule hitting its match limit gives a diagnostic; other rules still report")
  func ruleDiagnostic() throws {
    let greedy = Fixture.rule("greedy", patterns: ["(a+)+$"], limits: MatchLimits(matchLimit: 10_000))
    let letterB = Fixture.rule("letter-b", patterns: ["b"])
    let result = try Fixture.lint(LimitDiagnosticTests.prompt, greedy, letterB)
    #expect(result.findings.map(\.rule) == ["letter-b"])
    #expect(result.findings.map(\.range.column) == [41])
    #expect(result.diagnostics.count == 1)
    let diagnostic = try #require(result.diagnostics.first)
    #expect(diagnostic.rule == "greedy")
    #expect(diagnostic.message.contains("match limit exceeded"))
    #expect(!diagnostic.message.contains("\n"))
    #expect(!result.isComplete)
  }

  @Test("the same rule with the standard limits also stops (but later)")
  func standardLimits() throws {
    let greedy = Fixture.rule("greedy", patterns: ["(a+)+$"])
    let result = try Fixture.lint(LimitDiagnosticTests.prompt, greedy)
    #expect(result.diagnostics.map(\.rule) == ["greedy"])
    #expect(try Fixture.lint("aaaa", greedy).findings.map(\.match) == ["aaaa"])
  }

  @Test("match_limit and depth_limit in a rule file become the rule's limits")
  func limitsFromYAML() throws {
    let folder = try TempFolder()
    try folder.write(
      "greedy.yaml", ruleYAML(id: "greedy", pattern: "'(a+)+$'", extra: "match_limit: 10000\ndepth_limit: 500\n"))
    let set = try folder.load()
    let limits = try #require(set.rules.first?.spec.limits)
    #expect(limits.matchLimit == 10_000)
    #expect(limits.depthLimit == 500)
    #expect(limits.heapLimitKiB == MatchLimits.standard.heapLimitKiB)
    let result = Linter(ruleSet: set).lint(LimitDiagnosticTests.prompt)
    #expect(result.diagnostics.map(\.rule) == ["greedy"])
  }

  @Test("a pack pattern hitting a limit is reported under its owner")
  func packPatternDiagnostic() throws {
    var pack = Fixture.pack([Fixture.rule("per-sentence", scope: .sentence, patterns: ["b"])])
    pack.sentenceBoundaries = [PatternSpec("(a+)+$")]
    let result = Linter(ruleSet: try RuleSet(packs: [pack])).lint(LimitDiagnosticTests.prompt)
    #expect(result.diagnostics.map(\.rule) == ["segmentation.sentence"])
    #expect(result.diagnostics.first?.message.contains("did not finish") == true)
    // Without the boundary, the prompt is one sentence and the rule still runs.
    #expect(result.findings.map(\.rule) == ["per-sentence"])
  }
}
