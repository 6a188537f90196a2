/// A response the sandbox will write.
struct SandboxResponse: Sendable {
  var status: Int
  var headers: [(String, String)]
  var body: [UInt8]

  init(status: Int, headers: [(String, String)] = [], body: [UInt8] = []) {
    self.status = status
    self.headers = headers
    self.body = body
  }

  var isSuccess: Bool { (200..<300).contains(status) }
}

/// What the connection does with a request.
enum SandboxReply: Sendable {
  /// Wait `delay`, then write the response; with `truncatedTo`, announce the full length, write only that many
  /// body bytes and close.
  case respond(SandboxResponse, delay: Duration? = nil, truncatedTo: Int? = nil)
  /// Close the connection without answering.
  case drop
}
