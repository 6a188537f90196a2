/// A fault the sandbox can inject, named as on the command line and in `POST /__sandbox/faults`.
public enum FaultKind: String, Sendable, Hashable, CaseIterable, Codable {
  /// 429 with `Retry-After` (seconds, default 1) and `retry-after-ms` (default 100).
  case rateLimit = "rate-limit"
  /// 429 with `Retry-After: 300` and no `retry-after-ms` (longer than a client should wait).
  case rateLimitLong = "rate-limit-long"
  /// 422 with a JSON body (an unprocessable request; never retried).
  case error422 = "error-422"
  /// 500 with a JSON `server_error` body.
  case error500 = "error-500"
  /// 500 with CometAPI's `code: "invalid_request"` (a request error that must not be retried).
  case error500InvalidRequest = "error-500-invalid-request"
  /// 502 with an HTML "Bad Gateway" page.
  case error502HTML = "error-502-html"
  /// 503 with a JSON body.
  case error503 = "error-503"
  /// 524 with an HTML page (Cloudflare's origin timeout).
  case error524 = "error-524"
  /// 404 with an HTML page, as a wrong base URL gives.
  case html404 = "html-404"
  /// 301 to a documentation page, as CometAPI answers a wrong path.
  case moved301 = "moved-301"
  /// The normal response, sent after a delay (default 2 s) before the headers.
  case slow
  /// The connection is closed before any response.
  case drop
  /// `Content-Length` announces the full body, half of it is sent, then the connection is closed.
  case truncate
  /// `/content` answers 302 to the storage origin (a second listener).
  case redirect
  /// `/content` answers 301 to the storage origin.
  case redirect301 = "redirect-301"
  /// `/content` redirects to the storage origin, which redirects forever.
  case redirectLoop = "redirect-loop"
  /// `/content` answers 200 with a JSON error body instead of the bytes.
  case jsonOnContent = "json-on-content"
  /// A remix is accepted (the job is created and listed) but answered only after a delay (default 2 s).
  case acceptThenDelay = "accept-then-delay"
  /// A remix is accepted (the job is created and listed), then the connection is closed without an answer.
  case acceptThenDrop = "accept-then-drop"
  /// `GET /v1/videos` answers 404, as on services without the list endpoint.
  case listUnsupported = "list-unsupported"

  /// The endpoint a rule of this kind applies to when none is given.
  public var defaultEndpoint: SandboxEndpoint {
    switch self {
    case .redirect, .redirect301, .redirectLoop, .jsonOnContent: .content
    case .acceptThenDelay, .acceptThenDrop: .remix
    case .listUnsupported: .list
    default: .any
    }
  }

  /// Whether the fault transforms a successful response (and so waits until one is produced).
  var needsSuccess: Bool {
    switch self {
    case .truncate, .redirect, .redirect301, .redirectLoop, .jsonOnContent, .acceptThenDelay, .acceptThenDrop: true
    default: false
    }
  }

  /// One line of help for `--help`.
  public var summary: String {
    switch self {
    case .rateLimit: "429 with Retry-After: 1 and retry-after-ms: 100"
    case .rateLimitLong: "429 with Retry-After: 300 (longer than a client should wait)"
    case .error422: "422 with a JSON unprocessable_entity body"
    case .error500: "500 with a JSON server_error body"
    case .error500InvalidRequest: "500 with CometAPI's code invalid_request (not retryable)"
    case .error502HTML: "502 with an HTML Bad Gateway page"
    case .error503: "503 with a JSON body"
    case .error524: "524 with an HTML origin-timeout page"
    case .html404: "404 with an HTML page (a wrong base URL)"
    case .moved301: "301 to a documentation page (a wrong path)"
    case .slow: "the normal response after a delay before the headers (--fault-delay)"
    case .drop: "close the connection before any response"
    case .truncate: "announce the full Content-Length, send half of the body, close"
    case .redirect: "content: 302 to the storage origin"
    case .redirect301: "content: 301 to the storage origin"
    case .redirectLoop: "content: redirect to the storage origin, which redirects forever"
    case .jsonOnContent: "content: 200 with a JSON error body instead of the bytes"
    case .acceptThenDelay: "remix: create the job, answer after a delay (--fault-delay)"
    case .acceptThenDrop: "remix: create the job, close the connection without an answer"
    case .listUnsupported: "list: 404 (the endpoint does not exist)"
    }
  }
}
