import Foundation
import Testing
import VideoAPISandbox

extension RemixEndToEnd {
  @Suite("remix --batch end to end")
  struct RemixBatchTests {
    static func batch(_ scratch: RemixScratch) throws -> String {
      func line(_ id: String, _ video: String, _ prompt: String) -> String {
        let object: [String: String] = ["id": id, "video_id": video, "prompt": prompt]
        let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data ?? Data(), as: UTF8.self)
      }
      return try scratch.write(
        "batch.jsonl",
        [
          line("ok", "video_completed", RemixCLIPrompts.passing),
          line("bad", "video_completed", RemixCLIPrompts.failing),
          line("notready", "video_queued", RemixCLIPrompts.other),
          line("dup", "video_completed", RemixCLIPrompts.passing),
          line("other", "video_completed", RemixCLIPrompts.other),
        ].joined(separator: "\n") + "\n")
    }

    @Test("lint results come first, then every line in input order; the exit code is the highest")
    func textOrderAndWorst() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let path = try Self.batch(scratch)
        let result = try await RemixCLI.run(
          ["remix", "--batch", path] + remoteArguments(sandbox, scratch), scratch: scratch)
        #expect(result.status == 6)
        let lines = result.stdoutLines
        let summary = try #require(lines.firstIndex { $0.hasPrefix("5 prompts checked: 4 passed, 1 failed") })
        #expect(lines[..<summary].allSatisfy { $0.contains("#bad:") || $0.hasPrefix("    suggestion:") })
        let results = lines[(summary + 1)...].filter { !$0.hasPrefix("batch:") }
        #expect(
          results.map { $0.split(separator: ":").first.map(String.init) ?? "" } == [
            "\(path)#ok", "\(path)#bad", "\(path)#notready", "\(path)#dup", "\(path)#other",
          ])
        #expect(results[0].contains("submitted as job"))
        #expect(results[1].contains("exit 1: the prompt failed lint"))
        #expect(results[2].contains("exit 3: source video_queued is queued"))
        #expect(results[3].contains("exit 6: already submitted"))
        #expect(results[4].contains("submitted as job"))
        #expect(
          lines.last == "batch: 5 lines: 2 submitted, 2 succeeded, 3 did not; exit 6 (the highest code of any line)")
        #expect(result.stderrLines.last == "remixlint: error: 3 of 5 batch lines did not succeed (highest exit code 6)")
        #expect(await sandbox.requests(to: .remix).count == 2)
      }
    }

    @Test("--format json with --concurrency 3: results in input order with their exit codes")
    func jsonConcurrent() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let path = try Self.batch(scratch)
        let result = try await RemixCLI.run(
          ["remix", "--batch", path, "--concurrency", "3", "--format", "json"] + remoteArguments(sandbox, scratch),
          scratch: scratch)
        #expect(result.status == 6)
        let json = try result.json()
        #expect(json["batch"] as? String == path)
        let results = try #require(json["results"] as? [[String: Any]])
        #expect(results.map { $0["id"] as? String } == ["ok", "bad", "notready", "dup", "other"])
        #expect(results.map { $0["line"] as? Int } == [1, 2, 3, 4, 5])
        let codes = results.map { $0["exitCode"] as? Int ?? -1 }
        #expect(codes[1] == 1)
        #expect(codes[2] == 3)
        #expect(codes[4] == 0)
        #expect([codes[0], codes[3]].sorted() == [0, 6], "one of the two identical lines is the duplicate")
        #expect((json["summary"] as? [String: Any])?["exitCode"] as? Int == 6)
        #expect(await sandbox.requests(to: .remix).count == 2)
      }
    }

    @Test("a malformed line stops the batch with exit 2 before any request")
    func malformedLine() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let path = try scratch.write(
          "broken.jsonl",
          "{\"video_id\": \"video_completed\", \"prompt\": \"Make the sky overcast.\"}\n"
            + "{\"prompt\": \"no id\"}\nnot json\n")
        let result = try await RemixCLI.run(
          ["remix", "--batch", path] + remoteArguments(sandbox, scratch), scratch: scratch)
        #expect(result.status == 2)
        #expect(result.stderrLines.count == 2)
        #expect(result.stderrLines[0] == "remixlint: error: \(path):2: missing \"video_id\" (a string)")
        #expect(result.stderrLines[1].hasPrefix("remixlint: error: \(path):3: not valid JSON"))
        #expect(result.stderrLines[1].hasSuffix("(the batch was not run; nothing was sent)"))
        #expect(await sandbox.requests().isEmpty)
      }
    }

    @Test("all lines passing: exit 0, each submitted once, downloads into the folder")
    func allPass() async throws {
      try await RemixSandbox.run { sandbox, scratch in
        let prompts = (1...3).map { "Make the sky overcast, with \($0) storm clouds drifting left." }
        let text = prompts.map { "{\"video_id\": \"video_completed\", \"prompt\": \"\($0)\"}" }.joined(separator: "\n")
        let path = try scratch.write("all.jsonl", text)
        let folder = scratch.path("downloads")
        let result = try await RemixCLI.run(
          ["remix", "--batch", path, "--concurrency", "2", "--download", folder] + remoteArguments(sandbox, scratch),
          scratch: scratch)
        #expect(result.status == 0, "\(result.stderr)")
        let posts = await sandbox.requests(to: .remix)
        #expect(posts.count == 3)
        #expect(Set(posts.compactMap(\.prompt)) == Set(prompts))
        let files = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(files.count == 3)
        #expect(files.allSatisfy { $0.hasPrefix("video_") && $0.hasSuffix(".mp4") })
      }
    }
  }
}
