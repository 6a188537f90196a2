extension VideoAPIError {
  /// The same error, noting how many attempts were made and, if the client gave up on a long `Retry-After`,
  /// the limit it applied.
  func with(attempts: Int, retryAfterLimit: Duration? = nil) -> VideoAPIError {
    switch self {
    case .http(let failure): .http(failure.with(attempts: attempts, retryAfterLimit: retryAfterLimit))
    case .unsupportedEndpoint(let failure): .unsupportedEndpoint(failure.with(attempts: attempts))
    case .transport(let failure): .transport(failure.with(attempts: attempts))
    case .download(let failure): .download(failure.with(attempts: attempts))
    default: self
    }
  }
}
