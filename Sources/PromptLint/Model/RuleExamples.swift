/// The prompts a rule documents itself with; `remixlint rules test` checks them.
public struct RuleExamples: Hashable, Sendable {
  /// Prompts on which the rule must not fire (including near misses).
  public var pass: [String]
  /// Prompts on which the rule must fire.
  public var fail: [String]

  public init(pass: [String] = [], fail: [String] = []) {
    self.pass = pass
    self.fail = fail
  }
}
