import VideoAPI

/// Polls a job until it reaches a terminal status, within an overall timeout.
///
/// The interval follows the service's `openai-poll-after-ms` suggestion, or a gently growing schedule (see
/// ``PollSchedule``). Transient failures (408, 409, 429, 5xx except CometAPI's `invalid_request`, network errors,
/// unreadable answers) are reported through `onUpdate` and polling goes on; other errors end the wait. The
/// timeout is checked between polls, so a poll in flight may overrun it by at most one request timeout.
public struct JobWaiter: Sendable {
  /// The Videos API client.
  public let client: VideoAPIClient
  /// The poll intervals.
  public var schedule: PollSchedule
  /// The overall limit.
  public var timeout: Duration
  /// The clock the timeout is measured with and sleeps happen on.
  public var clock: WaitClock

  /// Creates a waiter.
  public init(
    client: VideoAPIClient, schedule: PollSchedule = .standard, timeout: Duration = .seconds(600),
    clock: WaitClock = .system
  ) {
    self.client = client
    self.schedule = schedule
    self.timeout = timeout
    self.clock = clock
  }

  /// Waits for job `jobID` to reach a terminal status.
  /// - Parameters:
  ///   - initial: the job as already known (e.g. the remix answer); a terminal one returns at once, otherwise its
  ///     poll suggestion sets the first interval. Without it, the first poll is immediate.
  ///   - onUpdate: called after every poll.
  public func wait(
    for jobID: String, initial: APIResponse<Video>? = nil, onUpdate: @Sendable (WaitUpdate) -> Void = { _ in }
  ) async throws(WaitError) -> WaitResult {
    let start = clock.now()
    var last = initial
    var polls = 0
    var transientErrors = 0
    if let initial, initial.value.status.isTerminal {
      return WaitResult(job: initial, elapsed: .zero, polls: 0, transientErrors: 0)
    }
    var delay: Duration = initial.map { schedule.interval(afterPolls: 1, suggested: $0.pollAfter) } ?? .zero
    while true {
      let remaining = timeout - (clock.now() - start)
      if delay > .zero {
        do {
          try await clock.sleep(min(delay, max(remaining, .zero)))
        } catch {
          throw .cancelled(jobID: jobID, last: last, elapsed: clock.now() - start)
        }
      }
      if Task.isCancelled { throw .cancelled(jobID: jobID, last: last, elapsed: clock.now() - start) }
      var suggested: Duration?
      do {
        let response = try await client.retrieve(id: jobID)
        polls += 1
        last = response
        suggested = response.pollAfter
        onUpdate(.polled(response.value, elapsed: clock.now() - start))
        if response.value.status.isTerminal {
          return WaitResult(job: response, elapsed: clock.now() - start, polls: polls, transientErrors: transientErrors)
        }
      } catch {
        if case .cancelled = error {
          throw .cancelled(jobID: jobID, last: last, elapsed: clock.now() - start)
        }
        guard Self.isTransient(error) else { throw .failed(jobID: jobID, error: error, last: last) }
        transientErrors += 1
        onUpdate(.transientError(error.description, elapsed: clock.now() - start))
      }
      let elapsed = clock.now() - start
      if elapsed >= timeout { throw .timedOut(jobID: jobID, last: last, elapsed: elapsed) }
      delay = schedule.interval(afterPolls: polls + transientErrors, suggested: suggested)
    }
  }

  /// Whether polling again may succeed: the failures the client retries itself, plus unreadable answers.
  public static func isTransient(_ error: VideoAPIError) -> Bool {
    switch error {
    case .transport, .invalidResponse: return true
    case .http(let failure):
      switch failure.status {
      case 408, 409, 429: return true
      case 500 where failure.apiError?.code == "invalid_request": return false
      case 500...599: return true
      default: return false
      }
    default: return false
    }
  }
}
