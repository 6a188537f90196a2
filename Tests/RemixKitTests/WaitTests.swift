import Foundation
import RemixKit
import Testing
import VideoAPI
import VideoAPISandbox

@Suite("Waiting for a job")
struct WaitTests {
  @Test("polls to completion at the interval the service suggests")
  func pollsToCompletion() async throws {
    try await GateHarness.run(progression: .afterPolls(3), pollAfterMilliseconds: 250) { harness in
      let submitted = try await harness.client.remix(id: "video_completed", prompt: TestPrompts.passing)
      let clock = VirtualClock()
      let updates = UpdateLog()
      let waiter = JobWaiter(client: harness.client, timeout: .seconds(60), clock: clock.waitClock)
      let result = try await waiter.wait(for: submitted.value.id, initial: submitted) { updates.add($0) }
      #expect(result.completed)
      #expect(result.job.value.status == .completed)
      #expect(result.job.value.progress == 100)
      #expect(result.polls == 3)
      #expect(result.transientErrors == 0)
      #expect(clock.sleeps == Array(repeating: .milliseconds(250), count: 3))
      #expect(result.elapsed == .milliseconds(750))
      #expect(updates.statuses == [.inProgress, .inProgress, .completed])
      #expect(await harness.requests(.retrieve).count == 3)
      #expect(result.job.rawBodyText.contains("\"status\":\"completed\""))
    }
  }

  @Test("without a suggestion the interval starts at 2 s and grows by 1.5 up to 15 s")
  func fallbackSchedule() {
    let schedule = PollSchedule()
    let intervals = (1...8).map { schedule.interval(afterPolls: $0, suggested: nil) }
    #expect(
      intervals == [
        .seconds(2), .seconds(3), .milliseconds(4500), .milliseconds(6750), .microseconds(10_125_000),
        .seconds(15), .seconds(15), .seconds(15),
      ])
    #expect(schedule.interval(afterPolls: 1, suggested: .milliseconds(1)) == .milliseconds(100))
    #expect(schedule.interval(afterPolls: 1, suggested: .seconds(600)) == .seconds(60))
    #expect(schedule.interval(afterPolls: 4, suggested: .milliseconds(1500)) == .milliseconds(1500))
  }

  @Test("a 503 while polling does not end the wait")
  func survivesTransientError() async throws {
    try await GateHarness.run(progression: .afterPolls(2), maximumRetries: 0) { harness in
      let submitted = try await harness.client.remix(id: "video_completed", prompt: TestPrompts.passing)
      await harness.sandbox.setFaults([FaultRule(.error503, endpoint: .retrieve, count: 2)])
      let clock = VirtualClock()
      let updates = UpdateLog()
      let waiter = JobWaiter(client: harness.client, timeout: .seconds(60), clock: clock.waitClock)
      let result = try await waiter.wait(for: submitted.value.id, initial: submitted) { updates.add($0) }
      #expect(result.completed)
      #expect(result.transientErrors == 2)
      #expect(updates.errors.count == 2)
      #expect(updates.errors.allSatisfy { $0.contains("503") })
      let polls = await harness.requests(.retrieve)
      #expect(polls.count == 4)
      #expect(polls.prefix(2).allSatisfy { $0.status == 503 })
      #expect(clock.sleeps.first == .milliseconds(250))
      #expect(clock.sleeps[1] == .seconds(2))
      #expect(clock.sleeps[2] == .seconds(3))
    }
  }

  @Test("a job that never finishes times out cleanly, naming the job")
  func timesOut() async throws {
    try await GateHarness.run(pollAfterMilliseconds: 3000) { harness in
      let clock = VirtualClock()
      let waiter = JobWaiter(client: harness.client, timeout: .seconds(10), clock: clock.waitClock)
      do throws(WaitError) {
        _ = try await waiter.wait(for: "video_queued")
        Issue.record("expected a timeout")
      } catch {
        guard case .timedOut(let jobID, let last, let elapsed) = error else {
          Issue.record("expected timedOut, got \(error)")
          return
        }
        #expect(jobID == "video_queued")
        #expect(last?.value.status == .queued)
        #expect(elapsed >= .seconds(10))
        #expect(error.description.contains("remixlint wait video_queued"))
      }
      #expect(clock.now == .seconds(10))
      #expect(clock.sleeps == [.seconds(3), .seconds(3), .seconds(3), .seconds(1)])
      #expect(await harness.requests(.retrieve).count == 5)
    }
  }

  @Test(
    "a job that ended failed, expired or canceled is returned with its reason",
    arguments: [("video_failed", VideoStatus.failed), ("video_expired", .expired), ("video_canceled", .canceled)])
  func reportsEndedJob(id: String, status: VideoStatus) async throws {
    try await GateHarness.run { harness in
      let waiter = JobWaiter(client: harness.client, timeout: .seconds(10), clock: VirtualClock().waitClock)
      let result = try await waiter.wait(for: id)
      #expect(!result.completed)
      #expect(result.job.value.status == status)
      #expect(result.polls == 1)
      if status == .failed { #expect(result.job.value.error?.code == "moderation_blocked") }
    }
  }

  @Test("a job that cannot be found ends the wait with the API error")
  func missingJobFails() async throws {
    try await GateHarness.run { harness in
      let waiter = JobWaiter(client: harness.client, timeout: .seconds(10), clock: VirtualClock().waitClock)
      do throws(WaitError) {
        _ = try await waiter.wait(for: "video_nope")
        Issue.record("expected a failure")
      } catch {
        guard case .failed(let jobID, let apiError, _) = error else {
          Issue.record("expected failed, got \(error)")
          return
        }
        #expect(jobID == "video_nope")
        #expect(apiError.statusCode == 404)
      }
    }
  }

  @Test("cancelling the waiting task stops it cleanly, naming the job")
  func cancellation() async throws {
    try await GateHarness.run { harness in
      let waiter = JobWaiter(client: harness.client, timeout: .seconds(60))
      let task = Task { try await waiter.wait(for: "video_queued") }
      try await Task.sleep(for: .milliseconds(300))
      task.cancel()
      do {
        _ = try await task.value
        Issue.record("expected cancellation")
      } catch let error as WaitError {
        guard case .cancelled(let jobID, _, _) = error else {
          Issue.record("expected cancelled, got \(error)")
          return
        }
        #expect(jobID == "video_queued")
        #expect(error.description.contains("remixlint wait video_queued"))
      }
    }
  }
}

/// The updates a waiter reported.
final class UpdateLog: Sendable {
  private let lock = NSLock()
  nonisolated(unsafe) private var updates: [WaitUpdate] = []

  func add(_ update: WaitUpdate) { lock.withLock { updates.append(update) } }

  var statuses: [VideoStatus] {
    lock.withLock {
      updates.compactMap { if case .polled(let video, _) = $0 { video.status } else { nil } }
    }
  }

  var errors: [String] {
    lock.withLock {
      updates.compactMap { if case .transientError(let text, _) = $0 { text } else { nil } }
    }
  }
}
