/// Settings for a ``VideoAPIClient``.
///
/// Printing a configuration (or dumping it) never shows the API key.
public struct VideoAPIConfiguration: Sendable, CustomStringConvertible {
  /// CometAPI's base URL, the default.
  public static let cometAPIBaseURL = "https://api.cometapi.com"
  /// OpenAI's base URL, which works the same way.
  public static let openAIBaseURL = "https://api.openai.com"

  /// The key sent as `Authorization: Bearer <key>`, only to the API's own origin.
  public var apiKey: APIKey
  /// The service's base URL, with or without a trailing `/v1` and with or without a trailing slash. Plain
  /// `http` is accepted only for loopback hosts.
  public var baseURL: String
  /// How long to wait for the response head, and at most between two body reads.
  public var requestTimeout: Duration
  /// How long to wait for a TCP (and TLS) connection.
  public var connectTimeout: Duration
  /// How GET requests are retried (POST remix never is).
  public var retryPolicy: RetryPolicy
  /// How many redirects a content download follows.
  public var maximumRedirects: Int
  /// The `User-Agent` header.
  public var userAgent: String

  /// Creates a configuration. `requestTimeout` defaults to 60 s and `connectTimeout` to 5 s.
  public init(
    apiKey: String,
    baseURL: String = VideoAPIConfiguration.cometAPIBaseURL,
    requestTimeout: Duration = .seconds(60),
    connectTimeout: Duration = .seconds(5),
    retryPolicy: RetryPolicy = RetryPolicy(),
    maximumRedirects: Int = 5,
    userAgent: String = "remixlint-videoapi/1"
  ) {
    self.apiKey = APIKey(apiKey)
    self.baseURL = baseURL
    self.requestTimeout = requestTimeout
    self.connectTimeout = connectTimeout
    self.retryPolicy = retryPolicy
    self.maximumRedirects = maximumRedirects
    self.userAgent = userAgent
  }

  /// The settings without the key.
  public var description: String {
    "VideoAPIConfiguration(baseURL: \(baseURL), apiKey: <redacted>, requestTimeout: \(requestTimeout.humanReadable), "
      + "connectTimeout: \(connectTimeout.humanReadable), maximumRetries: \(retryPolicy.maximumRetries))"
  }
}
