import Dispatch

/// Output for the remote commands: every write goes through ``Console`` one at a time (batch tasks and the
/// progress display write concurrently), and the API key is replaced by `<redacted>` in anything written, as a
/// last line of defence.
enum RemoteConsole {
  private static let queue = DispatchQueue(label: "remixlint.remote-console")
  nonisolated(unsafe) private static var secret = ""

  /// Remembers the key so that no output can contain it.
  static func protect(secret newSecret: String) {
    queue.sync { secret = newSecret }
  }

  /// `text` with the key replaced.
  static func redact(_ text: String) -> String {
    queue.sync { redactLocked(text) }
  }

  /// Standard output (buffered until ``flush()``).
  static func out(_ text: String) {
    queue.sync { Console.out(redactLocked(text)) }
  }

  /// One `remixlint: error: …` line on standard error.
  static func error(_ message: String) {
    queue.sync { Console.error("remixlint: error: " + redactLocked(message)) }
  }

  /// One informational line on standard error (progress, notes).
  static func note(_ line: String) {
    queue.sync { Console.error(redactLocked(line)) }
  }

  /// Raw text on standard error (the terminal progress bar).
  static func errorRaw(_ text: String) {
    queue.sync { Console.errorRaw(redactLocked(text)) }
  }

  /// Writes buffered standard output.
  static func flush() {
    queue.sync { Console.flush() }
  }

  private static func redactLocked(_ text: String) -> String {
    guard !secret.isEmpty, text.contains(secret) else { return text }
    return text.replacing(secret, with: "<redacted>")
  }
}
