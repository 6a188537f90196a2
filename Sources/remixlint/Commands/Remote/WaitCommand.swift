import ArgumentParser
import VideoAPI

/// `remixlint wait`: poll a job until it finishes, then optionally download it.
struct WaitCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "wait",
    abstract: "Wait for a video job to finish, then optionally download it.",
    discussion: """
      Polls the job at the interval the API suggests (openai-poll-after-ms), else every 2 s growing to 15 s, \
      until it is completed, failed, expired or canceled. Transient errors (429, 5xx, network) do not end the \
      wait. On a terminal, the progress is a bar on standard error; otherwise one line per change. Ctrl-C \
      stops waiting (exit 130); the job keeps running.

      --format json prints {"version": 1, "command": "wait", "videoId", "reason", "exitCode", "job" (the API's \
      JSON as last returned), "wait": {"status", "progress", "elapsedSeconds", "polls", "transientErrors", \
      "timedOut", "interrupted"}, "download": {"path", "bytes", "contentType", "redirects"} or null, "error"}.

      \(RemoteHelp.environment)

      \(RemoteHelp.exitCodes)
      """)

  @Argument(help: ArgumentHelp("The video job.", valueName: "video-id"))
  var videoID: String

  @OptionGroup var waitOptions: WaitOptions

  @OptionGroup var api: APIOptions

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  func run() async throws {
    try RemoteCommandSupport.checkVideoID(videoID)
    let videoID = self.videoID
    let format = self.format
    let code = try await api.withClient { client in
      let followUp = JobFollowUp(
        client: client, timeout: waitOptions.timeoutDuration, downloadPath: waitOptions.downloadPath,
        downloadIntoFolder: false, variant: waitOptions.variant.contentVariant, allowBar: true)
      let (code, interrupted) = await Interrupt.run { () async -> Int32 in
        let result = await followUp.run(jobID: videoID, initial: nil)
        switch format {
        case .text: RemoteConsole.out(RemoteText.followUp(jobID: videoID, result))
        case .json:
          RemoteConsole.out(RemoteJSON.followUp(command: "wait", jobID: videoID, result, includeWait: true) + "\n")
        }
        if result.exitCode != 0, let reason = result.reason { RemoteConsole.error(reason) }
        return result.exitCode
      }
      return interrupted ? Interrupt.exitCode : code
    }
    try RemoteExit.finish(code)
  }
}
