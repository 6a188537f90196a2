import VideoAPI

/// A job that reached a terminal status (see ``VideoStatus/isTerminal``).
public struct WaitResult: Sendable {
  /// The last poll's answer (``APIResponse/rawBody`` is the job as returned).
  public var job: APIResponse<Video>
  /// How long the wait took.
  public var elapsed: Duration
  /// How many polls answered.
  public var polls: Int
  /// How many polls failed transiently along the way.
  public var transientErrors: Int

  /// Whether the job completed (anything else terminal means it ended without a video).
  public var completed: Bool { job.value.status == .completed }
}
