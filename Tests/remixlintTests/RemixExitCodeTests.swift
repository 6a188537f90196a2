import Foundation
import Testing
import VideoAPISandbox

extension RemixEndToEnd {
  @Suite("remix: exit codes end to end")
  struct RemixExitCodeTests {
    @Test("0: a passing prompt on a completed source is submitted once, exactly as given")
    func submitted() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let result = try await RemixCLI.run(
          ["remix", "video_completed", RemixCLIPrompts.passing] + remoteArguments(sandbox, scratch), scratch: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("source video_completed: completed (100%)"))
        #expect(result.stdout.contains("submitted as job video_"))
        #expect(result.stderr.isEmpty)
        let posts = await sandbox.requests(to: .remix)
        #expect(posts.count == 1)
        #expect(posts.first?.prompt == RemixCLIPrompts.passing)
        #expect(posts.first?.header("authorization") == "Bearer \(remixCLIKey)")
        let journal = try String(contentsOfFile: scratch.journal, encoding: .utf8)
        #expect(journal.contains("\"kind\":\"intent\""))
        #expect(journal.contains("\"kind\":\"submitted\""))
        #expect(!journal.contains(remixCLIKey))
        let mode = try FileManager.default.attributesOfItem(atPath: scratch.journal)[.posixPermissions] as? Int
        #expect(mode == 0o600)
      }
    }

    @Test("1: a failing prompt is reported and nothing is sent")
    func lintFailure() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let result = try await RemixCLI.run(
          ["remix", "video_completed", RemixCLIPrompts.failing] + remoteArguments(sandbox, scratch), scratch: scratch)
        #expect(result.status == 1)
        #expect(result.stdout.contains("<arg>:1:"))
        #expect(result.stdout.contains("[vague-lighting]"))
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.hasPrefix("remixlint: error: the prompt failed lint ("))
        #expect(result.stderr.contains("nothing was sent"))
        #expect(await sandbox.requests().isEmpty)
        #expect(!FileManager.default.fileExists(atPath: scratch.journal))
      }
    }

    @Test("2: a missing COMETAPI_KEY, with a clear message and no request")
    func missingKey() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        for arguments in [
          ["remix", "video_completed", RemixCLIPrompts.passing, "--dry-run"], ["status", "video_completed"],
          ["wait", "video_completed"], ["download", "video_completed", "--output", scratch.path("x.mp4")],
        ] {
          let result = try await RemixCLI.run(arguments + ["--base-url", sandbox.baseURL], key: nil, scratch: scratch)
          #expect(result.status == 2)
          #expect(result.stderrLines.count == 1)
          #expect(result.stderr.hasPrefix("remixlint: error: COMETAPI_KEY is not set"))
        }
        let empty = try await RemixCLI.run(
          ["status", "video_completed", "--base-url", sandbox.baseURL], key: "", scratch: scratch)
        #expect(empty.status == 2)
        #expect(await sandbox.requests().isEmpty)
      }
    }

    @Test("2: a bad video id is refused before any request", arguments: ["../x", "a/b", "video completed", "%2e%2e"])
    func badVideoID(id: String) async throws {
      try await RemixSandbox.run { sandbox, scratch in
        for arguments in [
          ["remix", id, RemixCLIPrompts.passing, "--journal", scratch.journal], ["status", id], ["wait", id],
          ["download", id, "--output", scratch.path("x.mp4")],
        ] {
          let result = try await RemixCLI.run(arguments + ["--base-url", sandbox.baseURL], scratch: scratch)
          #expect(result.status == 2)
          #expect(result.stderrLines.count == 1)
          #expect(result.stderr.contains("invalid video id"))
        }
        #expect(await sandbox.requests().isEmpty)
      }
    }

    @Test(
      "2: usage errors, one line on stderr and no backtrace",
      arguments: [
        ["remix"], ["remix", "video_completed"], ["remix", "video_completed", "x", "--file", "p.txt"],
        ["remix", "video_completed", "x", "--dry-run", "--wait"], ["remix", "--batch", "b.jsonl", "video_completed"],
        ["remix", "video_completed", "x", "--timeout", "0"], ["remix", "video_completed", "x", "--concurrency", "0"],
        ["remix", "video_completed", "x", "--variant", "gif"], ["download", "video_completed"], ["status"],
      ])
    func usage(arguments: [String]) async throws {
      let scratch = try RemixScratch()
      let result = try await RemixCLI.run(arguments, scratch: scratch)
      #expect(result.status == 2)
      #expect(!result.stderr.isEmpty)
      #expect(!result.stderr.contains("Backtrace"))
    }

    @Test(
      "3: a source that is not completed gets no POST",
      arguments: ["video_queued", "video_in_progress", "video_expired"])
    func sourceNotReady(id: String) async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let result = try await RemixCLI.run(
          ["remix", id, RemixCLIPrompts.passing] + remoteArguments(sandbox, scratch), scratch: scratch)
        #expect(result.status == 3)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderr.contains("source \(id) is "))
        #expect(result.stderr.contains("nothing was sent"))
        #expect(await sandbox.requests(to: .remix).isEmpty)
        #expect(await sandbox.requests().map(\.method) == ["GET"])
      }
    }

    @Test("3: a failed source is refused with its error code and message")
    func failedSource() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let result = try await RemixCLI.run(
          ["remix", "video_failed", RemixCLIPrompts.passing] + remoteArguments(sandbox, scratch), scratch: scratch)
        #expect(result.status == 3)
        #expect(result.stderr.contains("moderation_blocked: Your request was blocked by our moderation system."))
        #expect(await sandbox.requests(to: .remix).isEmpty)
      }
    }

    @Test("4: an API error (a video that does not exist)")
    func apiError() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let result = try await RemixCLI.run(
          ["remix", "video_missing", RemixCLIPrompts.passing] + remoteArguments(sandbox, scratch), scratch: scratch)
        #expect(result.status == 4)
        #expect(result.stderr.contains("HTTP 404"))
        #expect(await sandbox.requests(to: .remix).isEmpty)
      }
    }

    @Test(
      "5: a job that ended failed, expired or canceled, with the reason",
      arguments: [
        ("video_failed", "ended failed: moderation_blocked"), ("video_expired", "ended expired"),
        ("video_canceled", "ended canceled"),
      ])
    func jobEnded(id: String, expected: String) async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let result = try await RemixCLI.run(["wait", id, "--base-url", sandbox.baseURL], scratch: scratch)
        #expect(result.status == 5)
        #expect(result.stderrLines.last?.hasPrefix("remixlint: error: job \(id) \(expected)") == true)
      }
    }

    @Test("6: a re-run of the same source and prompt is refused, naming the job; --force submits again")
    func duplicate() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let arguments = ["remix", "video_completed", RemixCLIPrompts.passing] + remoteArguments(sandbox, scratch)
        let first = try await RemixCLI.run(arguments + ["--format", "json"], scratch: scratch)
        #expect(first.status == 0)
        let jobID = try #require(try first.json()["jobId"] as? String)
        let second = try await RemixCLI.run(arguments, scratch: scratch)
        #expect(second.status == 6)
        #expect(second.stderrLines.count == 1)
        #expect(second.stderr.contains("already submitted"))
        #expect(second.stderr.contains(jobID))
        #expect(second.stderr.contains("--force"))
        #expect(await sandbox.requests(to: .remix).count == 1)
        let forced = try await RemixCLI.run(arguments + ["--force"], scratch: scratch)
        #expect(forced.status == 0)
        #expect(await sandbox.requests(to: .remix).count == 2)
      }
    }

    @Test("6: with no list endpoint, an unknown outcome is recorded (exit 4) and the re-run is refused (exit 6)")
    func doubt() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        await sandbox.setFaults([FaultRule(.acceptThenDrop, count: 1), FaultRule(.listUnsupported)])
        let arguments = ["remix", "video_completed", RemixCLIPrompts.passing] + remoteArguments(sandbox, scratch)
        let first = try await RemixCLI.run(arguments, scratch: scratch)
        #expect(first.status == 4)
        #expect(first.stderr.contains("outcome unknown"))
        let second = try await RemixCLI.run(arguments, scratch: scratch)
        #expect(second.status == 6)
        #expect(second.stderrLines.last?.contains("may have created a job") == true)
        #expect(second.stderrLines.last?.contains("--force") == true)
        #expect(await sandbox.requests(to: .remix).count == 1)
      }
    }

    @Test("two processes sharing a journal submit the same remix exactly once")
    func twoProcesses() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        await sandbox.setFaults([FaultRule(.slow, endpoint: .remix, count: 1, delaySeconds: 1)])
        let arguments = ["remix", "video_completed", RemixCLIPrompts.other] + remoteArguments(sandbox, scratch)
        async let one = RemixCLI.run(arguments, scratch: scratch)
        async let two = RemixCLI.run(arguments, scratch: scratch)
        let results = try await [one, two]
        #expect(results.map(\.status).sorted() == [0, 6])
        #expect(await sandbox.requests(to: .remix).count == 1)
        let refused = try #require(results.first { $0.status == 6 })
        #expect(refused.stderr.contains("already submitted"))
      }
    }

    @Test("--help documents the exit codes and the environment", arguments: ["remix", "status", "wait", "download"])
    func help(command: String) async throws {
      let scratch = try RemixScratch()
      let result = try await RemixCLI.run([command, "--help"], key: nil, scratch: scratch)
      #expect(result.status == 0)
      for text in ["COMETAPI_KEY", "COMETAPI_BASE_URL", "Exit codes", "130", "duplicate"] {
        #expect(result.stdout.contains(text), "\(command) --help lacks \(text)")
      }
    }
  }
}
