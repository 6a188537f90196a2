/// The clock a ``JobWaiter`` measures its timeout with and sleeps on; tests replace it with a virtual one.
public struct WaitClock: Sendable {
  /// Monotonic time since an arbitrary origin.
  public var now: @Sendable () -> Duration
  /// Sleeps for a duration; throws when the task is cancelled.
  public var sleep: @Sendable (Duration) async throws -> Void

  /// Creates a clock from its two operations.
  public init(now: @escaping @Sendable () -> Duration, sleep: @escaping @Sendable (Duration) async throws -> Void) {
    self.now = now
    self.sleep = sleep
  }

  /// The real, monotonic clock (`ContinuousClock`) and `Task.sleep`.
  public static var system: WaitClock {
    let origin = ContinuousClock.now
    return WaitClock(now: { ContinuousClock.now - origin }, sleep: { try await Task.sleep(for: $0) })
  }
}
