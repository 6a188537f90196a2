import Foundation
import Testing
import VideoAPISandbox

extension RemixEndToEnd {
  @Suite("remix: status, wait and download end to end")
  struct RemixFollowUpTests {
    @Test("status of a completed and of a queued video, as text and JSON")
    func status() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let completed = try await RemixCLI.run(
          ["status", "video_completed", "--base-url", sandbox.baseURL], scratch: scratch)
        #expect(completed.status == 0)
        #expect(completed.stdoutLines.first == "video_completed: completed (100%)")
        #expect(completed.stdout.contains("  completed: "))
        let queued = try await RemixCLI.run(
          ["status", "video_queued", "--format", "json", "--base-url", sandbox.baseURL], scratch: scratch)
        #expect(queued.status == 0)
        let json = try queued.json()
        #expect(json["command"] as? String == "status")
        #expect((json["job"] as? [String: Any])?["status"] as? String == "queued")
        let failed = try await RemixCLI.run(
          ["status", "video_failed", "--base-url", sandbox.baseURL], scratch: scratch)
        #expect(failed.status == 0)
        #expect(failed.stdout.contains("error: moderation_blocked"))
        let missing = try await RemixCLI.run(
          ["status", "video_missing", "--base-url", sandbox.baseURL], scratch: scratch)
        #expect(missing.status == 4)
      }
    }

    @Test("remix --wait --download: submitted, polled to completion, saved intact")
    func remixWaitDownload() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let target = scratch.path("out/remix.mp4")
        let result = try await RemixCLI.run(
          ["remix", "video_completed", RemixCLIPrompts.passing, "--wait", "--download", target, "--format", "json"]
            + remoteArguments(sandbox, scratch), scratch: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        let json = try result.json()
        let jobID = try #require(json["jobId"] as? String)
        #expect((json["job"] as? [String: Any])?["status"] as? String == "completed")
        let wait = try #require(json["wait"] as? [String: Any])
        #expect(wait["status"] as? String == "completed")
        #expect(wait["timedOut"] as? Bool == false)
        #expect((json["download"] as? [String: Any])?["path"] as? String == target)
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: target)))
        #expect(bytes == SampleContent.bytes(for: jobID, variant: "video"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("out")) == ["remix.mp4"])
        #expect(result.stderr.contains("job \(jobID): completed 100%"))
      }
    }

    @Test("wait --download saves the job after polling it; download --output saves a variant")
    func waitThenDownload() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let submitted = try await RemixCLI.run(
          ["remix", "video_completed", RemixCLIPrompts.other, "--format", "json"] + remoteArguments(sandbox, scratch),
          scratch: scratch)
        let jobID = try #require(try submitted.json()["jobId"] as? String)
        let target = scratch.path("waited.mp4")
        let waited = try await RemixCLI.run(
          ["wait", jobID, "--download", target, "--base-url", sandbox.baseURL], scratch: scratch)
        #expect(waited.status == 0, "\(waited.stderr)")
        #expect(waited.stdout.contains("job \(jobID): completed (100%)"))
        #expect(waited.stdout.contains("saved \(jobID) to \(target) (196608 bytes, video/mp4)"))
        #expect(
          try [UInt8](Data(contentsOf: URL(fileURLWithPath: target)))
            == SampleContent.bytes(for: jobID, variant: "video")
        )

        await sandbox.setFaults([FaultRule(.redirect, endpoint: .content)])
        let thumbnail = scratch.path("thumb.webp")
        let downloaded = try await RemixCLI.run(
          [
            "download", "video_completed", "--output", thumbnail, "--variant", "thumbnail", "--base-url",
            sandbox.baseURL,
          ],
          scratch: scratch)
        #expect(downloaded.status == 0, "\(downloaded.stderr)")
        #expect(
          try [UInt8](Data(contentsOf: URL(fileURLWithPath: thumbnail)))
            == SampleContent.bytes(for: "video_completed", variant: "thumbnail"))
        #expect(await sandbox.requests(to: .storage).allSatisfy { !$0.hasAuthorization })
      }
    }

    @Test("a truncated download exits 4 and leaves nothing behind")
    func truncatedDownload() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        await sandbox.setFaults([FaultRule(.truncate, endpoint: .content)])
        let result = try await RemixCLI.run(
          ["download", "video_completed", "-o", scratch.path("dl/x.mp4"), "--base-url", sandbox.baseURL],
          scratch: scratch)
        #expect(result.status == 4)
        #expect(result.stderr.contains("nothing was saved"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("dl")).isEmpty)
      }
    }

    @Test("wait times out with exit 4, naming the job so that it can be resumed")
    func waitTimeout() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let result = try await RemixCLI.run(
          ["wait", "video_queued", "--timeout", "0.5", "--format", "json", "--base-url", sandbox.baseURL],
          scratch: scratch)
        #expect(result.status == 4)
        #expect(result.stderrLines.last?.contains("timed out after") == true)
        #expect(result.stderrLines.last?.contains("remixlint wait video_queued") == true)
        let json = try result.json()
        #expect((json["wait"] as? [String: Any])?["timedOut"] as? Bool == true)
        #expect((json["job"] as? [String: Any])?["status"] as? String == "queued")
      }
    }

    @Test("Ctrl-C while waiting stops cleanly with exit 130 and names the job")
    func interruptWait() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let binary = try #require(RemixCLI.binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["wait", "video_queued", "--timeout", "60", "--base-url", sandbox.baseURL]
        process.environment = ["COMETAPI_KEY": remixCLIKey, "HOME": scratch.path("home")]
        let errPath = scratch.path("interrupt.err")
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
          process.terminationHandler = { continuation.resume(returning: $0.terminationStatus) }
          do {
            try process.run()
          } catch {
            process.terminationHandler = nil
            continuation.resume(throwing: error)
            return
          }
          Task {
            while await sandbox.requests(to: .retrieve).isEmpty { try? await Task.sleep(for: .milliseconds(20)) }
            process.interrupt()
          }
        }
        try err.close()
        let stderr = try String(contentsOfFile: errPath, encoding: .utf8)
        #expect(status == 130)
        #expect(stderr.contains("remixlint wait video_queued"))
        #expect(!stderr.contains(remixCLIKey))
      }
    }
  }
}
