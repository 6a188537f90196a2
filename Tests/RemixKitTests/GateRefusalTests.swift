import Foundation
import RemixKit
import Testing
import VideoAPI
import VideoAPISandbox

@Suite("Gate: refusals before any POST")
struct GateRefusalTests {
  @Test("a failing prompt makes no request at all and writes no journal")
  func failingPromptMakesNoRequest() async throws {
    try await GateHarness.run { harness in
      let report = await harness.gate().remix(source: "video_completed", prompt: TestPrompts.failing)
      guard case .lintFailed = report.decision else {
        Issue.record("expected lintFailed, got \(report.decision)")
        return
      }
      #expect(!report.lintPassed)
      #expect(report.lint.findings.contains { $0.severity == .error && $0.rule == "vague-lighting" })
      #expect(report.reason.contains("failed lint"))
      #expect(report.source == nil)
      #expect(await harness.sandbox.requests().isEmpty)
      #expect(!harness.journalExists)
    }
  }

  @Test("with strict, a warning is enough to stop before the network")
  func strictWarningStops() async throws {
    try await GateHarness.run { harness in
      let prompt = TestPrompts.warningOnly
      let lint = GateHarness.linter.lint(prompt)
      try #require(lint.findings.contains { $0.severity == .warning } && lint.passed(strict: false))
      let strict = await harness.gate(strict: true).remix(source: "video_completed", prompt: prompt)
      guard case .lintFailed = strict.decision else {
        Issue.record("expected lintFailed with strict, got \(strict.decision)")
        return
      }
      #expect(await harness.sandbox.requests().isEmpty)
      let lenient = await harness.gate().remix(source: "video_completed", prompt: prompt, dryRun: true)
      guard case .wouldSubmit = lenient.decision else {
        Issue.record("without strict a warning does not stop it, got \(lenient.decision)")
        return
      }
    }
  }

  @Test("an invalid video id or an empty prompt makes no request", arguments: ["../x", "", "video id", "a/b"])
  func invalidInputMakesNoRequest(id: String) async throws {
    try await GateHarness.run { harness in
      let report = await harness.gate().remix(source: id, prompt: TestPrompts.passing)
      guard case .invalidInput(let problem) = report.decision else {
        Issue.record("expected invalidInput, got \(report.decision)")
        return
      }
      #expect(problem.contains("invalid video id"))
      #expect(await harness.sandbox.requests().isEmpty)
      #expect(!harness.journalExists)
    }
  }

  @Test(
    "a queued or in-progress source gets one GET, no POST, and the status in the refusal",
    arguments: [("video_queued", VideoStatus.queued, 0), ("video_in_progress", .inProgress, 42)])
  func sourceNotReady(id: String, status: VideoStatus, progress: Int) async throws {
    try await GateHarness.run { harness in
      let report = await harness.gate().remix(source: id, prompt: TestPrompts.passing)
      guard case .sourceNotReady(let seen, let seenProgress) = report.decision else {
        Issue.record("expected sourceNotReady, got \(report.decision)")
        return
      }
      #expect(seen == status)
      #expect(seenProgress == progress)
      #expect(report.reason.contains("\(status.rawValue) (\(progress)%)"))
      #expect(report.source?.value.id == id)
      #expect(await harness.requests(.retrieve).count == 1)
      #expect(await harness.requests(.remix).isEmpty)
      #expect(await harness.sandbox.requests().count == 1)
      #expect(!harness.journalExists)
    }
  }

  @Test(
    "a failed, expired or canceled source is refused with the reason, no POST",
    arguments: [
      ("video_failed", "moderation_blocked: Your request was blocked by our moderation system."),
      ("video_expired", "is expired"), ("video_canceled", "is canceled"),
    ])
  func sourceUnusable(id: String, expectedText: String) async throws {
    try await GateHarness.run { harness in
      let report = await harness.gate().remix(source: id, prompt: TestPrompts.passing)
      guard case .sourceUnusable(let status, let error) = report.decision else {
        Issue.record("expected sourceUnusable, got \(report.decision)")
        return
      }
      #expect(status.isTerminal && status != .completed)
      if id == "video_failed" { #expect(error?.code == "moderation_blocked") }
      #expect(report.reason.contains(expectedText))
      #expect(await harness.requests(.remix).isEmpty)
      #expect(!harness.journalExists)
    }
  }

  @Test(
    "a 429 or 503 on the source GET is retried and the remix goes on",
    arguments: [FaultKind.rateLimit, .error503])
  func transientSourceErrorRecovers(kind: FaultKind) async throws {
    try await GateHarness.run { harness in
      await harness.sandbox.setFaults([FaultRule(kind, endpoint: .retrieve, count: 1, retryAfterMilliseconds: 10)])
      let report = await harness.gate().remix(source: "video_completed", prompt: TestPrompts.passing)
      guard case .submitted = report.decision else {
        Issue.record("expected submitted, got \(report.decision)")
        return
      }
      let gets = await harness.requests(.retrieve)
      #expect(gets.count == 2)
      #expect(gets.first?.fault == kind.rawValue)
      #expect(report.source?.attempts == 2)
      #expect(await harness.requests(.remix).count == 1)
    }
  }

  @Test("a source that cannot be read is an error, and nothing is sent")
  func sourceLookupFails() async throws {
    try await GateHarness.run { harness in
      let report = await harness.gate().remix(source: "video_missing", prompt: TestPrompts.passing)
      guard case .sourceLookupFailed(let error) = report.decision else {
        Issue.record("expected sourceLookupFailed, got \(report.decision)")
        return
      }
      #expect(error.statusCode == 404)
      #expect(await harness.requests(.remix).isEmpty)
      #expect(!harness.journalExists)
    }
  }

  @Test("a dry run makes only GET requests, writes no journal, and says it would submit")
  func dryRunOnlyGets() async throws {
    try await GateHarness.run { harness in
      let report = await harness.gate().remix(source: "video_completed", prompt: TestPrompts.passing, dryRun: true)
      guard case .wouldSubmit = report.decision else {
        Issue.record("expected wouldSubmit, got \(report.decision)")
        return
      }
      #expect(report.reason.contains("nothing was sent"))
      let requests = await harness.sandbox.requests()
      #expect(!requests.isEmpty)
      #expect(requests.allSatisfy { $0.method == "GET" })
      #expect(!harness.journalExists)
    }
  }
}
