import Dispatch
import RemixKit
import VideoAPI

/// Shows a job's progress on standard error while waiting: a bar redrawn in place (percent, status, elapsed)
/// when standard error is a terminal, otherwise one plain line per status or progress change.
final class ProgressDisplay: Sendable {
  /// How progress is shown.
  enum Style: Sendable {
    /// A bar redrawn in place, refreshed every second.
    case bar
    /// One line per change.
    case lines
  }

  private struct State {
    var status: String = "waiting"
    var progress: Int = 0
    var lastLine: String?
    var drawn = false
  }

  let jobID: String
  let style: Style
  private let start = ContinuousClock.now
  private let queue = DispatchQueue(label: "remixlint.progress")
  nonisolated(unsafe) private var state = State()
  nonisolated(unsafe) private var ticker: Task<Void, Never>?

  /// A display for `jobID`; `bar` is used only when standard error is a terminal and `allowBar` is true.
  init(jobID: String, allowBar: Bool = true) {
    self.jobID = jobID
    self.style = allowBar && Console.stderrIsTerminal ? .bar : .lines
    if style == .bar {
      let ticker = Task { [weak self] in
        while !Task.isCancelled {
          try? await Task.sleep(for: .seconds(1))
          self?.redraw()
        }
      }
      queue.sync { self.ticker = ticker }
    }
  }

  /// Shows a waiter's update.
  func show(_ update: WaitUpdate) {
    switch update {
    case .polled(let video, _):
      queue.sync {
        state.status = video.status.rawValue
        state.progress = video.progress
      }
      if style == .bar {
        redraw()
      } else {
        let line = "job \(jobID): \(video.status) \(video.progress)%"
        let changed = queue.sync {
          defer { state.lastLine = line }
          return state.lastLine != line
        }
        if changed { RemoteConsole.note("\(line) (\(Self.clock(elapsed)))") }
      }
    case .transientError(let text, _):
      clearBar()
      RemoteConsole.note("job \(jobID): poll failed, will try again: \(text)")
    }
  }

  /// Stops the bar and moves to a fresh line.
  func finish() {
    let ticker = queue.sync { self.ticker }
    ticker?.cancel()
    clearBar()
  }

  private var elapsed: Duration { ContinuousClock.now - start }

  private func redraw() {
    let (status, progress) = queue.sync { (state.status, state.progress) }
    let filled = max(0, min(20, progress / 5))
    let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled)
    let percent = String(progress).leftPadded(3)
    queue.sync { state.drawn = true }
    RemoteConsole.errorRaw("\r\u{1B}[2K\(jobID) [\(bar)] \(percent)% \(status)  \(Self.clock(elapsed))")
  }

  private func clearBar() {
    guard style == .bar else { return }
    let drawn = queue.sync {
      defer { state.drawn = false }
      return state.drawn
    }
    if drawn { RemoteConsole.errorRaw("\r\u{1B}[2K") }
  }

  /// `m:ss` (or `h:mm:ss`).
  static func clock(_ duration: Duration) -> String {
    let total = Int(duration.components.seconds)
    let seconds = String(total % 60).leftPadded(2).replacing(" ", with: "0")
    if total >= 3600 {
      let minutes = String(total / 60 % 60).leftPadded(2).replacing(" ", with: "0")
      return "\(total / 3600):\(minutes):\(seconds)"
    }
    return "\(total / 60):\(seconds)"
  }
}
