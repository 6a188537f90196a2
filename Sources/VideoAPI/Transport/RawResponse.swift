import NIOHTTP1

/// A response whose body was read into memory (JSON answers and error bodies).
struct RawResponse: Sendable {
  let status: HTTPResponseStatus
  let headers: HTTPHeaders
  let body: [UInt8]

  var code: Int { Int(status.code) }
  var isSuccess: Bool { (200..<300).contains(code) }

  /// The request id from `x-request-id` (or the `request-id` / `x-oneapi-request-id` spellings).
  var requestIDHeader: String? { headers.requestID }

  /// The poll interval suggested by `openai-poll-after-ms`.
  var pollAfter: Duration? {
    guard let text = headers.first(name: "openai-poll-after-ms"), let millis = Double(text.trimmed(of: " ")),
      millis.isFinite, millis >= 0
    else { return nil }
    return .fromSeconds(millis / 1000)
  }

  /// `x-should-retry: true|false`, when sent.
  var shouldRetryHint: Bool? {
    switch headers.first(name: "x-should-retry")?.lowercased() {
    case "true": true
    case "false": false
    default: nil
    }
  }
}
