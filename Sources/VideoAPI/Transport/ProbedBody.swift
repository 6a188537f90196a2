import NIOCore

/// A one-chunk request body that marks its ``SendProbe`` before handing over its bytes.
struct ProbedBody: AsyncSequence, Sendable {
  typealias Element = ByteBuffer

  let bytes: ByteBuffer
  let probe: SendProbe

  struct AsyncIterator: AsyncIteratorProtocol {
    var bytes: ByteBuffer?
    let probe: SendProbe

    mutating func next() async throws -> ByteBuffer? {
      await probe.markBodyStarted()
      defer { bytes = nil }
      return bytes
    }
  }

  func makeAsyncIterator() -> AsyncIterator {
    AsyncIterator(bytes: bytes, probe: probe)
  }
}
