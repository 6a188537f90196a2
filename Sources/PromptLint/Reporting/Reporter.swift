/// Turns lint results into output text, incrementally, so a long batch streams in constant memory.
/// Each call returns the text to write (possibly empty).
public protocol Reporter {
  /// The name used with `--format`.
  static var identifier: String { get }
  /// Text before the first result.
  mutating func begin() -> String
  /// Text for one checked prompt.
  mutating func report(_ checked: CheckedPrompt) -> String
  /// Text after the last result.
  mutating func finish(_ summary: CheckSummary) -> String
}
