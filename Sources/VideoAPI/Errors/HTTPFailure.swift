/// An HTTP error status from the service or a gateway in front of it.
public struct HTTPFailure: Sendable, Hashable, CustomStringConvertible {
  /// The request method, e.g. `GET`.
  public let method: String
  /// The request path and query (no host), e.g. `/v1/videos/video_123`.
  public let path: String
  /// The HTTP status code.
  public let status: Int
  /// The reason phrase for the status, e.g. `Bad Gateway`.
  public let reason: String
  /// The service's error object, when the body was one.
  public let apiError: APIErrorBody?
  /// A short summary of a body that was not an error object, e.g. `an HTML body (Bad Gateway)`.
  public let bodySummary: String?
  /// The request id from `x-request-id`, or from `(request id: …)` inside the message.
  public let requestID: String?
  /// The delay the service asked for (`retry-after-ms` or `Retry-After`).
  public let retryAfter: Duration?
  /// Set when the client gave up because ``retryAfter`` exceeded this limit.
  public let retryAfterLimit: Duration?
  /// The redirect target of a 3xx answer (scheme, host and path only).
  public let location: String?
  /// Whether the request may have taken effect (see ``RequestOutcome``).
  public let outcome: RequestOutcome
  /// How many attempts were made before giving up.
  public let attempts: Int
  /// The `x-should-retry` header, when sent.
  let shouldRetryHint: Bool?

  init(
    method: String, path: String, status: Int, reason: String, apiError: APIErrorBody?, bodySummary: String?,
    requestID: String?, retryAfter: Duration?, retryAfterLimit: Duration? = nil, location: String?,
    outcome: RequestOutcome, attempts: Int = 1, shouldRetryHint: Bool? = nil
  ) {
    self.method = method
    self.path = path
    self.status = status
    self.reason = reason
    self.apiError = apiError
    self.bodySummary = bodySummary
    self.requestID = requestID
    self.retryAfter = retryAfter
    self.retryAfterLimit = retryAfterLimit
    self.location = location
    self.outcome = outcome
    self.attempts = attempts
    self.shouldRetryHint = shouldRetryHint
  }

  /// A copy with the attempt count and, when the client gave up on a long `Retry-After`, the limit.
  func with(attempts: Int, retryAfterLimit: Duration? = nil) -> HTTPFailure {
    HTTPFailure(
      method: method, path: path, status: status, reason: reason, apiError: apiError, bodySummary: bodySummary,
      requestID: requestID, retryAfter: retryAfter, retryAfterLimit: retryAfterLimit ?? self.retryAfterLimit,
      location: location, outcome: outcome, attempts: attempts, shouldRetryHint: shouldRetryHint
    )
  }

  /// One line: status, what the service said, the request id, and why it was not retried.
  public var description: String {
    var text = "HTTP \(status)"
    if let bodySummary {
      text += " with \(bodySummary)"
    } else if !reason.isEmpty {
      text += " \(reason)"
    }
    text += " from \(method) \(path)"
    if status == 401 {
      text += ": the API key was refused"
      if let message = apiError?.message { text += " (\(message))" }
    } else if let apiError {
      if let code = apiError.code { text += " [\(code)]" }
      if let message = apiError.message { text += ": \(message)" }
    }
    if let location { text += "; redirected to \(location) (check the base URL)" }
    if let requestID { text += " (request id: \(requestID))" }
    if let retryAfter, let retryAfterLimit {
      text += "; the service asks to retry after \(retryAfter.humanReadable), more than the "
      text += "\(retryAfterLimit.humanReadable) allowed, so it was not retried"
    }
    if attempts > 1 { text += " (after \(attempts) attempts)" }
    if outcome == .unknown, method == "POST" {
      text += "; the request may have been processed (outcome unknown)"
    }
    return text
  }
}
