/// What is known about whether a failed request took effect on the service.
///
/// This matters for `POST …/remix`, which creates a billed job and is never retried automatically: a
/// submission journal records ``notSent`` and ``rejected`` as "nothing happened", and ``unknown`` as "a job may
/// exist; reconcile (e.g. list recent videos) before submitting again".
public enum RequestOutcome: String, Sendable, Hashable, CustomStringConvertible {
  /// The request definitely did not reach the service in full (validation failed locally, or the connection
  /// failed before the request was written), so nothing was created.
  case notSent = "not_sent"
  /// The service answered and refused the request (a 3xx or 4xx status), so nothing was created.
  case rejected
  /// The request may have been processed: a timeout or a dropped connection after it was written, a 5xx
  /// status, cancellation in flight, or a 2xx answer that could not be read.
  case unknown

  public var description: String { rawValue }
}
