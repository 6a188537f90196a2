import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ctrl-C for the remote commands: the first SIGINT cancels the running operation (which then stops cleanly,
/// records what it must and says how to resume); a second one exits at once with 130.
enum Interrupt {
  /// The exit code after an interrupt.
  static let exitCode: Int32 = ExitStatus.interrupted.rawValue

  /// Runs `operation` in a task that SIGINT cancels; returns its value and whether SIGINT arrived. The handler is
  /// in place before the operation starts.
  static func run<Value: Sendable>(
    _ operation: @escaping @Sendable () async -> Value
  ) async -> (value: Value, interrupted: Bool) {
    let flag = InterruptFlag()
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: DispatchQueue(label: "remixlint.sigint"))
    source.setEventHandler {
      guard flag.raise() else { _exit(exitCode) }
      RemoteConsole.note("remixlint: interrupted; stopping (press Ctrl-C again to quit at once)")
    }
    source.resume()
    let task = Task { await operation() }
    flag.onRaise { task.cancel() }
    let value = await task.value
    source.cancel()
    signal(SIGINT, SIG_DFL)
    return (value, flag.isRaised)
  }
}

/// Whether SIGINT arrived, and what to do when it does (set from the signal queue, read by the command).
final class InterruptFlag: Sendable {
  private let queue = DispatchQueue(label: "remixlint.interrupt-flag")
  nonisolated(unsafe) private var raised = false
  nonisolated(unsafe) private var action: (@Sendable () -> Void)?

  /// Sets the flag and runs the action; true the first time.
  func raise() -> Bool {
    let (first, action) = queue.sync {
      defer { raised = true }
      return (!raised, self.action)
    }
    if first { action?() }
    return first
  }

  /// Sets the action; runs it at once if the flag is already raised.
  func onRaise(_ newAction: @escaping @Sendable () -> Void) {
    let alreadyRaised = queue.sync {
      action = newAction
      return raised
    }
    if alreadyRaised { newAction() }
  }

  var isRaised: Bool { queue.sync { raised } }
}
