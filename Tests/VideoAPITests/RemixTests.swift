import Foundation
import Testing
import VideoAPI
import VideoAPISandbox

@Suite("Remix")
struct RemixTests {
  static let prompt = "The same cat, now playing a violin in the rain, slow dolly-in"

  @Test("a remix creates one queued job from the source, sent once as JSON with the key")
  func remixSucceeds() async throws {
    try await Harness.run { harness in
      let response = try await harness.client.remix(id: "video_completed", prompt: Self.prompt)
      let job = response.value
      #expect(job.status == .queued)
      #expect(job.remixedFromVideoID == "video_completed")
      #expect(job.prompt == Self.prompt)
      #expect(job.id.hasPrefix("video_"))
      #expect(response.pollAfter == .milliseconds(250))
      #expect(response.requestID?.hasPrefix("req_sbx_") == true)
      #expect(response.rawBodyText.contains("\"remixed_from_video_id\":\"video_completed\""))
      let posts = await harness.requests(.remix)
      #expect(posts.count == 1)
      #expect(posts.first?.prompt == Self.prompt)
      #expect(posts.first?.header("content-type") == "application/json")
      #expect(posts.first?.header("authorization") == "Bearer \(testKey)")
      #expect(posts.first?.path == "/v1/videos/video_completed/remix")
    }
  }

  @Test("the new job progresses to completed and its video downloads")
  func remixProgresses() async throws {
    try await Harness.run { harness in
      let job = try await harness.client.remix(id: "video_completed", prompt: Self.prompt).value
      let first = try await harness.client.retrieve(id: job.id)
      #expect(first.value.status == .inProgress)
      #expect(first.value.progress == 50)
      #expect(first.pollAfter == .milliseconds(250))
      let second = try await harness.client.retrieve(id: job.id).value
      #expect(second.status == .completed)
      #expect(second.progress == 100)
      #expect(second.completedAt != nil)
      let result = try await harness.client.download(id: job.id, to: harness.path("remix.mp4"))
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: result.path)))
      #expect(bytes == SampleContent.bytes(for: job.id, variant: "video"))
    }
  }

  @Test(
    "500, 502 and 503 on remix: not retried, outcome unknown",
    arguments: [FaultKind.error500, .error502HTML, .error503])
  func serverErrorsNotRetried(kind: FaultKind) async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(kind, endpoint: .remix)])
      let error = await expectAPIError { try await harness.client.remix(id: "video_completed", prompt: Self.prompt) }
      #expect(error?.outcome == .unknown)
      #expect(error?.isOutcomeUnknown == true)
      #expect(error?.description.contains("outcome unknown") == true)
      #expect(await harness.requests(.remix).count == 1)
      #expect(await harness.sleeps.delays.isEmpty)
    }
  }

  @Test("429 on remix: not retried, rejected")
  func rateLimitNotRetried() async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.rateLimit, endpoint: .remix)])
      let error = await expectAPIError { try await harness.client.remix(id: "video_completed", prompt: Self.prompt) }
      #expect(error?.statusCode == 429)
      #expect(error?.outcome == .rejected)
      #expect(await harness.requests(.remix).count == 1)
    }
  }

  @Test("a remix answered after the timeout: one POST, outcome unknown, and the job is found by listing")
  func lateAnswerFoundByListing() async throws {
    try await Harness.run(requestTimeout: .milliseconds(700)) { harness in
      await harness.sandbox.setFaults([FaultRule(.acceptThenDelay, count: 1, delaySeconds: 3)])
      let submittedAt = Int(Date().timeIntervalSince1970) - 5
      let error = await expectAPIError { try await harness.client.remix(id: "video_completed", prompt: Self.prompt) }
      guard case .transport(let failure) = error else {
        Issue.record("expected a transport error, got \(String(describing: error))")
        return
      }
      #expect(failure.kind == .timedOut)
      #expect(failure.outcome == .unknown)
      #expect(failure.description.contains("may have been processed"))
      let found = try await harness.client.findRemix(
        of: "video_completed", prompt: Self.prompt, createdAtOrAfter: submittedAt)
      #expect(found?.remixedFromVideoID == "video_completed")
      #expect(found?.prompt == Self.prompt)
      #expect(await harness.requests(.remix).count == 1)
      let other = try await harness.client.findRemix(of: "video_completed", prompt: "another prompt")
      #expect(other == nil)
    }
  }

  @Test("a remix whose connection drops after the job was created: outcome unknown, found by listing")
  func droppedAfterAcceptFoundByListing() async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.acceptThenDrop, count: 1)])
      let error = await expectAPIError { try await harness.client.remix(id: "video_completed", prompt: Self.prompt) }
      guard case .transport(let failure) = error else {
        Issue.record("expected a transport error, got \(String(describing: error))")
        return
      }
      #expect(failure.kind == .connectionClosed)
      #expect(failure.outcome == .unknown)
      #expect(await harness.requests(.remix).count == 1)
      let found = try await harness.client.findRemix(of: "video_completed", prompt: Self.prompt)
      #expect(found != nil)
      let page = try await harness.client.list(limit: 1, order: .desc).value
      #expect(page.data.first?.id == found?.id)
      #expect(page.hasMore)
    }
  }

  @Test("a connection dropped before processing: one POST, outcome unknown, no job")
  func droppedBeforeProcessing() async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.drop, endpoint: .remix)])
      let error = await expectAPIError { try await harness.client.remix(id: "video_completed", prompt: Self.prompt) }
      #expect(error?.outcome == .unknown)
      #expect(await harness.requests(.remix).count == 1)
      let found = try await harness.client.findRemix(of: "video_completed", prompt: Self.prompt)
      #expect(found == nil)
    }
  }

  @Test("no listener: connection failure, outcome notSent")
  func connectionRefused() async throws {
    // Sandboxes listen on 127.0.0.1 only, so nothing answers on 127.0.0.2 (also loopback).
    let sandbox = try await Sandbox.start(SandboxConfiguration(apiKey: testKey))
    let deadBase = "http://127.0.0.2:\(sandbox.port)"
    await sandbox.stop()
    let client = try VideoAPIClient(
      configuration: VideoAPIConfiguration(
        apiKey: testKey, baseURL: deadBase, connectTimeout: .seconds(1), retryPolicy: .never))
    let error = await expectAPIError { try await client.remix(id: "video_completed", prompt: Self.prompt) }
    guard case .transport(let failure) = error else {
      Issue.record("expected a transport error, got \(String(describing: error))")
      try await client.shutdown()
      return
    }
    #expect(failure.kind == .connectionFailed)
    #expect(failure.outcome == .notSent)
    #expect(failure.description.contains("the request was not sent"))
    try await client.shutdown()
  }

  @Test("refusals (4xx) are rejected, not unknown")
  func refusalsRejected() async throws {
    try await Harness.run { harness in
      let notReady = await expectAPIError { try await harness.client.remix(id: "video_queued", prompt: Self.prompt) }
      #expect(notReady?.statusCode == 400)
      #expect(notReady?.outcome == .rejected)
      #expect(notReady?.apiError?.code == "invalid_video_state")
      let missing = await expectAPIError { try await harness.client.remix(id: "video_nope", prompt: Self.prompt) }
      #expect(missing?.statusCode == 404)
      #expect(missing?.outcome == .rejected)
      #expect(await harness.requests(.remix).count == 2)
    }
  }

  @Test("a remix cancelled while waiting for the answer: cancelled, outcome unknown")
  func cancelledInFlight() async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.acceptThenDelay, count: 1, delaySeconds: 5)])
      let client = harness.client
      let task = Task { try await client.remix(id: "video_completed", prompt: Self.prompt) }
      while await harness.requests(.remix).isEmpty { try await Task.sleep(for: .milliseconds(20)) }
      task.cancel()
      let error = await expectAPIError { try await task.value }
      #expect(error == .cancelled(outcome: .unknown))
      #expect(await harness.requests(.remix).count == 1)
    }
  }

  @Test("the list endpoint missing (404) is a typed error")
  func listUnsupported() async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.listUnsupported)])
      let error = await expectAPIError { try await harness.client.list(limit: 10, order: .desc) }
      guard case .unsupportedEndpoint(let failure) = error else {
        Issue.record("expected unsupportedEndpoint, got \(String(describing: error))")
        return
      }
      #expect(failure.status == 404)
      #expect(error?.description.hasPrefix("the service does not support this endpoint") == true)
      let viaFind = await expectAPIError { try await harness.client.findRemix(of: "video_completed", prompt: "p") }
      guard case .unsupportedEndpoint = viaFind else {
        Issue.record("expected unsupportedEndpoint from findRemix, got \(String(describing: viaFind))")
        return
      }
      #expect(await harness.requests(.list).count == 2)
    }
  }
}
