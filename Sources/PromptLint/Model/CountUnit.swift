/// What a `count` rule counts.
public enum CountUnit: String, CaseIterable, Hashable, Sendable {
  /// Matches of the rule's patterns in the unit (the default).
  case match
  /// Clauses in which one of the rule's patterns matches (each clause counts once).
  case clause
  /// Change requests: matching clauses grouped by the aspects they change, so that several clauses
  /// about the same aspect (the details of one change) count once. See the README's "Counting changes".
  case change
}
