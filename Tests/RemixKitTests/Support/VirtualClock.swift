import Foundation
import RemixKit

/// A clock whose sleeps return at once and move virtual time forward, recording each requested duration.
final class VirtualClock: Sendable {
  private let lock = NSLock()
  nonisolated(unsafe) private var elapsed: Duration = .zero
  nonisolated(unsafe) private var requested: [Duration] = []

  /// The clock for a ``JobWaiter``.
  var waitClock: WaitClock {
    WaitClock(
      now: { [self] in lock.withLock { elapsed } },
      sleep: { [self] duration in
        try Task.checkCancellation()
        lock.withLock {
          requested.append(duration)
          elapsed += duration
        }
        await Task.yield()
      })
  }

  /// Every sleep asked for, in order.
  var sleeps: [Duration] { lock.withLock { requested } }

  /// The virtual time passed.
  var now: Duration { lock.withLock { elapsed } }
}
