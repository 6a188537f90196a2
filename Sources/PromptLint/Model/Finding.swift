/// One problem a rule found in a prompt.
public struct Finding: Hashable, Sendable {
  /// The rule's id.
  public var rule: String
  public var severity: Severity
  public var reason: Reason
  /// The message with its placeholders filled in.
  public var message: String
  /// The text the finding is about, as it appears in the prompt.
  public var match: String
  public var range: SourceRange
  public var suggestions: [String]

  public init(
    rule: String, severity: Severity, reason: Reason, message: String, match: String, range: SourceRange,
    suggestions: [String]
  ) {
    self.rule = rule
    self.severity = severity
    self.reason = reason
    self.message = message
    self.match = match
    self.range = range
    self.suggestions = suggestions
  }
}
