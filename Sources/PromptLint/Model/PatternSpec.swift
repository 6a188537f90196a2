/// A PCRE2 pattern as written in a rule or pack file, with where it was written (for error messages).
public struct PatternSpec: Hashable, Sendable {
  /// The pattern text, before vocabulary expansion.
  public var text: String
  /// The file it came from, as shown to people (for example `rules/vague-lighting.yaml`).
  public var file: String
  /// The 1-based line of the pattern in that file (0 when unknown).
  public var line: Int

  public init(_ text: String, file: String = "", line: Int = 0) {
    self.text = text
    self.file = file
    self.line = line
  }

  /// `file:line`, or just the file when the line is unknown.
  public var location: String { line > 0 ? "\(file):\(line)" : file }
}
