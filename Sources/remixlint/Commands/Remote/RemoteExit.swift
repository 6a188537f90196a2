#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ends a remote command with one of the documented exit codes.
enum RemoteExit {
  /// Returns for 0; otherwise ends the command with `code` (output is flushed first).
  static func finish(_ code: Int32) throws {
    if code == 0 { return }
    if let status = ExitStatus(rawValue: code) { throw ExitWith(status: status) }
    RemoteConsole.flush()
    exit(code)
  }
}
