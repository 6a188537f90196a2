import Foundation
import RemixKit
import Testing
import VideoAPI
import VideoAPISandbox

@Suite("The key never leaks")
struct KeyLeakTests {
  static let wrongKey = "sk-remixkit-WRONG-0d9f8e7c6b5a"

  @Test("no report, error, event or journal line contains the key, across every path")
  func scanEverything() async throws {
    try await GateHarness.run(requestTimeout: .seconds(2)) { harness in
      let events = EventLog()
      let gate = harness.gate(events: events)
      var reports: [RemixReport] = []
      reports.append(await gate.remix(source: "video_completed", prompt: TestPrompts.failing))
      reports.append(await gate.remix(source: "video_failed", prompt: TestPrompts.passing))
      reports.append(await gate.remix(source: "video_completed", prompt: TestPrompts.passing))
      reports.append(await gate.remix(source: "video_completed", prompt: TestPrompts.passing))
      await harness.sandbox.setFaults([
        FaultRule(.acceptThenDelay, count: 1, delaySeconds: 8), FaultRule(.listUnsupported),
      ])
      reports.append(await gate.remix(source: "video_completed", prompt: TestPrompts.other))
      reports.append(await gate.remix(source: "video_completed", prompt: TestPrompts.other))
      await harness.sandbox.setFaults([])

      let wrongClient = try VideoAPIClient(
        configuration: VideoAPIConfiguration(apiKey: Self.wrongKey, baseURL: harness.sandbox.baseURL))
      let refused = await harness.gate(client: wrongClient).remix(source: "video_completed", prompt: TestPrompts.other)
      try await wrongClient.shutdown()
      guard case .sourceLookupFailed(let error) = refused.decision else {
        Issue.record("expected a 401, got \(refused.decision)")
        return
      }
      #expect(error.statusCode == 401)
      reports.append(refused)
      let echoed = await harness.requests(.retrieve).last
      #expect(echoed?.status == 401)

      var texts: [String] = []
      for report in reports {
        texts.append(report.reason)
        var dumped = ""
        dump(report, to: &dumped)
        texts.append(dumped)
        expectNoKey(report)
      }
      let waiter = JobWaiter(client: harness.client, timeout: .seconds(1), clock: VirtualClock().waitClock)
      do throws(WaitError) {
        _ = try await waiter.wait(for: "video_queued")
      } catch {
        texts.append(error.description)
      }
      await harness.sandbox.setFaults([FaultRule(.truncate, endpoint: .content)])
      do throws(VideoAPIError) {
        _ = try await JobDownload.save(client: harness.client, jobID: "video_completed", to: harness.path("x.mp4"))
      } catch {
        texts.append(error.description)
      }
      texts.append(harness.journalText())
      texts += events.all.map { "\($0)" }
      #expect(texts.count > 10)
      #expect(harness.journalText().contains("\"kind\":\"unresolved\""))
      for text in texts {
        #expect(!text.contains(remixTestKey), "the key leaked into: \(text.prefix(200))")
        #expect(!text.contains(Self.wrongKey), "the presented key leaked into: \(text.prefix(200))")
      }
    }
  }
}
