import Foundation
import Testing
import VideoAPISandbox

extension RemixEndToEnd {
  @Suite("remix: dry run and JSON output")
  struct RemixOutputTests {
    @Test("--dry-run makes only GET requests, writes no journal and says what would happen")
    func dryRun() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let result = try await RemixCLI.run(
          ["remix", "video_completed", RemixCLIPrompts.passing, "--dry-run"] + remoteArguments(sandbox, scratch),
          scratch: scratch)
        #expect(result.status == 0)
        #expect(result.stdout.contains("would submit: video_completed is completed and the prompt passed lint"))
        let requests = await sandbox.requests()
        #expect(!requests.isEmpty)
        #expect(requests.allSatisfy { $0.method == "GET" })
        #expect(!FileManager.default.fileExists(atPath: scratch.journal))
        let queued = try await RemixCLI.run(
          ["remix", "video_queued", RemixCLIPrompts.passing, "--dry-run"] + remoteArguments(sandbox, scratch),
          scratch: scratch)
        #expect(queued.status == 3)
        #expect(await sandbox.requests().allSatisfy { $0.method == "GET" })
      }
    }

    @Test("--format json: the decision, the source and job as returned, the journal entry")
    func jsonSubmitted() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let result = try await RemixCLI.run(
          ["remix", "video_completed", RemixCLIPrompts.passing, "--format", "json"] + remoteArguments(sandbox, scratch),
          scratch: scratch)
        #expect(result.status == 0)
        let json = try result.json()
        #expect(json["version"] as? Int == 1)
        #expect(json["command"] as? String == "remix")
        #expect(json["decision"] as? String == "submitted")
        #expect(json["refusal"] is NSNull)
        #expect(json["exitCode"] as? Int == 0)
        #expect(json["videoId"] as? String == "video_completed")
        #expect(json["lintPassed"] as? Bool == true)
        #expect((json["findings"] as? [Any])?.isEmpty == true)
        let source = try #require(json["source"] as? [String: Any])
        #expect(source["status"] as? String == "completed")
        #expect(source["video_url"] is String, "the source is the API's JSON as returned, unknown keys included")
        let job = try #require(json["job"] as? [String: Any])
        #expect(job["id"] as? String == json["jobId"] as? String)
        #expect(job["remixed_from_video_id"] as? String == "video_completed")
        #expect(job["prompt"] as? String == RemixCLIPrompts.passing)
        let journal = try #require(json["journal"] as? [String: Any])
        #expect(journal["path"] as? String == scratch.journal)
        #expect((journal["entry"] as? String)?.hasPrefix("rmx_") == true)
        #expect(json["wait"] is NSNull)
        #expect(json["error"] is NSNull)
        let hash = try #require(json["promptSHA256"] as? String)
        #expect(try String(contentsOfFile: scratch.journal, encoding: .utf8).contains("\"prompt_sha256\":\"\(hash)\""))
      }
    }

    @Test("--format json of a failing prompt has the same findings as check --format json")
    func jsonFindingsMatchCheck() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let remix = try await RemixCLI.run(
          ["remix", "video_completed", RemixCLIPrompts.failing, "--format", "json"] + remoteArguments(sandbox, scratch),
          scratch: scratch)
        #expect(remix.status == 1)
        let json = try remix.json()
        #expect(json["decision"] as? String == "refused")
        #expect(json["refusal"] as? String == "lint")
        #expect(json["exitCode"] as? Int == 1)
        #expect(json["source"] is NSNull)
        #expect(json["job"] is NSNull)
        let check = try await RemixCLI.run(["check", "--format", "json", RemixCLIPrompts.failing], scratch: scratch)
        let results = try #require(try check.json()["results"] as? [[String: Any]])
        let expected = try #require(results.first?["findings"] as? [[String: Any]])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        #expect(NSArray(array: findings).isEqual(to: expected))
        #expect(await sandbox.requests().isEmpty)
      }
    }

    @Test("--format json of refusals: source not ready, duplicate")
    func jsonRefusals() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let base = ["--format", "json"] + remoteArguments(sandbox, scratch)
        let queued = try await RemixCLI.run(
          ["remix", "video_queued", RemixCLIPrompts.passing] + base, scratch: scratch)
        #expect(queued.status == 3)
        let queuedJSON = try queued.json()
        #expect(queuedJSON["refusal"] as? String == "source-not-ready")
        #expect((queuedJSON["source"] as? [String: Any])?["status"] as? String == "queued")
        #expect((queuedJSON["reason"] as? String)?.contains("not completed") == true)
        _ = try await RemixCLI.run(["remix", "video_completed", RemixCLIPrompts.passing] + base, scratch: scratch)
        let again = try await RemixCLI.run(
          ["remix", "video_completed", RemixCLIPrompts.passing] + base, scratch: scratch)
        #expect(again.status == 6)
        let json = try again.json()
        #expect(json["decision"] as? String == "refused")
        #expect(json["refusal"] as? String == "duplicate")
        #expect(json["exitCode"] as? Int == 6)
        #expect((json["job"] as? [String: Any])?["id"] as? String == json["jobId"] as? String)
      }
    }

    @Test("--file reads the prompt (without the final line break); a .jsonl file is refused as not one prompt")
    func promptFromFile() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let file = try scratch.write("prompt.txt", RemixCLIPrompts.other + "\n")
        let result = try await RemixCLI.run(
          ["remix", "video_completed", "--file", file] + remoteArguments(sandbox, scratch), scratch: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(await sandbox.requests(to: .remix).first?.prompt == RemixCLIPrompts.other)
        let jsonl = try scratch.write("prompts.jsonl", "{\"prompt\": \"Make the sky overcast.\"}\n")
        let refused = try await RemixCLI.run(
          ["remix", "video_completed", "--file", jsonl] + remoteArguments(sandbox, scratch), scratch: scratch)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("use --batch"))
        #expect(await sandbox.requests(to: .remix).count == 1)
      }
    }

    @Test("without --journal the journal is $XDG_STATE_HOME/remixlint/journal.jsonl, in a 0700 folder")
    func defaultJournal() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let state = scratch.path("state")
        let result = try await RemixCLI.run(
          ["remix", "video_completed", RemixCLIPrompts.other, "--base-url", sandbox.baseURL], scratch: scratch,
          environment: ["XDG_STATE_HOME": state])
        #expect(result.status == 0, "\(result.stderr)")
        let journal = state + "/remixlint/journal.jsonl"
        let manager = FileManager.default
        #expect(try manager.attributesOfItem(atPath: journal)[.posixPermissions] as? Int == 0o600)
        #expect(try manager.attributesOfItem(atPath: state + "/remixlint")[.posixPermissions] as? Int == 0o700)
        let again = try await RemixCLI.run(
          ["remix", "video_completed", RemixCLIPrompts.other, "--base-url", sandbox.baseURL], scratch: scratch,
          environment: ["XDG_STATE_HOME": state])
        #expect(again.status == 6)
        let corrupt = try scratch.write("state/remixlint/journal.jsonl", "{\"v\":1}\n")
        let broken = try await RemixCLI.run(
          ["remix", "video_completed", RemixCLIPrompts.other, "--base-url", sandbox.baseURL], scratch: scratch,
          environment: ["XDG_STATE_HOME": state])
        #expect(broken.status == 2)
        #expect(broken.stderrLines.last?.hasPrefix("remixlint: error: \(corrupt):1: corrupt journal entry") == true)
        #expect(await sandbox.requests(to: .remix).count == 1)
      }
    }

    @Test("the base URL may come from COMETAPI_BASE_URL, with a trailing /v1")
    func baseURLFromEnvironment() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let result = try await RemixCLI.run(
          ["status", "video_completed"], scratch: scratch, environment: ["COMETAPI_BASE_URL": sandbox.baseURL + "/v1/"])
        #expect(result.status == 0)
        #expect(result.stdoutLines.first == "video_completed: completed (100%)")
      }
    }

    @Test("a refused key is reported without echoing it")
    func wrongKey() async throws {
      try await RemixSandbox.run(apiKey: "sk-the-right-one") { sandbox, scratch in
        let result = try await RemixCLI.run(
          ["status", "video_completed", "--base-url", sandbox.baseURL], scratch: scratch)
        #expect(result.status == 4)
        #expect(result.stderr.contains("HTTP 401"))
        #expect(result.stderr.contains("the API key was refused"))
        #expect(await sandbox.requests(to: .retrieve).first?.status == 401)
      }
    }
  }
}
