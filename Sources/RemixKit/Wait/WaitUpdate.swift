import VideoAPI

/// What a ``JobWaiter`` reports while it polls.
public enum WaitUpdate: Sendable {
  /// A poll returned the job.
  case polled(Video, elapsed: Duration)
  /// A poll failed in a way that does not end the wait (5xx, 429, network error…); polling goes on.
  case transientError(String, elapsed: Duration)
}
