/// The pieces of a prompt a rule looks at one at a time.
public enum RuleScope: String, CaseIterable, Hashable, Sendable {
  /// The whole prompt.
  case prompt
  /// Each sentence, as cut by the pack's sentence boundaries.
  case sentence
  /// Each clause, as cut by the pack's clause boundaries inside each sentence.
  case clause
}
