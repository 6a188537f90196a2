/// A rule that could not finish on a prompt (it hit a PCRE2 resource limit). The run is incomplete:
/// the other rules' findings are still reported, and the CLI exits 2 so CI notices.
public struct RuleDiagnostic: Hashable, Sendable {
  /// The id of the rule that stopped.
  public var rule: String
  /// What happened, in one line.
  public var message: String

  public init(rule: String, message: String) {
    self.rule = rule
    self.message = message
  }
}
