/// What makes a rule fire.
public enum RuleKind: String, CaseIterable, Hashable, Sendable {
  /// Every match of `patterns` (not cancelled by an exception) is a finding.
  case forbid
  /// A finding when no pattern matches in a scope unit.
  case require
  /// A finding when the number of matches (or clauses, or changes) in a unit is above `max` or
  /// below `min`.
  case count
  /// A finding at each `when` match in a unit where none of the `then` patterns matches (a `then`
  /// match that overlaps the `when` match itself does not count: a word cannot excuse itself).
  case conditional
}
