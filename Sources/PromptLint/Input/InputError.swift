/// A prompt input that cannot be read: a missing file, invalid UTF-8, a `.jsonl` line that is not a
/// JSON object with a `prompt` string. Printed as one line, `file:line: message`.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  /// 1-based line, 0 for the whole file.
  public var line: Int
  public var message: String

  public init(file: String, line: Int = 0, _ message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
