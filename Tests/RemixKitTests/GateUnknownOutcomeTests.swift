import Foundation
import RemixKit
import Testing
import VideoAPI
import VideoAPISandbox

@Suite("Gate: unknown outcomes are never re-sent")
struct GateUnknownOutcomeTests {
  @Test("a remix answered too late is not re-sent; the journal shows unknown then reconciled")
  func lateAnswerReconciled() async throws {
    try await GateHarness.run(requestTimeout: .seconds(2)) { harness in
      await harness.sandbox.setFaults([FaultRule(.acceptThenDelay, count: 1, delaySeconds: 8)])
      try await expectReconciled(harness)
    }
  }

  @Test("a remix whose connection drops is not re-sent; the journal shows unknown then reconciled")
  func droppedAnswerReconciled() async throws {
    try await GateHarness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.acceptThenDrop, count: 1)])
      try await expectReconciled(harness)
    }
  }

  private func expectReconciled(_ harness: GateHarness) async throws {
    let events = EventLog()
    let report = await harness.gate(events: events).remix(source: "video_completed", prompt: TestPrompts.passing)
    guard case .submitted(let jobID, let reconciled) = report.decision else {
      Issue.record("expected a reconciled submission, got \(report.decision)")
      return
    }
    #expect(reconciled)
    let posts = await harness.requests(.remix)
    #expect(posts.count == 1)
    #expect(posts.first?.prompt == TestPrompts.passing)
    #expect(await harness.requests(.list).count >= 1)
    let entries = try await SubmissionJournal(path: harness.journalPath).readEntries()
    #expect(entries.map(\.kind) == [.intent, .unknown, .reconciled])
    #expect(entries[1].outcome == "unknown")
    #expect(entries[1].error?.contains("outcome unknown") == true)
    #expect(entries[2].jobID == jobID)
    #expect(report.job?.value.id == jobID)
    #expect(report.job?.value.prompt == TestPrompts.passing)
    #expect(events.all.contains(.reconciling(entryID: report.entryID ?? "")))

    let rerun = await harness.gate().remix(source: "video_completed", prompt: TestPrompts.passing)
    guard case .duplicate(let named, _, _) = rerun.decision else {
      Issue.record("expected a duplicate on re-run, got \(rerun.decision)")
      return
    }
    #expect(named == jobID)
    #expect(await harness.requests(.remix).count == 1)
  }

  @Test("without a list endpoint the doubt stays: the re-run is refused naming it, and --force submits again")
  func listUnsupportedKeepsDoubt() async throws {
    try await GateHarness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.acceptThenDrop, count: 1), FaultRule(.listUnsupported)])
      let gate = harness.gate()
      let first = await gate.remix(source: "video_completed", prompt: TestPrompts.passing)
      guard case .outcomeUnknown(let error, let reconciliation) = first.decision else {
        Issue.record("expected outcomeUnknown, got \(first.decision)")
        return
      }
      #expect(error.isOutcomeUnknown)
      #expect(reconciliation.contains("cannot list videos"))
      #expect(first.reason.contains("--force"))
      let firstKinds = try await harness.journalKinds()
      #expect(firstKinds == [.intent, .unknown, .unresolved])

      let second = await gate.remix(source: "video_completed", prompt: TestPrompts.passing)
      guard case .doubt(let entryID, let detail) = second.decision else {
        Issue.record("expected doubt, got \(second.decision)")
        return
      }
      #expect(entryID == first.entryID)
      #expect(detail.contains("outcome unknown"))
      #expect(second.reason.contains(entryID))
      #expect(second.reason.contains("--force"))
      #expect(await harness.requests(.remix).count == 1)
      let secondKinds = try await harness.journalKinds()
      #expect(secondKinds == [.intent, .unknown, .unresolved, .unresolved])

      let forced = await gate.remix(source: "video_completed", prompt: TestPrompts.passing, force: true)
      guard case .submitted = forced.decision else {
        Issue.record("expected submitted with force, got \(forced.decision)")
        return
      }
      #expect(await harness.requests(.remix).count == 2)
    }
  }

  @Test("a later run reconciles an earlier unknown outcome and refuses it as a duplicate naming the job")
  func laterRunReconciles() async throws {
    try await GateHarness.run { harness in
      await harness.sandbox.setFaults([
        FaultRule(.acceptThenDrop, count: 1), FaultRule(.listUnsupported, count: 1),
      ])
      let first = await harness.gate().remix(source: "video_completed", prompt: TestPrompts.passing)
      guard case .outcomeUnknown = first.decision else {
        Issue.record("expected outcomeUnknown, got \(first.decision)")
        return
      }
      #expect(await harness.requests(.remix).first?.status == nil)
      let second = await harness.gate().remix(source: "video_completed", prompt: TestPrompts.passing)
      guard case .duplicate(let jobID, let entryID, let reconciled) = second.decision else {
        Issue.record("expected a reconciled duplicate, got \(second.decision)")
        return
      }
      #expect(reconciled)
      #expect(entryID == first.entryID)
      #expect(second.job?.value.remixedFromVideoID == "video_completed")
      #expect(second.reason.contains(jobID))
      let entries = try await SubmissionJournal(path: harness.journalPath).readEntries()
      #expect(entries.map(\.kind) == [.intent, .unknown, .unresolved, .reconciled])
      #expect(entries.last?.jobID == jobID)
      #expect(await harness.requests(.remix).count == 1)
    }
  }

  @Test("a 5xx answer to the POST is an unknown outcome: recorded, reconciled by listing, not re-sent")
  func serverErrorIsUnknown() async throws {
    try await GateHarness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.error503, endpoint: .remix, count: 1)])
      let report = await harness.gate().remix(source: "video_completed", prompt: TestPrompts.passing)
      guard case .outcomeUnknown(let error, let reconciliation) = report.decision else {
        Issue.record("expected outcomeUnknown, got \(report.decision)")
        return
      }
      #expect(error.statusCode == 503)
      #expect(reconciliation.contains("no job remixed from video_completed"))
      #expect(await harness.requests(.remix).count == 1)
      let kinds = try await harness.journalKinds()
      #expect(kinds == [.intent, .unknown, .unresolved])
    }
  }
}
