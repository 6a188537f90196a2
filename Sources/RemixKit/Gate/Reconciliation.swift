import VideoAPI

/// What a reconciliation (listing recent videos for the job an uncertain remix may have created) found.
enum Reconciliation: Sendable {
  /// The job.
  case found(Video)
  /// No matching job, or the lookup failed; the text says which.
  case notFound(String)
  /// The lookup was cancelled.
  case cancelled

  /// Lists recent videos for a job remixed from `source` with exactly `prompt`, created at or after `since`,
  /// ignoring `knownJobs` (jobs the journal already attributes to earlier attempts).
  static func run(
    client: VideoAPIClient, source: String, prompt: String, since: Int, knownJobs: Set<String>,
    pageSize: Int, maximumPages: Int
  ) async -> Reconciliation {
    do {
      let video = try await client.findRemix(
        of: source, prompt: prompt, createdAtOrAfter: since, pageSize: pageSize, maximumPages: maximumPages)
      guard let video, !knownJobs.contains(video.id) else {
        return .notFound("no job remixed from \(source) with this prompt was found among recent videos")
      }
      return .found(video)
    } catch {
      switch error {
      case .cancelled: return .cancelled
      case .unsupportedEndpoint:
        return .notFound("the service cannot list videos, so the job cannot be looked up (\(error))")
      default:
        return .notFound("listing recent videos failed: \(error)")
      }
    }
  }
}
