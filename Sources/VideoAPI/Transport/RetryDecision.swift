/// Whether a failed GET attempt is tried again, and after how long.
enum RetryDecision: Equatable {
  /// Do not retry; surface the error.
  case fail
  /// Retry after the service's requested delay, or after backoff when nil.
  case retry(after: Duration?)
  /// The service asked for a delay longer than the limit: surface the error now.
  case giveUp(limit: Duration)

  static func make(for error: VideoAPIError, policy: RetryPolicy) -> RetryDecision {
    switch error {
    case .http(let failure):
      guard failure.shouldRetryHint != false, isRetryable(status: failure.status, code: failure.apiError?.code)
      else { return .fail }
      if let delay = failure.retryAfter, delay > .zero {
        return delay > policy.maximumRetryAfter ? .giveUp(limit: policy.maximumRetryAfter) : .retry(after: delay)
      }
      return .retry(after: nil)
    case .transport:
      return .retry(after: nil)
    case .download(let failure):
      return failure.isRetryable ? .retry(after: nil) : .fail
    default:
      return .fail
    }
  }

  /// 408, 409, 429 and 5xx are retryable, except a 500 whose code is `invalid_request` (CometAPI's request error).
  static func isRetryable(status: Int, code: String?) -> Bool {
    switch status {
    case 408, 409, 429: true
    case 500 where code == "invalid_request": false
    case 500...599: true
    default: false
    }
  }
}
