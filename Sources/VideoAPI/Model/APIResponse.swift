/// A decoded response together with what the HTTP layer said about it.
public struct APIResponse<Value: Sendable>: Sendable {
  /// The decoded value.
  public let value: Value
  /// The HTTP status code of the final response.
  public let statusCode: Int
  /// The request id (`x-request-id` header), for support requests.
  public let requestID: String?
  /// The poll interval the service suggests (`openai-poll-after-ms`), if it sent one.
  public let pollAfter: Duration?
  /// The exact JSON bytes of the response ("the job as returned").
  public let rawBody: [UInt8]
  /// How many attempts the request took (1 when it was not retried).
  public let attempts: Int

  /// Creates a response value (the client makes these; tests and fakes may too).
  public init(
    value: Value, statusCode: Int, requestID: String?, pollAfter: Duration?, rawBody: [UInt8], attempts: Int
  ) {
    self.value = value
    self.statusCode = statusCode
    self.requestID = requestID
    self.pollAfter = pollAfter
    self.rawBody = rawBody
    self.attempts = attempts
  }

  /// The raw body as UTF-8 text.
  public var rawBodyText: String { String(decoding: rawBody, as: UTF8.self) }
}
