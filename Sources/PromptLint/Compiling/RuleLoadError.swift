/// A problem in a rule pack that stops it from loading: the file, the line (and column where known) and
/// what is wrong, printed on one line as `file:line:column: message`. Rules are never skipped silently.
public struct RuleLoadError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What kind of problem it is.
  public enum Kind: String, Hashable, Sendable {
    /// The file is not valid YAML.
    case invalidYAML
    /// A key that the format does not know (a typo, usually).
    case unknownKey
    /// A key the rule's kind needs is absent.
    case missingKey
    /// A value of the wrong type or outside its allowed set.
    case invalidValue
    /// A pattern PCRE2 rejects.
    case invalidPattern
    /// An id, fragment or role defined twice, or a reference to one that does not exist.
    case reference
    /// The file or folder could not be read.
    case io
  }

  public var kind: Kind
  public var file: String
  /// 1-based; 0 when the problem concerns the whole file.
  public var line: Int
  /// 1-based; 0 when unknown.
  public var column: Int
  public var message: String

  public init(_ kind: Kind, file: String, line: Int = 0, column: Int = 0, _ message: String) {
    self.kind = kind
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String {
    var place = file
    if line > 0 { place += ":\(line)" }
    if line > 0, column > 0 { place += ":\(column)" }
    return "\(place): \(message)"
  }
}
