import Foundation
import Testing
import VideoAPI
import VideoAPISandbox

@Suite("Sandbox")
struct SandboxTests {
  @Test(
    "seeded videos cover every status",
    arguments: [
      ("video_completed", VideoStatus.completed), ("video_queued", .queued), ("video_in_progress", .inProgress),
      ("video_failed", .failed), ("video_expired", .expired), ("video_canceled", .canceled),
    ])
  func seeds(id: String, status: VideoStatus) async throws {
    try await Harness.run { harness in
      let response = try await harness.client.retrieve(id: id)
      #expect(response.value.status == status)
      #expect(response.value.seconds == "4")
      #expect(response.value.size == "720x1280")
      #expect(response.rawBodyText.contains("\"id\":\"\(id)\""))
      if status == .failed {
        #expect(
          response.value.error
            == VideoJobError(
              code: "moderation_blocked", message: "Your request was blocked by our moderation system."))
      }
    }
  }

  @Test("time-based progression: not done at first, completed once the time has passed")
  func timeProgression() async throws {
    let configuration = SandboxConfiguration(apiKey: testKey, progression: .afterSeconds(1.2))
    try await Harness.run(sandbox: configuration) { harness in
      let job = try await harness.client.remix(id: "video_completed", prompt: "time").value
      #expect(job.status == .queued)
      let early = try await harness.client.retrieve(id: job.id).value
      #expect(!early.status.isTerminal)
      #expect(early.progress < 100)
      try await Task.sleep(for: .milliseconds(1300))
      let done = try await harness.client.retrieve(id: job.id).value
      #expect(done.status == .completed)
      #expect(done.expiresAt != nil)
    }
  }

  @Test("listing pages with after, has_more and both orders")
  func listing() async throws {
    try await Harness.run { harness in
      let first = try await harness.client.list(limit: 4, order: .desc).value
      #expect(first.data.map(\.id) == ["video_canceled", "video_expired", "video_failed", "video_in_progress"])
      #expect(first.hasMore)
      let second = try await harness.client.list(limit: 4, order: .desc, after: first.lastID).value
      #expect(second.data.map(\.id) == ["video_queued", "video_completed"])
      #expect(!second.hasMore)
      let ascending = try await harness.client.list(order: .asc).value
      #expect(ascending.data.first?.id == "video_completed")
      #expect(
        await harness.requests(.list).map(\.query) == [
          "limit=4&order=desc", "limit=4&order=desc&after=video_in_progress", "order=asc",
        ])
    }
  }

  @Test("control endpoints over HTTP: faults, requests, reset, health")
  func controlEndpoints() async throws {
    let sandbox = try await Sandbox.start(SandboxConfiguration(apiKey: testKey))
    do {
      let port = sandbox.port
      let health = try await RawHTTP.exchange(port: port, path: "/__sandbox/health")
      #expect(health.status == 200 && health.text.contains("\"storagePort\":\(sandbox.storagePort)"))
      let set = try await RawHTTP.exchange(
        port: port, method: "POST", path: "/__sandbox/faults",
        body: #"{"faults":[{"name":"error-503","endpoint":"retrieve","count":1},"drop:remix:2"]}"#)
      #expect(set.status == 200)
      #expect(
        await sandbox.faults() == [
          FaultRule(.error503, endpoint: .retrieve, count: 1), FaultRule(.drop, endpoint: .remix, count: 2),
        ])
      let auth = ["Authorization": "Bearer \(testKey)"]
      let failed = try await RawHTTP.exchange(port: port, path: "/v1/videos/video_completed", headers: auth)
      #expect(failed.status == 503)
      let ok = try await RawHTTP.exchange(port: port, path: "/v1/videos/video_completed", headers: auth)
      #expect(ok.status == 200 && ok.headers["openai-poll-after-ms"] == "1000")
      let log = try await RawHTTP.exchange(port: port, path: "/__sandbox/requests")
      let records = try JSONDecoder().decode([RecordedRequest].self, from: Data(log.body))
      #expect(records.map(\.status) == [503, 200])
      #expect(records.first?.fault == "error-503")
      #expect(records.first?.header("authorization") == "Bearer \(testKey)")
      let bad = try await RawHTTP.exchange(port: port, method: "POST", path: "/__sandbox/faults", body: "[\"nope\"]")
      #expect(bad.status == 400)
      let reset = try await RawHTTP.exchange(port: port, method: "POST", path: "/__sandbox/reset")
      #expect(reset.status == 200)
      #expect(await sandbox.requests().isEmpty)
      #expect(await sandbox.faults().isEmpty)
    } catch {
      await sandbox.stop()
      throw error
    }
    await sandbox.stop()
  }

  @Test("the storage origin refuses Authorization, serves signed URLs, and is recorded")
  func storageOrigin() async throws {
    let sandbox = try await Sandbox.start(SandboxConfiguration(apiKey: testKey))
    let path = "/storage/video_completed/spritesheet?sig=sandbox"
    let withKey = try await RawHTTP.exchange(
      port: sandbox.storagePort, path: path, headers: ["Authorization": "Bearer x"])
    let plain = try await RawHTTP.exchange(port: sandbox.storagePort, path: path)
    let unsigned = try await RawHTTP.exchange(port: sandbox.storagePort, path: "/storage/video_completed/video")
    let records = await sandbox.requests(to: .storage)
    await sandbox.stop()
    #expect(withKey.status == 400 && withKey.text.contains("Only one auth mechanism allowed"))
    #expect(plain.status == 200 && plain.headers["content-type"] == "image/jpeg")
    #expect(plain.body == SampleContent.bytes(for: "video_completed", variant: "spritesheet"))
    #expect(unsigned.status == 403)
    #expect(records.map(\.hasAuthorization) == [true, false, false])
  }

  @Test("truncation on the wire: full Content-Length announced, half sent, then closed")
  func truncationOnTheWire() async throws {
    let sandbox = try await Sandbox.start(SandboxConfiguration(apiKey: testKey, faults: [FaultRule(.truncate)]))
    let response = try await RawHTTP.exchange(
      port: sandbox.port, path: "/v1/videos/video_completed/content", headers: ["Authorization": "Bearer \(testKey)"])
    await sandbox.stop()
    let full = SampleContent.bytes(for: "video_completed", variant: "video")
    #expect(response.headers["content-length"] == String(full.count))
    #expect(response.body.count == full.count / 2)
    #expect(response.body == Array(full.prefix(full.count / 2)))
  }

  @Test("fault specs parse as NAME[:ENDPOINT[:COUNT]]")
  func faultSpecs() {
    #expect(FaultRule(spec: "drop") == FaultRule(.drop, endpoint: .any))
    #expect(FaultRule(spec: "redirect") == FaultRule(.redirect, endpoint: .content))
    #expect(FaultRule(spec: "error-503:retrieve:2") == FaultRule(.error503, endpoint: .retrieve, count: 2))
    #expect(FaultRule(spec: "rate-limit::1") == FaultRule(.rateLimit, endpoint: .any, count: 1))
    #expect(FaultRule(spec: "slow:list:always", delaySeconds: 1)?.delaySeconds == 1)
    #expect(FaultRule(spec: "nope") == nil)
    #expect(FaultRule(spec: "drop:nowhere") == nil)
    #expect(FaultRule(spec: "drop:any:0") == nil)
    #expect(FaultRule(spec: "drop:any:1:2") == nil)
    #expect(FaultRule(spec: "error-500:any:always:html") == FaultRule(.error500, endpoint: .any, body: .html))
    #expect(FaultRule(spec: "error-524:content:1:json")?.description == "error-524:content:1:json")
  }

  @Test("the sandbox refuses non-loopback hosts")
  func loopbackOnly() async {
    await #expect(throws: SandboxError.self) {
      try await Sandbox.start(SandboxConfiguration(host: "0.0.0.0"))
    }
  }
}
