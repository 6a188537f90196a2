import Foundation
import RemixKit
import Testing

@Suite("Submission journal")
struct JournalTests {
  static let hash = String(repeating: "ab", count: 32)

  private func scratch() throws -> String {
    let path = FileManager.default.temporaryDirectory.path + "/remixkit-journal-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  @Test("every entry kind survives a write and a read")
  func roundTrip() async throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let entries = [
      JournalEntry(
        kind: .intent, entryID: "rmx_1", unixTime: 1_764_083_045, source: "video_a", promptSHA256: Self.hash,
        force: true),
      JournalEntry(
        kind: .submitted, entryID: "rmx_1", unixTime: 1_764_083_046, source: "video_a", jobID: "video_b",
        status: "queued", requestID: "req_1"),
      JournalEntry(
        kind: .unknown, entryID: "rmx_1", unixTime: 1_764_083_047, source: "video_a",
        error: "POST …: timed out \"quoted\"\nnext line", outcome: "unknown"),
      JournalEntry(
        kind: .rejected, entryID: "rmx_1", unixTime: 1_764_083_048, source: "video_a", error: "HTTP 400",
        outcome: "rejected"),
      JournalEntry(
        kind: .reconciled, entryID: "rmx_1", unixTime: 1_764_083_049, source: "video_a", jobID: "video_c",
        status: "in_progress", detail: "found"),
      JournalEntry(kind: .unresolved, entryID: "rmx_1", unixTime: 1_764_083_050, source: "video_a", detail: "no list"),
    ]
    let journal = SubmissionJournal(path: folder + "/journal.jsonl")
    try await journal.withExclusiveAccess { session throws(JournalError) in
      for entry in entries { try session.append(entry) }
    }
    #expect(try await journal.readEntries() == entries)
    let text = try String(contentsOfFile: journal.path, encoding: .utf8)
    #expect(text.split(separator: "\n").count == entries.count)
    #expect(text.hasPrefix("{\"v\":1,\"kind\":\"intent\",\"entry\":\"rmx_1\",\"time\":\"2025-11-25T15:04:05Z\""))
  }

  @Test("a missing journal reads as empty and is not created by reading")
  func missingIsEmpty() async throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let journal = SubmissionJournal(path: folder + "/sub/journal.jsonl")
    #expect(try await journal.readEntries().isEmpty)
    #expect(!FileManager.default.fileExists(atPath: folder + "/sub"))
  }

  @Test(
    "a corrupt line is reported with its line number",
    arguments: [
      ("not json", "not valid JSON"),
      ("[1,2]", "not a JSON object"),
      ("{\"v\":2,\"kind\":\"intent\",\"entry\":\"e\",\"unix\":1,\"source\":\"s\"}", "format version 2"),
      ("{\"v\":1,\"kind\":\"sent\",\"entry\":\"e\",\"unix\":1,\"source\":\"s\"}", "unknown kind \"sent\""),
      ("{\"v\":1,\"kind\":\"submitted\",\"entry\":\"e\",\"unix\":1,\"source\":\"s\"}", "needs \"job\""),
      ("{\"v\":1,\"kind\":\"intent\",\"entry\":\"e\",\"unix\":1,\"source\":\"s\"}", "prompt_sha256"),
      ("{\"v\":1,\"kind\":\"intent\",\"unix\":1,\"source\":\"s\"}", "missing \"entry\""),
    ])
  func corruptLines(line: String, expected: String) async throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let good = JournalEntry(kind: .intent, entryID: "e0", unixTime: 1, source: "s", promptSHA256: Self.hash).jsonLine
    let path = folder + "/journal.jsonl"
    try (good + "\n\n" + line + "\n" + good + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    do {
      _ = try await SubmissionJournal(path: path).readEntries()
      Issue.record("expected a corrupt-line error")
    } catch {
      guard case .corruptLine(let reportedPath, let number, let detail) = error else {
        Issue.record("expected corruptLine, got \(error)")
        return
      }
      #expect(reportedPath == path)
      #expect(number == 3)
      #expect(detail.contains(expected))
      #expect(error.description.hasPrefix("\(path):3: corrupt journal entry"))
    }
  }

  @Test("an append after a last line without a line break starts a new line")
  func appendAfterUnterminatedLine() async throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/journal.jsonl"
    let first = JournalEntry(kind: .intent, entryID: "e1", unixTime: 1, source: "s", promptSHA256: Self.hash)
    try first.jsonLine.write(toFile: path, atomically: true, encoding: .utf8)
    let second = JournalEntry(kind: .submitted, entryID: "e1", unixTime: 2, source: "s", jobID: "video_j")
    let journal = SubmissionJournal(path: path)
    try await journal.withExclusiveAccess { session throws(JournalError) in try session.append(second) }
    #expect(try await journal.readEntries() == [first, second])
  }

  @Test("the history of one source and prompt")
  func history() {
    func entry(
      _ kind: JournalEntry.Kind, _ id: String, source: String = "video_s", hash: String = Self.hash,
      job: String? = nil
    ) -> JournalEntry {
      JournalEntry(
        kind: kind, entryID: id, unixTime: 100, source: source, promptSHA256: kind == .intent ? hash : nil,
        jobID: job, error: kind == .unknown ? "timed out" : nil, detail: kind == .unresolved ? "not listed" : nil)
    }
    let other = String(repeating: "cd", count: 32)
    let entries = [
      entry(.intent, "a"), entry(.rejected, "a"),
      entry(.intent, "b"), entry(.unknown, "b"), entry(.unresolved, "b"),
      entry(.intent, "c"),
      entry(.intent, "d", hash: other), entry(.submitted, "d", job: "video_other"),
      entry(.intent, "e", source: "video_t"), entry(.submitted, "e", job: "video_t2"),
    ]
    let history = SubmissionHistory(entries: entries, source: "video_s", promptSHA256: Self.hash)
    #expect(history.attempts.map(\.entryID) == ["a", "b", "c"])
    #expect(
      history.attempts.map(\.state) == [
        .rejected(error: "refused"), .unknown(detail: "not listed"), .interrupted,
      ])
    #expect(history.latestJob == nil)
    #expect(history.doubtfulAttempts.map(\.entryID) == ["b", "c"])

    let resolved = SubmissionHistory(
      entries: entries + [entry(.reconciled, "b", job: "video_found")], source: "video_s", promptSHA256: Self.hash)
    #expect(resolved.latestJob?.jobID == "video_found")
    #expect(resolved.latestJob?.attempt.entryID == "b")
    #expect(resolved.doubtfulAttempts.map(\.entryID) == ["c"])
  }

  @Test("the default location follows XDG_STATE_HOME, then HOME")
  func defaultLocation() throws {
    #expect(
      try JournalLocation.defaultPath(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/u"])
        == "/state/remixlint/journal.jsonl")
    #expect(
      try JournalLocation.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/u/"])
        == "/home/u/.local/state/remixlint/journal.jsonl")
    #expect(
      try JournalLocation.defaultPath(environment: ["HOME": "/home/u"])
        == "/home/u/.local/state/remixlint/journal.jsonl")
    #expect(throws: JournalError.noLocation) { try JournalLocation.defaultPath(environment: [:]) }
  }

  @Test(
    "timestamps are ISO 8601 UTC",
    arguments: [
      (0, "1970-01-01T00:00:00Z"), (951_782_400, "2000-02-29T00:00:00Z"), (1_764_083_045, "2025-11-25T15:04:05Z"),
      (4_102_444_799, "2099-12-31T23:59:59Z"), (-1, "1969-12-31T23:59:59Z"),
    ])
  func timestamps(seconds: Int, text: String) {
    #expect(Timestamp.iso8601(unixSeconds: seconds) == text)
  }

  @Test("video ids are checked like the API client does")
  func videoIDs() {
    #expect(VideoID.isValid("video_68d7512d07848190"))
    #expect(VideoID.isValid(String(repeating: "a", count: 128)))
    for bad in ["", "../x", "a/b", "a b", "é", String(repeating: "a", count: 129), "%2e%2e"] {
      #expect(!VideoID.isValid(bad))
      #expect(VideoID.problem(with: bad)?.hasPrefix("invalid video id") == true)
    }
  }
}
