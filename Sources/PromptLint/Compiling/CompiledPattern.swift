import PCRE2

/// A rule or pack pattern after vocabulary expansion and compilation, with where it was written.
public struct CompiledPattern: Sendable {
  /// The pattern as written.
  public let spec: PatternSpec
  /// The pattern exactly as PCRE2 compiled it: expanded, with `(?i)` in front when it is
  /// case-insensitive (what `remixlint rules patterns` prints).
  public let effectiveText: String
  let pattern: Pattern
}
