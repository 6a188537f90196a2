import Foundation
import RemixKit
import Testing
import VideoAPI
import VideoAPISandbox

@Suite("Gate: two attempts sharing a journal")
struct GateConcurrencyTests {
  @Test("two concurrent attempts with the same source and prompt make exactly one POST")
  func oneSubmission() async throws {
    try await GateHarness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.slow, endpoint: .remix, count: 1, delaySeconds: 0.5)])
      let events = EventLog()
      let first = harness.gate(events: events)
      let second = harness.gate(events: events)
      async let one = first.remix(source: "video_completed", prompt: TestPrompts.passing)
      async let two = second.remix(source: "video_completed", prompt: TestPrompts.passing)
      let reports = await [one, two]
      let submitted = reports.compactMap { report -> String? in
        if case .submitted(let id, _) = report.decision { return id }
        return nil
      }
      let duplicates = reports.compactMap { report -> String? in
        if case .duplicate(let id, _, _) = report.decision { return id }
        return nil
      }
      #expect(submitted.count == 1)
      #expect(duplicates == submitted)
      #expect(await harness.requests(.remix).count == 1)
      let kinds = try await harness.journalKinds()
      #expect(kinds == [.intent, .submitted])
      #expect(events.all.contains(.waitingForJournalLock(path: harness.journalPath)))
    }
  }

  @Test("eight concurrent attempts with different prompts each submit once")
  func manyDifferentPrompts() async throws {
    try await GateHarness.run { harness in
      let gate = harness.gate()
      let prompts = (1...8).map { "Make the sky overcast, with \($0) storm clouds drifting left." }
      let reports = await withTaskGroup(of: RemixReport.self) { group in
        for prompt in prompts { group.addTask { await gate.remix(source: "video_completed", prompt: prompt) } }
        var all: [RemixReport] = []
        for await report in group { all.append(report) }
        return all
      }
      #expect(reports.allSatisfy { if case .submitted = $0.decision { true } else { false } })
      let posts = await harness.requests(.remix)
      #expect(posts.count == 8)
      #expect(Set(posts.compactMap(\.prompt)) == Set(prompts))
      let entries = try await SubmissionJournal(path: harness.journalPath).readEntries()
      #expect(entries.filter { $0.kind == .intent }.count == 8)
      #expect(entries.filter { $0.kind == .submitted }.count == 8)
    }
  }
}
