import ArgumentParser
import VideoAPI

/// `remixlint status`: one GET of a video job.
struct StatusCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Show a video job's status (one GET request).",
    discussion: """
      Prints the status, progress, times, the source of a remix and the error of a failed job. It exits 0 \
      whenever the API answered, whatever the status.

      --format json prints {"version": 1, "command": "status", "videoId", "reason", "exitCode", "job" (the API's \
      JSON as returned, or null), "error": {"message", "outcome", "status", "requestId"} or null}.

      \(RemoteHelp.environment)

      \(RemoteHelp.exitCodes)
      """)

  @Argument(help: ArgumentHelp("The video job.", valueName: "video-id"))
  var videoID: String

  @OptionGroup var api: APIOptions

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  func run() async throws {
    let videoID = self.videoID
    let format = self.format
    try await RemoteCommandSupport.run(videoID: videoID, api: api) { client in
      var job: APIResponse<Video>?
      var failure: VideoAPIError?
      do throws(VideoAPIError) {
        job = try await client.retrieve(id: videoID)
      } catch {
        failure = error
      }
      let code: Int32 = failure.map { $0.isUsageProblem ? 2 : 4 } ?? 0
      switch format {
      case .text:
        if let job { RemoteConsole.out(RemoteText.video(job.value)) }
      case .json:
        RemoteConsole.out(RemoteJSON.status(jobID: videoID, job: job, failure: failure, exitCode: code) + "\n")
      }
      if let failure { RemoteConsole.error("could not get \(videoID): \(failure)") }
      return code
    }
  }
}
