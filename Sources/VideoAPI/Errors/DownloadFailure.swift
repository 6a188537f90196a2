/// A content download that the service answered, but that could not be saved as the requested asset.
public struct DownloadFailure: Sendable, Hashable, CustomStringConvertible {
  /// Why the download failed.
  public enum Reason: Sendable, Hashable {
    /// A success status with a JSON error object instead of the asset.
    case errorBody(APIErrorBody?)
    /// A success status with an HTML page (its title, if any) instead of the asset.
    case htmlBody(title: String?)
    /// A content type that does not fit the variant (e.g. `text/plain` for a video).
    case unexpectedContentType(String)
    /// A success status with an empty body.
    case emptyBody
    /// Fewer (or more) bytes than `Content-Length` announced.
    case lengthMismatch(expected: Int64, received: Int64)
    /// More redirects than allowed.
    case tooManyRedirects(Int)
    /// A redirect without a usable target, or to a target that is refused (e.g. plain `http` to a remote host).
    case invalidRedirect(String)
    /// A file system operation failed (`errno` code and its text).
    case fileSystem(operation: String, path: String, code: Int32, message: String)
  }

  /// Why the download failed.
  public let reason: Reason
  /// The request path and query of the content endpoint.
  public let path: String
  /// The variant requested.
  public let variant: ContentVariant
  /// The status of the last response, if one arrived.
  public let status: Int?
  /// The request id of the API response, if sent.
  public let requestID: String?
  /// How many attempts were made before giving up.
  public let attempts: Int

  init(
    reason: Reason, path: String, variant: ContentVariant, status: Int?, requestID: String?, attempts: Int = 1
  ) {
    self.reason = reason
    self.path = path
    self.variant = variant
    self.status = status
    self.requestID = requestID
    self.attempts = attempts
  }

  func with(attempts: Int) -> DownloadFailure {
    DownloadFailure(
      reason: reason, path: path, variant: variant, status: status, requestID: requestID, attempts: attempts)
  }

  /// Whether another attempt could succeed (only a body cut short).
  var isRetryable: Bool {
    if case .lengthMismatch = reason { return true }
    return false
  }

  public var description: String {
    let answered = status.map { "HTTP \($0) from GET \(path)" } ?? "GET \(path)"
    var text: String
    switch reason {
    case .errorBody(let body):
      text = "\(answered) carried a JSON error instead of the \(variant)"
      if let code = body?.code { text += " [\(code)]" }
      if let message = body?.message { text += ": \(message)" }
    case .htmlBody(let title):
      text = "\(answered) carried an HTML body" + (title.map { " (\($0))" } ?? "") + " instead of the \(variant)"
    case .unexpectedContentType(let type):
      text = "\(answered) has content type \(type), which is not a \(variant) (\(variant.expectedContentType))"
    case .emptyBody:
      text = "\(answered) had an empty body instead of the \(variant)"
    case .lengthMismatch(let expected, let received):
      text = "\(answered): received \(received) of \(expected) bytes (the body was cut short)"
    case .tooManyRedirects(let count):
      text = "GET \(path): more than \(count) redirects"
    case .invalidRedirect(let why):
      text = "\(answered): \(why)"
    case .fileSystem(let operation, let file, let code, let message):
      text = "download of the \(variant) failed: \(operation) \(file): \(message) (errno \(code))"
    }
    if let requestID { text += " (request id: \(requestID))" }
    if attempts > 1 { text += " (after \(attempts) attempts)" }
    return text
  }
}
