#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Builds the sandbox's JSON, HTML and error responses.
struct ResponseFactory: Sendable {
  let requestID: String

  /// A JSON response with `x-request-id`.
  func json(_ status: Int, _ body: some Encodable, extraHeaders: [(String, String)] = []) -> SandboxResponse {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    let bytes = (try? encoder.encode(body)).map { Array($0) } ?? Array("{}".utf8)
    return SandboxResponse(
      status: status,
      headers: [("Content-Type", "application/json"), ("x-request-id", requestID)] + extraHeaders,
      body: bytes)
  }

  /// The OpenAI error envelope `{"error": {"message", "type", "param", "code"}}`.
  func error(
    _ status: Int, message: String, type: String = "invalid_request_error", param: String? = nil,
    code: String? = nil, extraHeaders: [(String, String)] = []
  ) -> SandboxResponse {
    json(
      status, ErrorEnvelope(error: .init(message: message, type: type, param: param, code: code)),
      extraHeaders: extraHeaders)
  }

  /// CometAPI's variant: `comet_api_error`, empty `code`/`param` strings, the request id inside the message.
  func cometError(_ status: Int, message: String, code: String = "") -> SandboxResponse {
    let envelope = CometEnvelope(
      error: .init(message: "\(message) (request id: \(requestID))", type: "comet_api_error", param: "", code: code))
    var response = json(status, envelope)
    response.headers.removeAll { $0.0 == "x-request-id" }
    return response
  }

  /// An HTML page with a title.
  func html(_ status: Int, title: String, text: String, extraHeaders: [(String, String)] = []) -> SandboxResponse {
    let page = """
      <!DOCTYPE html>
      <html><head><title>\(title)</title></head>
      <body><center><h1>\(title)</h1></center><hr><center>\(text)</center></body></html>

      """
    return SandboxResponse(
      status: status, headers: [("Content-Type", "text/html; charset=utf-8")] + extraHeaders, body: Array(page.utf8))
  }

  private struct ErrorEnvelope: Encodable {
    struct Body: Encodable {
      let message: String
      let type: String
      let param: String?
      let code: String?

      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(message, forKey: .message)
        try container.encode(type, forKey: .type)
        try container.encode(param, forKey: .param)
        try container.encode(code, forKey: .code)
      }

      enum Keys: String, CodingKey { case message, type, param, code }
    }

    let error: Body
  }

  private struct CometEnvelope: Encodable {
    struct Body: Encodable {
      let message: String
      let type: String
      let param: String
      let code: String
    }

    let error: Body
  }
}
