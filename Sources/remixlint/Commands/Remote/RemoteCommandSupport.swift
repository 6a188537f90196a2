import RemixKit

/// Checks shared by the remote commands.
enum RemoteCommandSupport {
  /// Exit 2 for a video id that cannot be sent (before the key is even read).
  static func checkVideoID(_ id: String) throws {
    if let problem = VideoID.problem(with: id) { throw CLIError(problem + "; nothing was sent") }
  }
}
