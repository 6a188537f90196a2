import PromptLint
import RemixKit
import VideoAPI

/// The JSON documents of the remote commands (a public contract: fields are only ever added). Keys are in a
/// fixed order; `source` and `job` are the API's JSON exactly as returned.
enum RemoteJSON {
  /// The object for one remix (also one element of a batch's `results`):
  ///
  /// `{"version", "command": "remix", "decision", "refusal", "reason", "exitCode", "dryRun", "forced", "videoId",
  ///   "promptSHA256", "lintPassed", "findings", "diagnostics", "source", "job", "jobId", "journal", "wait",
  ///   "download", "error"}`, plus `"id"` and `"line"` in a batch.
  static func remix(
    _ report: RemixReport, followUp: FollowUpResult?, exitCode: Int32, reason: String?, batch: BatchLine? = nil
  ) -> String {
    var members: [(String, String)] = [("version", "1"), ("command", JSONWriter.string("remix"))]
    if let batch {
      members.append(("id", JSONWriter.optional(batch.id)))
      members.append(("line", String(batch.line)))
    }
    let job = followUp?.job ?? report.job
    members += [
      ("decision", JSONWriter.string(report.decision.label)),
      ("refusal", JSONWriter.optional(report.decision.refusal)),
      ("reason", JSONWriter.optional(reason)),
      ("exitCode", String(exitCode)),
      ("dryRun", bool(report.dryRun)),
      ("forced", bool(report.forced)),
      ("videoId", JSONWriter.string(report.sourceID)),
      ("promptSHA256", JSONWriter.string(report.promptSHA256)),
      ("lintPassed", bool(report.lintPassed)),
      ("findings", JSONWriter.array(report.lint.findings.map(finding))),
      ("diagnostics", JSONWriter.array(report.lint.diagnostics.map(diagnostic))),
      ("source", raw(report.source)),
      ("job", raw(job)),
      ("jobId", JSONWriter.optional(report.jobID)),
      ("journal", journal(report)),
      ("wait", followUp.map(wait) ?? "null"),
      ("download", followUp?.download.map(download) ?? "null"),
      ("error", error(report.decision.apiError ?? followUp?.downloadError ?? followUp?.waitError.flatMap(apiError))),
    ]
    return JSONWriter.object(members)
  }

  /// The object of `wait` and `download`: `{"version", "command", "videoId", "reason", "exitCode", "job", "wait",
  /// "download", "error"}`.
  static func followUp(command: String, jobID: String, _ result: FollowUpResult, includeWait: Bool) -> String {
    JSONWriter.object([
      ("version", "1"),
      ("command", JSONWriter.string(command)),
      ("videoId", JSONWriter.string(jobID)),
      ("reason", JSONWriter.optional(result.reason)),
      ("exitCode", String(result.exitCode)),
      ("job", raw(result.job)),
      ("wait", includeWait ? wait(result) : "null"),
      ("download", result.download.map(download) ?? "null"),
      ("error", error(result.downloadError ?? result.waitError.flatMap(apiError))),
    ])
  }

  /// The object of `status`: `{"version", "command": "status", "videoId", "reason", "exitCode", "job", "error"}`.
  static func status(jobID: String, job: APIResponse<Video>?, failure: VideoAPIError?, exitCode: Int32) -> String {
    JSONWriter.object([
      ("version", "1"),
      ("command", JSONWriter.string("status")),
      ("videoId", JSONWriter.string(jobID)),
      ("reason", JSONWriter.optional(failure?.description)),
      ("exitCode", String(exitCode)),
      ("job", raw(job)),
      ("error", error(failure)),
    ])
  }

  /// A finding, with the same keys as `check --format json`.
  static func finding(_ finding: Finding) -> String { JSONReporter.encode(finding) }

  static func diagnostic(_ diagnostic: RuleDiagnostic) -> String { JSONReporter.encode(diagnostic) }

  /// The response body as returned (it decoded as a job, so it is JSON), or `null`.
  static func raw(_ response: APIResponse<Video>?) -> String {
    guard let response else { return "null" }
    let text = response.rawBodyText.trimmingJSONWhitespace()
    return text.isEmpty ? "null" : text
  }

  static func bool(_ value: Bool) -> String { value ? "true" : "false" }

  static func seconds(_ duration: Duration) -> String {
    let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    let fraction = String(milliseconds % 1000)
    return "\(milliseconds / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
  }

  private static func journal(_ report: RemixReport) -> String {
    JSONWriter.object([
      ("path", JSONWriter.string(report.journalPath)),
      ("entry", JSONWriter.optional(report.entryID)),
      ("problem", JSONWriter.optional(report.journalProblem?.description)),
    ])
  }

  private static func wait(_ result: FollowUpResult) -> String {
    let video = result.lastSeen
    var timedOut = false
    var interrupted = false
    if case .timedOut = result.waitError { timedOut = true }
    if case .cancelled = result.waitError { interrupted = true }
    let elapsed: Duration? = result.wait?.elapsed ?? result.waitError.flatMap(elapsedTime)
    return JSONWriter.object([
      ("status", JSONWriter.optional(video?.status.rawValue)),
      ("progress", video.map { String($0.progress) } ?? "null"),
      ("elapsedSeconds", elapsed.map(seconds) ?? "null"),
      ("polls", result.wait.map { String($0.polls) } ?? "null"),
      ("transientErrors", result.wait.map { String($0.transientErrors) } ?? "null"),
      ("timedOut", bool(timedOut)),
      ("interrupted", bool(interrupted)),
    ])
  }

  private static func elapsedTime(_ error: WaitError) -> Duration? {
    switch error {
    case .timedOut(_, _, let elapsed), .cancelled(_, _, let elapsed): elapsed
    case .failed: nil
    }
  }

  private static func download(_ result: DownloadResult) -> String {
    JSONWriter.object([
      ("path", JSONWriter.string(result.path)),
      ("bytes", String(result.bytesWritten)),
      ("contentType", JSONWriter.optional(result.contentType)),
      ("redirects", String(result.redirects)),
    ])
  }

  private static func apiError(_ error: WaitError) -> VideoAPIError? {
    if case .failed(_, let error, _) = error { return error }
    return nil
  }

  private static func error(_ error: VideoAPIError?) -> String {
    guard let error else { return "null" }
    return JSONWriter.object([
      ("message", JSONWriter.string(error.description)),
      ("outcome", JSONWriter.string(error.outcome.rawValue)),
      ("status", error.statusCode.map { String($0) } ?? "null"),
      ("requestId", JSONWriter.optional(error.requestID)),
    ])
  }
}

extension String {
  /// Without leading and trailing JSON whitespace (space, tab, CR, LF).
  func trimmingJSONWhitespace() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
      return ""
    }
    return String(self[first...last])
  }
}
