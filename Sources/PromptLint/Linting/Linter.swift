import Dispatch
import PCRE2

/// Lints prompts against a ``RuleSet``. A `Linter` is a cheap, `Sendable` value: share one across
/// threads, or call ``lint(_:jobs:)`` to spread a batch over several cores.
public struct Linter: Sendable {
  public let ruleSet: RuleSet

  public init(ruleSet: RuleSet) {
    self.ruleSet = ruleSet
  }

  /// Lints one prompt.
  public func lint(_ prompt: String) -> LintResult {
    lint(prompt, scratch: MatchScratch())
  }

  /// Lints one prompt with caller-owned working memory (reuse one scratch per thread in hot loops);
  /// with a `profile`, records the time spent in each pattern.
  public func lint(_ prompt: String, scratch: MatchScratch, profile: PatternProfile? = nil) -> LintResult {
    let analysis = PromptAnalysis(text: PromptText(prompt), ruleSet: ruleSet, scratch: scratch, profile: profile)
    var located: [(start: Int, order: Int, finding: Finding)] = []
    var diagnostics: [RuleDiagnostic] = []
    for (order, rule) in ruleSet.rules.enumerated() {
      do {
        let found = try RuleEvaluator(rule: rule, analysis: analysis).evaluate()
        located += found.map { ($0.start, order, $0.finding) }
      } catch {
        diagnostics.append(RuleDiagnostic(rule: rule.spec.id, message: "rule did not finish: \(error)"))
      }
    }
    let fired = Set(located.map(\.finding.rule))
    located.removeAll { item in
      ruleSet.rules[item.order].spec.suppressedBy.contains(where: fired.contains)
    }
    located.sort { ($0.start, $0.order) < ($1.start, $1.order) }
    return LintResult(findings: located.map(\.finding), diagnostics: analysis.diagnostics + diagnostics)
  }

  /// Lints `prompts` on up to `jobs` threads; the results are in input order.
  public func lint(_ prompts: [String], jobs: Int = 1) -> [LintResult] {
    let workers = max(1, min(jobs, prompts.count))
    if workers == 1 {
      let scratch = MatchScratch()
      return prompts.map { lint($0, scratch: scratch) }
    }
    let results = ResultSlots(count: prompts.count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let scratch = MatchScratch()
      var index = worker
      while index < prompts.count {
        results.store(lint(prompts[index], scratch: scratch), at: index)
        index += workers
      }
    }
    return results.values()
  }
}

/// Fixed slots written by index from several threads (each index by exactly one thread), read after
/// all writers have finished.
private final class ResultSlots: @unchecked Sendable {
  private let slots: UnsafeMutablePointer<LintResult?>
  private let count: Int

  init(count: Int) {
    self.count = count
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil, count: count)
  }

  deinit {
    slots.deinitialize(count: count)
    slots.deallocate()
  }

  func store(_ result: LintResult, at index: Int) { slots[index] = result }

  func values() -> [LintResult] { (0..<count).map { slots[$0] ?? LintResult() } }
}
