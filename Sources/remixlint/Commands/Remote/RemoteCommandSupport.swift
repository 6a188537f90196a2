import RemixKit
import VideoAPI

/// What the remote commands share: the id check, running against a client with Ctrl-C handling, and
/// printing a follow-up (wait, download) result.
enum RemoteCommandSupport {
  /// Exit 2 for a video id that cannot be sent (before the key is even read).
  static func checkVideoID(_ id: String) throws {
    if let problem = VideoID.problem(with: id) { throw CLIError(problem + "; nothing was sent") }
  }

  /// Checks `videoID`, runs `body` with a client (Ctrl-C cancels it and exits 130), shuts the client down
  /// and ends the command with `body`'s exit code.
  static func run(
    videoID: String, api: APIOptions, _ body: @escaping @Sendable (VideoAPIClient) async -> Int32
  ) async throws {
    try checkVideoID(videoID)
    let code = try await api.withClient { client in
      let (code, interrupted) = await Interrupt.run { await body(client) }
      return interrupted ? Interrupt.exitCode : code
    }
    try RemoteExit.finish(code)
  }

  /// Prints a wait or download result in `format` (its reason on standard error when it failed) and
  /// returns its exit code.
  static func report(
    _ result: FollowUpResult, command: String, jobID: String, format: OutputFormat, includeWait: Bool
  ) -> Int32 {
    switch format {
    case .text: RemoteConsole.out(RemoteText.followUp(jobID: jobID, result))
    case .json:
      RemoteConsole.out(RemoteJSON.followUp(command: command, jobID: jobID, result, includeWait: includeWait) + "\n")
    }
    if result.exitCode != 0, let reason = result.reason { RemoteConsole.error(reason) }
    return result.exitCode
  }
}
