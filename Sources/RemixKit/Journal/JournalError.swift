/// Why the submission journal could not be used. Every case prints as one line.
public enum JournalError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A line is not a well-formed entry (1-based line number). The journal is never repaired silently.
  case corruptLine(path: String, line: Int, detail: String)
  /// A file system call failed (`errno` and its text).
  case fileSystem(operation: String, path: String, code: Int32, message: String)
  /// No journal location: neither `XDG_STATE_HOME` nor `HOME` is set.
  case noLocation
  /// Waiting for the journal lock was cancelled.
  case cancelled(path: String)

  public var description: String {
    switch self {
    case .corruptLine(let path, let line, let detail):
      "\(path):\(line): corrupt journal entry: \(detail); fix or move the journal (nothing was sent)"
    case .fileSystem(let operation, let path, let code, let message):
      "journal \(path): \(operation) failed: \(message) (errno \(code))"
    case .noLocation:
      "no journal location: set XDG_STATE_HOME or HOME, or pass --journal PATH"
    case .cancelled(let path):
      "cancelled while waiting for the journal lock on \(path)"
    }
  }
}
