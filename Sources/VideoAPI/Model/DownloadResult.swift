/// What a completed ``VideoAPIClient/download(id:variant:to:)`` wrote.
public struct DownloadResult: Sendable, Hashable {
  /// The file that now holds the content.
  public let path: String
  /// How many bytes were written.
  public let bytesWritten: Int64
  /// The content type the server sent, if any.
  public let contentType: String?
  /// The request id of the API response (the first hop), if sent.
  public let requestID: String?
  /// How many redirects were followed (0 when the API served the bytes itself).
  public let redirects: Int
  /// How many attempts the download took (1 when it was not retried).
  public let attempts: Int

  /// Creates a result value (the client makes these; tests and fakes may too).
  public init(
    path: String, bytesWritten: Int64, contentType: String?, requestID: String?, redirects: Int, attempts: Int
  ) {
    self.path = path
    self.bytesWritten = bytesWritten
    self.contentType = contentType
    self.requestID = requestID
    self.redirects = redirects
    self.attempts = attempts
  }
}
