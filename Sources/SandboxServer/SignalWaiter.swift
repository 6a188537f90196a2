import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns SIGINT/SIGTERM into an awaitable event (the default handlers are disabled while it exists).
final class SignalWaiter {
  private let stream: AsyncStream<Int32>
  private let sources: [any DispatchSourceSignal]

  init(signals: [Int32]) {
    let (stream, continuation) = AsyncStream<Int32>.makeStream()
    let queue = DispatchQueue(label: "remixlint-sandbox.signals")
    self.stream = stream
    self.sources = signals.map { number in
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
      source.setEventHandler { continuation.yield(number) }
      source.resume()
      return source
    }
  }

  /// Waits for the first signal and returns its number.
  func wait() async -> Int32 {
    for await number in stream { return number }
    return 0
  }
}
