/// The body style of an error-status fault.
public enum FaultBody: String, Sendable, Hashable, CaseIterable, Codable {
  /// The OpenAI error envelope, `application/json`.
  case json
  /// An HTML error page, `text/html`, as a gateway or proxy sends.
  case html
}
