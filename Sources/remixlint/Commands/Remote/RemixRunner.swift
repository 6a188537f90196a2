import RemixKit

/// Runs one remix (gate, then optionally wait and download) and prints its report; returns the exit code.
struct RemixRunner: Sendable {
  let gate: RemixGate
  /// What to do after a submission; nil to stop there.
  let followUp: JobFollowUp?
  let dryRun: Bool
  let force: Bool
  let format: OutputFormat

  /// One remix from the command line.
  func runSingle(source: String, prompt: String, promptSource: String) async -> Int32 {
    let outcome = await run(source: source, prompt: prompt) { report in
      if format == .text {
        RemoteConsole.out(
          RemoteText.lint(report, promptSource: promptSource) + RemoteText.source(report)
            + RemoteText.decision(report))
        RemoteConsole.flush()
      }
    }
    switch format {
    case .text:
      if let jobID = outcome.report.jobID, let followUp = outcome.followUp {
        RemoteConsole.out(RemoteText.followUp(jobID: jobID, followUp))
      }
    case .json:
      RemoteConsole.out(
        RemoteJSON.remix(outcome.report, followUp: outcome.followUp, exitCode: outcome.exitCode, reason: outcome.reason)
          + "\n")
    }
    if outcome.exitCode != 0, let reason = outcome.reason { RemoteConsole.error(reason) }
    return outcome.exitCode
  }

  /// The gate, then (after a submission) the follow-up. `afterGate` sees the report before any waiting starts.
  func run(
    source: String, prompt: String, afterGate: (RemixReport) -> Void = { _ in }
  ) async -> RemixOutcome {
    let report = await gate.remix(source: source, prompt: prompt, dryRun: dryRun, force: force)
    afterGate(report)
    if let problem = report.journalProblem {
      RemoteConsole.note("remixlint: warning: the outcome could not be recorded in the journal: \(problem)")
    }
    var outcome = RemixOutcome(
      report: report, followUp: nil, exitCode: report.decision.exitCode,
      reason: report.decision.exitCode == 0 ? nil : report.reason)
    if case .submitted(let jobID, _) = report.decision, let followUp {
      let result = await followUp.run(jobID: jobID, initial: report.job)
      outcome.followUp = result
      outcome.exitCode = result.exitCode
      outcome.reason = result.reason
    }
    return outcome
  }
}

/// What one remix came to.
struct RemixOutcome: Sendable {
  var report: RemixReport
  var followUp: FollowUpResult?
  var exitCode: Int32
  var reason: String?
}
