import PromptLint
import RemixKit
import VideoAPI

/// The text output of the remote commands (standard output; errors go to standard error separately).
enum RemoteText {
  /// The findings in `check`'s format, then one `lint:` line.
  static func lint(_ report: RemixReport, promptSource: String) -> String {
    var reporter = TextReporter()
    let checked = CheckedPrompt(
      input: PromptInput(source: promptSource, text: ""), result: report.lint, passed: report.lintPassed)
    let findings = report.lint.findings
    let errors = findings.filter { $0.severity == .error }.count
    let warnings = findings.filter { $0.severity == .warning }.count
    let infos = findings.filter { $0.severity == .info }.count
    let counts =
      "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings"), "
      + "\(infos) \(infos == 1 ? "info" : "infos")"
    return reporter.report(checked) + "lint: \(report.lintPassed ? "passed" : "failed") (\(counts))\n"
  }

  /// `source ID: STATUS PROGRESS%` when the source was retrieved.
  static func source(_ report: RemixReport) -> String {
    guard let video = report.source?.value else { return "" }
    var line = "source \(video.id): \(video.status) (\(video.progress)%)"
    if let error = video.error { line += ": " + RemixReport.describe(error) }
    return line + "\n"
  }

  /// The decision line for a run that exits 0 (refusals and errors go to standard error).
  static func decision(_ report: RemixReport) -> String {
    switch report.decision {
    case .submitted, .wouldSubmit:
      let entry = report.entryID.map { " [journal entry \($0)]" } ?? ""
      return report.reason + entry + "\n"
    default:
      return ""
    }
  }

  /// What waiting and downloading did.
  static func followUp(jobID: String, _ result: FollowUpResult) -> String {
    var out = ""
    if let waited = result.wait {
      let video = waited.job.value
      out += "job \(jobID): \(video.status) (\(video.progress)%) after \(ProgressDisplay.clock(waited.elapsed))"
      if let error = video.error { out += ": " + RemixReport.describe(error) }
      out += "\n"
    }
    if let download = result.download {
      out += "saved \(jobID) to \(download.path) (\(download.bytesWritten) bytes"
      out += download.contentType.map { ", \($0)" } ?? ""
      out += ")\n"
    }
    return out
  }

  /// The status block of `status`.
  static func video(_ video: Video) -> String {
    var out = "\(video.id): \(video.status) (\(video.progress)%)\n"
    var details: [String] = []
    if let model = video.model { details.append("model \(model)") }
    if let size = video.size { details.append("size \(size)") }
    if let seconds = video.seconds { details.append("\(seconds) s") }
    if !details.isEmpty { out += "  " + details.joined(separator: ", ") + "\n" }
    if let created = video.createdAt { out += "  created:   \(Timestamp.iso8601(unixSeconds: created))\n" }
    if let completed = video.completedAt { out += "  completed: \(Timestamp.iso8601(unixSeconds: completed))\n" }
    if let expires = video.expiresAt { out += "  expires:   \(Timestamp.iso8601(unixSeconds: expires))\n" }
    if let source = video.remixedFromVideoID { out += "  remixed from: \(source)\n" }
    if let error = video.error { out += "  error: \(RemixReport.describe(error))\n" }
    if let prompt = video.prompt { out += "  prompt: \(JSONWriter.string(prompt))\n" }
    return out
  }
}
