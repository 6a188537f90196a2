/// How GET requests are retried. `POST …/remix` is never retried, whatever this says.
///
/// A GET is retried on 408, 409, 429 and 5xx (except CometAPI's 500 with code `invalid_request`), on connection
/// failures, timeouts and bodies cut short. The delay is the service's `retry-after-ms` or `Retry-After` when it
/// sends one (the client gives up at once if that exceeds ``maximumRetryAfter``), otherwise exponential backoff:
/// `min(initialBackoff * 2^n, maximumBackoff) * (1 - 0.25 * random)`.
public struct RetryPolicy: Sendable {
  /// How many retries after the first attempt (2 means at most 3 attempts).
  public var maximumRetries: Int
  /// The first backoff delay.
  public var initialBackoff: Duration
  /// The largest backoff delay.
  public var maximumBackoff: Duration
  /// The longest `Retry-After` honoured; a longer one ends the retries with the error.
  public var maximumRetryAfter: Duration
  /// Sleeps between attempts; replace it in tests to record delays without waiting.
  public var sleep: @Sendable (Duration) async throws -> Void

  /// Creates a policy; the defaults follow the official SDKs (2 retries, 0.5 s doubling to 8 s, 120 s cap).
  public init(
    maximumRetries: Int = 2,
    initialBackoff: Duration = .milliseconds(500),
    maximumBackoff: Duration = .seconds(8),
    maximumRetryAfter: Duration = .seconds(120),
    sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
  ) {
    self.maximumRetries = max(0, maximumRetries)
    self.initialBackoff = initialBackoff
    self.maximumBackoff = maximumBackoff
    self.maximumRetryAfter = maximumRetryAfter
    self.sleep = sleep
  }

  /// The default policy.
  public static var standard: RetryPolicy { RetryPolicy() }

  /// No retries at all.
  public static var never: RetryPolicy { RetryPolicy(maximumRetries: 0) }

  /// The backoff before retry number `retriesSoFar + 1`, with jitter.
  func backoff(afterRetries retriesSoFar: Int) -> Duration {
    let base = initialBackoff.secondsValue * Double(1 << min(retriesSoFar, 30))
    let capped = min(base, maximumBackoff.secondsValue)
    return .fromSeconds(capped * (1 - 0.25 * Double.random(in: 0..<1)))
  }
}
