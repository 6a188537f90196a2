import NIOHTTP1

/// A complete request as the sandbox sees it.
struct SandboxRequest: Sendable {
  let method: HTTPMethod
  let path: String
  let query: String?
  let headers: HTTPHeaders
  let body: [UInt8]
  let keepAlive: Bool

  init(head: HTTPRequestHead, body: [UInt8]) {
    method = head.method
    let parts = head.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
    path = parts.first.map(String.init) ?? "/"
    query = parts.count > 1 ? String(parts[1]) : nil
    headers = head.headers
    self.body = body
    keepAlive = head.isKeepAlive
  }

  /// The first value of a query parameter (no percent-decoding beyond `+`; the sandbox's values are plain).
  func queryValue(_ name: String) -> String? {
    guard let query else { return nil }
    for pair in query.split(separator: "&") {
      let keyValue = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      if keyValue.first.map(String.init) == name {
        return keyValue.count > 1 ? String(keyValue[1]).replacing("+", with: " ") : ""
      }
    }
    return nil
  }

  /// The path split into its non-empty segments.
  var segments: [String] { path.split(separator: "/").map(String.init) }
}
