import ArgumentParser
import RemixKit
import VideoAPI

/// `remixlint download`: save a completed job's content.
struct DownloadCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "download",
    abstract: "Download a completed video job's content to a file.",
    discussion: """
      Redirects to a storage host are followed without sending the key. The content is streamed into a \
      temporary file beside PATH, checked against Content-Length and renamed into place; on any failure PATH is \
      left as it was and nothing else is left behind. A missing folder of PATH is created.

      --format json prints {"version": 1, "command": "download", "videoId", "reason", "exitCode", "job": null, \
      "wait": null, "download": {"path", "bytes", "contentType", "redirects"} or null, "error"}.

      \(RemoteHelp.environment)

      \(RemoteHelp.exitCodes)
      """)

  @Argument(help: ArgumentHelp("The completed video job.", valueName: "video-id"))
  var videoID: String

  @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("Where to save it.", valueName: "path"))
  var output: String

  @Option(help: "Which content: video (mp4), thumbnail (webp) or spritesheet (jpg).")
  var variant: VariantArgument = .video

  @OptionGroup var api: APIOptions

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  func validate() throws {
    guard !output.isEmpty, !output.hasSuffix("/") else { throw ValidationError("--output needs a file path") }
  }

  func run() async throws {
    let videoID = self.videoID
    let format = self.format
    let output = self.output
    let variant = self.variant.contentVariant
    try await RemoteCommandSupport.run(videoID: videoID, api: api) { client in
      var result = FollowUpResult()
      do throws(VideoAPIError) {
        result.download = try await JobDownload.save(client: client, jobID: videoID, variant: variant, to: output)
      } catch {
        result.downloadError = error
        result.fail(error.isUsageProblem ? 2 : 4, "download of \(videoID) failed: \(error); nothing was saved")
      }
      return RemoteCommandSupport.report(result, command: "download", jobID: videoID, format: format, includeWait: false)
    }
  }
}
