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
    let videoID = self.videoID
    let format = self.format
    let (timeout, path, variant) = (waitOptions.timeoutDuration, waitOptions.downloadPath, waitOptions.variant.contentVariant)
    try await RemoteCommandSupport.run(videoID: videoID, api: api) { client in
      let followUp = JobFollowUp(
        client: client, timeout: timeout, downloadPath: path, downloadIntoFolder: false, variant: variant,
        allowBar: true)
      let result = await followUp.run(jobID: videoID, initial: nil)
      return RemoteCommandSupport.report(result, command: "wait", jobID: videoID, format: format, includeWait: true)
    }
  }
}
