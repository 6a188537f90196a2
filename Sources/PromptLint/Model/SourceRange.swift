/// Where a finding is in its prompt: 1-based lines and columns counted in Unicode scalars (so emoji,
/// accents and CJK text count as a person sees them); `endColumn` is one past the last character, as
/// in SARIF.
public struct SourceRange: Hashable, Sendable {
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int

  public init(line: Int, column: Int, endLine: Int, endColumn: Int) {
    self.line = line
    self.column = column
    self.endLine = endLine
    self.endColumn = endColumn
  }
}
