import Testing
import VideoAPI
import VideoAPISandbox

@Suite("Error texts")
struct ErrorTextTests {
  @Test("a 401 says the key was refused and redacts the key the service echoed")
  func unauthorizedRedacted() async throws {
    try await Harness.run(sandbox: SandboxConfiguration(apiKey: "sk-the-right-one")) { harness in
      let error = await expectAPIError { try await harness.client.retrieve(id: "video_completed") }
      let text = error?.description ?? ""
      #expect(text.hasPrefix("HTTP 401 Unauthorized from GET /v1/videos/video_completed: the API key was refused"))
      #expect(text.contains("Incorrect API key provided: <redacted>."))
      #expect(text.contains("(request id: req_sbx_1)"))
      #expect(error?.apiError?.code == "invalid_api_key")
      #expect(!text.contains("\n"))
      // The sandbox really did echo the key: the raw log shows what a careless client would have printed.
      let sent = await harness.sandbox.requests().first?.header("authorization")
      #expect(sent == "Bearer \(testKey)")
    }
  }

  @Test("a request id inside a CometAPI message is extracted, and empty code/param become nil")
  func cometRequestID() async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.error500InvalidRequest)])
      let error = await expectAPIError { try await harness.client.retrieve(id: "video_completed") }
      guard case .http(let failure) = error else {
        Issue.record("expected an HTTP error, got \(String(describing: error))")
        return
      }
      #expect(failure.requestID == "req_sbx_1")
      #expect(failure.apiError?.code == "invalid_request")
      #expect(failure.apiError?.param == nil)
      #expect(failure.apiError?.type == "comet_api_error")
      #expect(failure.apiError?.message?.contains("request id") == false)
      #expect(failure.description.contains("(request id: req_sbx_1)"))
    }
  }

  @Test("HTML and wrong-base-URL answers are summarised, never dumped")
  func htmlSummaries() async throws {
    try await Harness.run(maximumRetries: 0) { harness in
      await harness.sandbox.setFaults([FaultRule(.html404, count: 1)])
      let notFound = await expectAPIError { try await harness.client.retrieve(id: "video_completed") }
      #expect(notFound?.description == "HTTP 404 with an HTML body (404 Not Found) from GET /v1/videos/video_completed")
      await harness.sandbox.setFaults([FaultRule(.moved301, count: 1)])
      let moved = await expectAPIError { try await harness.client.retrieve(id: "video_completed") }
      #expect(moved?.statusCode == 301)
      #expect(moved?.description.contains("redirected to \(harness.sandbox.baseURL)/docs/moved") == true)
      #expect(await harness.sandbox.requests().count == 2, "a JSON call must not follow redirects")
    }
  }

  @Test("error statuses switch between JSON and HTML bodies")
  func bodyStyles() async throws {
    try await Harness.run(maximumRetries: 0) { harness in
      await harness.sandbox.setFaults([FaultRule(.error503, count: 1, body: .html)])
      let html = await expectAPIError { try await harness.client.retrieve(id: "video_completed") }
      #expect(html?.description.hasPrefix("HTTP 503 with an HTML body (503 Service Unavailable)") == true)
      await harness.sandbox.setFaults([FaultRule(.error524, count: 1, body: .json)])
      let json = await expectAPIError { try await harness.client.retrieve(id: "video_completed") }
      #expect(json?.apiError?.message == "A timeout occurred")
      #expect(json?.statusCode == 524)
      await harness.sandbox.setFaults([FaultRule(.rateLimitLong, count: 1, body: .html)])
      let limited = await expectAPIError { try await harness.client.retrieve(id: "video_completed") }
      guard case .http(let failure) = limited else {
        Issue.record("expected an HTTP error, got \(String(describing: limited))")
        return
      }
      #expect(failure.retryAfter == .seconds(300))
      #expect(failure.bodySummary == "an HTML body (429 Too Many Requests)")
    }
  }

  @Test("the key appears in no error text produced by any kind of failure")
  func keySweep() async throws {
    try await Harness.run(requestTimeout: .milliseconds(500), maximumRetries: 0) { harness in
      let client = harness.client
      let faults: [FaultRule] = [
        FaultRule(.rateLimit), FaultRule(.rateLimitLong), FaultRule(.error422), FaultRule(.error500),
        FaultRule(.error500InvalidRequest), FaultRule(.error502HTML), FaultRule(.error503), FaultRule(.error524),
        FaultRule(.html404), FaultRule(.moved301), FaultRule(.drop), FaultRule(.slow, delaySeconds: 2),
        FaultRule(.truncate), FaultRule(.redirectLoop), FaultRule(.jsonOnContent), FaultRule(.listUnsupported),
        FaultRule(.acceptThenDrop),
      ]
      var produced = 0
      for fault in faults {
        await harness.sandbox.setFaults([fault])
        let calls: [() async throws -> Any] = [
          { try await client.retrieve(id: "video_completed") },
          { try await client.list(limit: 2) },
          { try await client.remix(id: "video_completed", prompt: "sweep \(testKey)") },
          { try await client.download(id: "video_completed", to: harness.path("sweep.mp4")) },
        ]
        for call in calls {
          do {
            _ = try await call()
          } catch {
            expectKeyAbsent(error)
            produced += 1
          }
        }
      }
      #expect(produced >= faults.count * 2)
      #expect(harness.directoryContents().filter { $0.hasPrefix(".") }.isEmpty)
    }
    let everything = ErrorLedger.shared.all
    #expect(!everything.isEmpty)
    #expect(everything.allSatisfy { !$0.contains(testKey) })
  }

  @Test("error descriptions are one line")
  func oneLine() {
    let samples: [VideoAPIError] = [
      .invalidVideoID("../x"), .invalidPrompt(length: 0), .invalidArgument("limit must be 1 to 100, not 0"),
      .invalidConfiguration("the base URL must not contain credentials"), .cancelled(outcome: .unknown),
      .cancelled(outcome: .notSent),
    ]
    for error in samples {
      #expect(!error.description.contains("\n"))
      #expect(error.outcome == (error == .cancelled(outcome: .unknown) ? .unknown : .notSent))
    }
  }
}
