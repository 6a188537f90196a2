import Foundation
import RemixKit
import Testing
import VideoAPI
import VideoAPISandbox

@Suite("Gate: submission and the journal")
struct GateSubmissionTests {
  @Test("a passing prompt on a completed source makes exactly one POST with the prompt exactly as given")
  func submitsExactlyOnce() async throws {
    try await GateHarness.run { harness in
      let report = await harness.gate().remix(source: "video_completed", prompt: TestPrompts.passing)
      guard case .submitted(let jobID, let reconciled) = report.decision else {
        Issue.record("expected submitted, got \(report.decision)")
        return
      }
      #expect(!reconciled)
      #expect(report.job?.value.id == jobID)
      #expect(report.job?.value.remixedFromVideoID == "video_completed")
      #expect(report.job?.rawBodyText.contains(jobID) == true)
      let posts = await harness.requests(.remix)
      #expect(posts.count == 1)
      #expect(posts.first?.prompt == TestPrompts.passing)
      #expect(posts.first?.path == "/v1/videos/video_completed/remix")
      let requests = await harness.sandbox.requests()
      #expect(requests.map(\.method) == ["GET", "POST"])
      let entries = try await SubmissionJournal(path: harness.journalPath).readEntries()
      #expect(entries.map(\.kind) == [.intent, .submitted])
      #expect(entries.allSatisfy { $0.entryID == report.entryID && $0.source == "video_completed" })
      #expect(entries[0].promptSHA256 == SHA256.hexDigest(of: TestPrompts.passing))
      #expect(entries[0].force == false)
      #expect(entries[1].jobID == jobID)
      #expect(!harness.journalText().contains("café"))
    }
  }

  @Test("the journal folder is created 0700 and the file 0600")
  func journalPermissions() async throws {
    try await GateHarness.run { harness in
      _ = await harness.gate().remix(source: "video_completed", prompt: TestPrompts.passing)
      let manager = FileManager.default
      let fileMode = try manager.attributesOfItem(atPath: harness.journalPath)[.posixPermissions] as? Int
      let folder = (harness.journalPath as NSString).deletingLastPathComponent
      let folderMode = try manager.attributesOfItem(atPath: folder)[.posixPermissions] as? Int
      let parentMode =
        try manager.attributesOfItem(atPath: (folder as NSString).deletingLastPathComponent)[
          .posixPermissions] as? Int
      #expect(fileMode == 0o600)
      #expect(folderMode == 0o700)
      #expect(parentMode == 0o700)
    }
  }

  @Test("a re-run with the same source and prompt is refused as a duplicate naming the job; --force submits again")
  func duplicateThenForce() async throws {
    try await GateHarness.run { harness in
      let gate = harness.gate()
      let first = await gate.remix(source: "video_completed", prompt: TestPrompts.passing)
      let jobID = try #require(first.jobID)
      let second = await gate.remix(source: "video_completed", prompt: TestPrompts.passing)
      guard case .duplicate(let named, let entryID, let reconciled) = second.decision else {
        Issue.record("expected duplicate, got \(second.decision)")
        return
      }
      #expect(named == jobID)
      #expect(entryID == first.entryID)
      #expect(!reconciled)
      #expect(second.reason.contains(jobID))
      #expect(second.reason.contains("--force"))
      #expect(await harness.requests(.remix).count == 1)

      let dryRun = await gate.remix(source: "video_completed", prompt: TestPrompts.passing, dryRun: true)
      guard case .duplicate(let dryNamed, _, _) = dryRun.decision else {
        Issue.record("expected a dry-run duplicate, got \(dryRun.decision)")
        return
      }
      #expect(dryNamed == jobID)

      let other = await gate.remix(source: "video_completed", prompt: TestPrompts.other)
      guard case .submitted = other.decision else {
        Issue.record("another prompt is not a duplicate, got \(other.decision)")
        return
      }

      let forced = await gate.remix(source: "video_completed", prompt: TestPrompts.passing, force: true)
      guard case .submitted(let newJob, _) = forced.decision else {
        Issue.record("expected submitted with force, got \(forced.decision)")
        return
      }
      #expect(newJob != jobID)
      #expect(await harness.requests(.remix).count == 3)
      let intents = try await SubmissionJournal(path: harness.journalPath).readEntries().filter { $0.kind == .intent }
      #expect(intents.map(\.force) == [false, false, true])

      let afterForce = await gate.remix(source: "video_completed", prompt: TestPrompts.passing)
      guard case .duplicate(let latest, _, _) = afterForce.decision else {
        Issue.record("expected duplicate after force, got \(afterForce.decision)")
        return
      }
      #expect(latest == newJob)
    }
  }

  @Test("a refused POST is recorded as rejected and does not block a re-run")
  func rejectedDoesNotBlock() async throws {
    try await GateHarness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.error422, endpoint: .remix, count: 1)])
      let gate = harness.gate()
      let first = await gate.remix(source: "video_completed", prompt: TestPrompts.passing)
      guard case .rejected(let error) = first.decision else {
        Issue.record("expected rejected, got \(first.decision)")
        return
      }
      #expect(error.statusCode == 422)
      let second = await gate.remix(source: "video_completed", prompt: TestPrompts.passing)
      guard case .submitted = second.decision else {
        Issue.record("expected submitted after a rejection, got \(second.decision)")
        return
      }
      let kinds = try await harness.journalKinds()
      #expect(kinds == [.intent, .rejected, .intent, .submitted])
      #expect(await harness.requests(.remix).count == 2)
    }
  }

  @Test("a corrupt journal line is reported with its line number and nothing is sent")
  func corruptJournal() async throws {
    try await GateHarness.run { harness in
      let good = JournalEntry(
        kind: .intent, entryID: "rmx_0000000000000001", unixTime: 1_700_000_000, source: "video_other",
        promptSHA256: String(repeating: "a", count: 64), force: false)
      try FileManager.default.createDirectory(
        atPath: (harness.journalPath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try (good.jsonLine + "\n{\"v\":1,\"kind\":\"submitted\",\"entry\n").write(
        toFile: harness.journalPath, atomically: true, encoding: .utf8)
      let report = await harness.gate().remix(source: "video_completed", prompt: TestPrompts.passing)
      guard case .journalFailed(let error) = report.decision else {
        Issue.record("expected journalFailed, got \(report.decision)")
        return
      }
      guard case .corruptLine(let path, let line, _) = error else {
        Issue.record("expected corruptLine, got \(error)")
        return
      }
      #expect(path == harness.journalPath)
      #expect(line == 2)
      #expect(report.reason.contains("\(harness.journalPath):2:"))
      #expect(await harness.requests(.remix).isEmpty)
    }
  }
}
