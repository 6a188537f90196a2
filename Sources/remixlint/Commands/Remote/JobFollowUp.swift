import RemixKit
import VideoAPI

/// Waiting for a job and downloading its content: what `remix --wait/--download` and `wait` do after they know
/// the job id.
struct JobFollowUp: Sendable {
  let client: VideoAPIClient
  let timeout: Duration
  /// Where to save the content; nil to only wait.
  let downloadPath: String?
  /// Whether ``downloadPath`` is a folder (batch mode: one file per job, named after the job id).
  let downloadIntoFolder: Bool
  let variant: ContentVariant
  /// Whether a terminal progress bar may be used (single jobs only).
  let allowBar: Bool

  /// Polls the job to a terminal status, then downloads its content when asked.
  func run(jobID: String, initial: APIResponse<Video>?) async -> FollowUpResult {
    var result = FollowUpResult(job: initial)
    let display = ProgressDisplay(jobID: jobID, allowBar: allowBar)
    let waiter = JobWaiter(client: client, timeout: timeout)
    do {
      let waited = try await waiter.wait(for: jobID, initial: initial) { display.show($0) }
      display.finish()
      result.wait = waited
      result.job = waited.job
      guard waited.completed else {
        let video = waited.job.value
        let why = video.error.map { ": " + RemixReport.describe($0) } ?? ""
        result.fail(5, "job \(jobID) ended \(video.status)\(why)")
        return result
      }
    } catch {
      display.finish()
      result.waitError = error
      result.job = error.lastResponse ?? result.job
      if case .cancelled = error {
        result.fail(Interrupt.exitCode, error.description)
      } else {
        result.fail(4, error.description)
      }
      return result
    }
    guard let downloadPath else { return result }
    let target = downloadIntoFolder ? Self.join(downloadPath, "\(jobID).\(variant.fileExtension)") : downloadPath
    do {
      result.download = try await JobDownload.save(client: client, jobID: jobID, variant: variant, to: target)
    } catch {
      result.downloadError = error
      if case .cancelled = error {
        result.fail(Interrupt.exitCode, "download of job \(jobID) interrupted; nothing was saved")
      } else {
        result.fail(4, "download of job \(jobID) failed: \(error); nothing was saved to \(target)")
      }
    }
    return result
  }

  static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}

/// What a ``JobFollowUp`` did.
struct FollowUpResult: Sendable {
  /// The job as last returned by the API.
  var job: APIResponse<Video>?
  var wait: WaitResult?
  var waitError: WaitError?
  var download: DownloadResult?
  var downloadError: VideoAPIError?
  /// 0, 4 (timeout, API error), 5 (the job ended without a video) or 130 (interrupted).
  var exitCode: Int32 = 0
  /// Why the exit code is not 0.
  var reason: String?

  mutating func fail(_ code: Int32, _ reason: String) {
    exitCode = code
    self.reason = reason
  }

  /// The job as last seen.
  var lastSeen: Video? { job?.value }
}
