/// A successful status whose body is not what the endpoint returns (not JSON, or not the expected object).
public struct InvalidResponse: Sendable, Hashable, CustomStringConvertible {
  /// The request method.
  public let method: String
  /// The request path and query (no host).
  public let path: String
  /// The HTTP status code (2xx).
  public let status: Int
  /// What was wrong with the body.
  public let detail: String
  /// The request id, if sent.
  public let requestID: String?
  /// Whether the request may have taken effect: for a remix answered 2xx, a job probably exists (`unknown`).
  public let outcome: RequestOutcome

  init(method: String, path: String, status: Int, detail: String, requestID: String?, outcome: RequestOutcome) {
    self.method = method
    self.path = path
    self.status = status
    self.detail = detail
    self.requestID = requestID
    self.outcome = outcome
  }

  public var description: String {
    var text = "HTTP \(status) from \(method) \(path): \(detail)"
    if let requestID { text += " (request id: \(requestID))" }
    if outcome == .unknown, method == "POST" {
      text += "; the request may have been processed (outcome unknown)"
    }
    return text
  }
}
