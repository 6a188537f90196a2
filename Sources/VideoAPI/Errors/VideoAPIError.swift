/// Every error the Videos API client throws. Each prints as one line and never contains the API key.
///
/// Use ``outcome`` to decide what a failed `remix` means for billing: ``RequestOutcome/notSent`` and
/// ``RequestOutcome/rejected`` mean no job was created; ``RequestOutcome/unknown`` means one may exist.
public enum VideoAPIError: Error, Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
  /// A video id is not of the form `^[A-Za-z0-9_-]{1,128}$`; no request was made. Holds a cleaned excerpt.
  case invalidVideoID(String)
  /// The prompt is empty or longer than 32000 characters (Unicode scalars); no request was made.
  case invalidPrompt(length: Int)
  /// An argument is out of range (e.g. a list `limit`); no request was made.
  case invalidArgument(String)
  /// The configuration cannot be used (bad base URL, plain `http` to a non-loopback host, unusable key);
  /// no request was made.
  case invalidConfiguration(String)
  /// The service (or a gateway) answered with an error status.
  case http(HTTPFailure)
  /// The endpoint is not available on this service (the list endpoint answered 404 or 405).
  case unsupportedEndpoint(HTTPFailure)
  /// No usable HTTP response: connection failure, timeout, or a connection closed too early.
  case transport(TransportFailure)
  /// A success status with a body that is not the expected JSON object.
  case invalidResponse(InvalidResponse)
  /// A content download failed after the service answered.
  case download(DownloadFailure)
  /// The calling task was cancelled; the associated value says whether the request may have taken effect.
  case cancelled(outcome: RequestOutcome)

  /// Whether the request may have taken effect on the service.
  public var outcome: RequestOutcome {
    switch self {
    case .invalidVideoID, .invalidPrompt, .invalidArgument, .invalidConfiguration: .notSent
    case .http(let failure), .unsupportedEndpoint(let failure): failure.outcome
    case .transport(let failure): failure.outcome
    case .invalidResponse(let failure): failure.outcome
    case .download(let failure): failure.status == nil ? .notSent : .rejected
    case .cancelled(let outcome): outcome
    }
  }

  /// Whether a job may have been created although the call failed (``outcome`` is ``RequestOutcome/unknown``).
  public var isOutcomeUnknown: Bool { outcome == .unknown }

  /// The HTTP status of the response that caused the error, if there was one.
  public var statusCode: Int? {
    switch self {
    case .http(let failure), .unsupportedEndpoint(let failure): failure.status
    case .invalidResponse(let failure): failure.status
    case .download(let failure): failure.status
    default: nil
    }
  }

  /// The request id the service sent with the failing response, if any.
  public var requestID: String? {
    switch self {
    case .http(let failure), .unsupportedEndpoint(let failure): failure.requestID
    case .invalidResponse(let failure): failure.requestID
    case .download(let failure): failure.requestID
    default: nil
    }
  }

  /// The service's error object, if the failing response carried one.
  public var apiError: APIErrorBody? {
    switch self {
    case .http(let failure), .unsupportedEndpoint(let failure): failure.apiError
    case .download(let failure):
      if case .errorBody(let body) = failure.reason { body } else { nil }
    default: nil
    }
  }

  /// One line describing the failure, without the API key.
  public var description: String {
    switch self {
    case .invalidVideoID(let excerpt):
      "invalid video id \"\(excerpt)\": expected 1 to 128 letters, digits, '_' or '-'; no request was made"
    case .invalidPrompt(let length):
      "invalid prompt: it has \(length) characters, expected 1 to 32000; no request was made"
    case .invalidArgument(let why): "invalid argument: \(why); no request was made"
    case .invalidConfiguration(let why): "invalid configuration: \(why); no request was made"
    case .http(let failure): failure.description
    case .unsupportedEndpoint(let failure): "the service does not support this endpoint: \(failure.description)"
    case .transport(let failure): failure.description
    case .invalidResponse(let failure): failure.description
    case .download(let failure): failure.description
    case .cancelled(let outcome):
      outcome == .unknown ? "cancelled; the request may have been processed (outcome unknown)" : "cancelled"
    }
  }

  public var debugDescription: String { "VideoAPIError(\(description))" }
}
