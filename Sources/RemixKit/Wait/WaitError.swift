import VideoAPI

/// Why a ``JobWaiter`` stopped before the job reached a terminal status. The job keeps running on the service.
public enum WaitError: Error, Sendable, CustomStringConvertible {
  /// The overall timeout passed. `last` is the last poll's answer, if any.
  case timedOut(jobID: String, last: APIResponse<Video>?, elapsed: Duration)
  /// The waiting task was cancelled (e.g. Ctrl-C).
  case cancelled(jobID: String, last: APIResponse<Video>?, elapsed: Duration)
  /// A poll failed in a way that polling again cannot fix (e.g. 401, 404).
  case failed(jobID: String, error: VideoAPIError, last: APIResponse<Video>?)

  /// The job that was being waited for.
  public var jobID: String {
    switch self {
    case .timedOut(let id, _, _), .cancelled(let id, _, _), .failed(let id, _, _): id
    }
  }

  /// The last answer of a poll (the job as last returned), if a poll ever answered.
  public var lastResponse: APIResponse<Video>? {
    switch self {
    case .timedOut(_, let last, _), .cancelled(_, let last, _), .failed(_, _, let last): last
    }
  }

  /// The job as last seen, if a poll ever answered.
  public var lastSeen: Video? { lastResponse?.value }

  public var description: String {
    let state = lastSeen.map { " (last seen \($0.status), \($0.progress)%)" } ?? ""
    switch self {
    case .timedOut(let id, _, let elapsed):
      return "timed out after \(WaitError.seconds(elapsed)) waiting for job \(id)\(state); the job keeps running: "
        + "run 'remixlint wait \(id)' later"
    case .cancelled(let id, _, _):
      return "stopped waiting for job \(id)\(state); the job keeps running: run 'remixlint wait \(id)' later"
    case .failed(let id, let error, _):
      return "could not poll job \(id)\(state): \(error)"
    }
  }

  static func seconds(_ duration: Duration) -> String {
    let tenths = Int((Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18) * 10)
    return tenths % 10 == 0 ? "\(tenths / 10) s" : "\(tenths / 10).\(tenths % 10) s"
  }
}
