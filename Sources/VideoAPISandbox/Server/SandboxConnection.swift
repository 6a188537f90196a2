import NIOCore
import NIOHTTP1

/// Serves one accepted connection: reads requests, asks the state for the reply, and writes it (after a delay,
/// truncated, or not at all when the fault says so). Keep-alive connections serve several requests.
enum SandboxConnection {
  typealias Channel = NIOAsyncChannel<HTTPServerRequestPart, HTTPServerResponsePart>

  /// The largest request body accepted.
  static let maximumBodySize = 1 << 20

  static func serve(_ connection: Channel, origin: SandboxOrigin, state: SandboxState) async {
    do {
      try await connection.executeThenClose { inbound, _ in
        var head: HTTPRequestHead?
        var body: [UInt8] = []
        for try await part in inbound {
          switch part {
          case .head(let requestHead):
            head = requestHead
            body = []
          case .body(let buffer):
            if body.count + buffer.readableBytes <= maximumBodySize {
              body.append(contentsOf: buffer.readableBytesView)
            }
          case .end:
            guard let requestHead = head else { continue }
            head = nil
            let request = SandboxRequest(head: requestHead, body: body)
            let reply = await state.handle(request, origin: origin)
            let keepOpen = try await perform(reply, keepAlive: request.keepAlive, on: connection.channel)
            if !keepOpen { return }
          }
        }
      }
    } catch {
      // Clients time out, drop connections and get cancelled on purpose; nothing to report.
    }
  }

  /// Writes a reply; returns whether the connection stays open for another request.
  private static func perform(_ reply: SandboxReply, keepAlive: Bool, on channel: any NIOCore.Channel)
    async throws -> Bool
  {
    switch reply {
    case .drop:
      return false
    case .respond(let response, let delay, let truncatedTo):
      if let delay { try await Task.sleep(for: delay) }
      var headers = HTTPHeaders(response.headers)
      headers.replaceOrAdd(name: "Content-Length", value: String(response.body.count))
      let closeAfter = !keepAlive || truncatedTo != nil
      headers.replaceOrAdd(name: "Connection", value: closeAfter ? "close" : "keep-alive")
      let status = HTTPResponseStatus(statusCode: response.status)
      let head = HTTPResponseHead(version: .http1_1, status: status, headers: headers)
      try await channel.writeAndFlush(HTTPServerResponsePart.head(head)).get()
      let bytes = truncatedTo.map { Array(response.body.prefix($0)) } ?? response.body
      if !bytes.isEmpty {
        let buffer = channel.allocator.buffer(bytes: bytes)
        try await channel.writeAndFlush(HTTPServerResponsePart.body(.byteBuffer(buffer))).get()
      }
      if truncatedTo != nil { return false }
      try await channel.writeAndFlush(HTTPServerResponsePart.end(nil)).get()
      return !closeAfter
    }
  }
}
