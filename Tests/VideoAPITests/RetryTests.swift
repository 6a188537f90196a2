import Testing
import VideoAPI
import VideoAPISandbox

@Suite("GET retries")
struct RetryTests {
  @Test("429 with retry-after-ms, then success: one retry after the requested 100 ms")
  func rateLimitThenSuccess() async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.rateLimit, endpoint: .retrieve, count: 1)])
      let response = try await harness.client.retrieve(id: "video_completed")
      #expect(response.value.status == .completed)
      #expect(response.attempts == 2)
      #expect(await harness.sleeps.delays == [.milliseconds(100)])
      let requests = await harness.requests(.retrieve)
      #expect(requests.map(\.status) == [429, 200])
    }
  }

  @Test("429 with Retry-After in seconds only: the client waits exactly that long")
  func retryAfterSeconds() async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([
        FaultRule(.rateLimit, endpoint: .retrieve, count: 1, retryAfterSeconds: 2, retryAfterMilliseconds: -1)
      ])
      _ = try await harness.client.retrieve(id: "video_completed")
      #expect(await harness.sleeps.delays == [.seconds(2)])
    }
  }

  @Test("Retry-After over 120 s: no retry, the 429 is surfaced at once")
  func retryAfterTooLong() async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.rateLimitLong, endpoint: .retrieve)])
      let error = await expectAPIError { try await harness.client.retrieve(id: "video_completed") }
      guard case .http(let failure) = error else {
        Issue.record("expected an HTTP error, got \(String(describing: error))")
        return
      }
      #expect(failure.status == 429)
      #expect(failure.retryAfter == .seconds(300))
      #expect(failure.apiError?.code == "rate_limit_exceeded")
      #expect(failure.description.contains("retry after 300 s, more than the 120 s allowed"))
      #expect(await harness.sleeps.delays.isEmpty)
      #expect(await harness.requests(.retrieve).count == 1)
    }
  }

  @Test("503, then success, with exponential backoff and jitter")
  func serviceUnavailableThenSuccess() async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.error503, endpoint: .retrieve, count: 2)])
      let response = try await harness.client.retrieve(id: "video_queued")
      #expect(response.value.status == .queued)
      #expect(response.attempts == 3)
      let delays = await harness.sleeps.delays
      #expect(delays.count == 2)
      #expect(delays[0] > .microseconds(7_400) && delays[0] <= .milliseconds(10))
      #expect(delays[1] > .microseconds(14_900) && delays[1] <= .milliseconds(20))
    }
  }

  @Test(
    "524 (HTML) and 502 (HTML) and 500 (JSON) are retried", arguments: [FaultKind.error524, .error502HTML, .error500])
  func gatewayErrorsRetried(kind: FaultKind) async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(kind, endpoint: .any, count: 1)])
      let page = try await harness.client.list(limit: 3, order: .desc)
      #expect(page.value.data.count == 3)
      #expect(await harness.requests(.list).count == 2)
    }
  }

  @Test("a dropped connection and a slow answer (timeout) are retried")
  func transportFailuresRetried() async throws {
    try await Harness.run(requestTimeout: .milliseconds(600)) { harness in
      await harness.sandbox.setFaults([
        FaultRule(.drop, endpoint: .retrieve, count: 1),
        FaultRule(.slow, endpoint: .retrieve, count: 1, delaySeconds: 3),
      ])
      let response = try await harness.client.retrieve(id: "video_completed")
      #expect(response.attempts == 3)
      let requests = await harness.requests(.retrieve)
      #expect(requests.map(\.fault) == ["drop", "slow", nil])
    }
  }

  @Test("retries stop after the configured number and the last error is surfaced")
  func retriesExhausted() async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.error502HTML, endpoint: .retrieve)])
      let error = await expectAPIError { try await harness.client.retrieve(id: "video_completed") }
      #expect(error?.statusCode == 502)
      let text = error?.description ?? ""
      #expect(text.hasPrefix("HTTP 502 with an HTML body (502 Bad Gateway) from GET /v1/videos/video_completed"))
      #expect(text.contains("(after 3 attempts)"))
      #expect(!text.contains("<html") && !text.contains("nginx"))
      #expect(await harness.requests(.retrieve).count == 3)
    }
  }

  @Test("maximumRetries 0 means a single attempt")
  func noRetries() async throws {
    try await Harness.run(maximumRetries: 0) { harness in
      await harness.sandbox.setFaults([FaultRule(.error503, endpoint: .retrieve, count: 1)])
      let error = await expectAPIError { try await harness.client.retrieve(id: "video_completed") }
      #expect(error?.statusCode == 503)
      #expect(await harness.requests(.retrieve).count == 1)
    }
  }

  @Test("400, 401, 404, 410, 422 and CometAPI's 500 invalid_request are not retried")
  func permanentErrorsNotRetried() async throws {
    try await Harness.run { harness in
      let client = harness.client
      let cases: [(Int, SandboxEndpoint, () async throws -> Any)] = [
        (400, .content, { try await client.download(id: "video_queued", to: harness.path("q.mp4")) }),
        (404, .retrieve, { try await client.retrieve(id: "video_missing") }),
        (410, .content, { try await client.download(id: "video_expired", to: harness.path("e.mp4")) }),
        (
          422, .retrieve,
          {
            await harness.sandbox.setFaults([FaultRule(.error422, endpoint: .retrieve)])
            return try await client.retrieve(id: "video_completed")
          }
        ),
        (
          500, .list,
          {
            await harness.sandbox.setFaults([FaultRule(.error500InvalidRequest, endpoint: .list)])
            return try await client.list()
          }
        ),
      ]
      for (status, endpoint, call) in cases {
        await harness.sandbox.clearRequests()
        let error = await expectAPIError { try await call() }
        #expect(error?.statusCode == status)
        #expect(await harness.requests(endpoint).count == 1, "HTTP \(status) was retried")
      }
      #expect(await harness.sleeps.delays.isEmpty)
      #expect(harness.directoryContents().isEmpty)
    }
  }

  @Test("401 for a wrong key is not retried and names neither key")
  func unauthorizedNotRetried() async throws {
    try await Harness.run(clientKey: "sk-wrong-key-123") { harness in
      let error = await expectAPIError { try await harness.client.retrieve(id: "video_completed") }
      #expect(error?.statusCode == 401)
      #expect(error?.description.contains("the API key was refused") == true)
      #expect(error?.description.contains("sk-wrong-key-123") == false)
      #expect(await harness.requests(.retrieve).count == 1)
    }
  }
}
