import PromptLint
import VideoAPI

/// Everything one remix attempt produced: the lint result, the source as the API returned it, the decision, the
/// job (when there is one) and the journal entry.
public struct RemixReport: Sendable {
  /// The source video id.
  public var sourceID: String
  /// The SHA-256 (hex) of the prompt's UTF-8 bytes, as recorded in the journal.
  public var promptSHA256: String
  /// The lint result (always computed first).
  public var lint: LintResult
  /// Whether the lint passed (no errors; with `strict`, no warnings).
  public var lintPassed: Bool
  /// The decision.
  public var decision: RemixDecision
  /// The source video, when it was retrieved.
  public var source: APIResponse<Video>? = nil
  /// The remix job: as the POST returned it, or as retrieved afterwards for a reconciled job or a duplicate.
  public var job: APIResponse<Video>? = nil
  /// The job's id, also when it could not be retrieved (e.g. a duplicate named by the journal).
  public var jobID: String? = nil
  /// The journal file used.
  public var journalPath: String
  /// The journal attempt id written by this run (or, for a duplicate or a doubt, the earlier attempt's).
  public var entryID: String? = nil
  /// Whether this was a dry run.
  public var dryRun: Bool
  /// Whether the journal's duplicate check was skipped (`--force`).
  public var forced: Bool
  /// Set when an outcome entry could not be written after the POST (the decision still says what happened on
  /// the service; the journal is missing that outcome, so the next run treats the attempt as unknown).
  public var journalProblem: JournalError? = nil

  /// One line explaining the decision (never contains the API key).
  public var reason: String {
    switch decision {
    case .submitted(let jobID, let reconciled):
      let status = job?.value.status.rawValue ?? "queued"
      return reconciled
        ? "submitted as job \(jobID) (\(status)); the answer was lost, the job was found by listing recent videos"
        : "submitted as job \(jobID) (\(status))"
    case .wouldSubmit:
      return "would submit: \(sourceID) is completed and the prompt passed lint"
        + (forced ? " (--force: the journal check is skipped)" : "") + "; nothing was sent"
    case .lintFailed:
      let errors = lint.findings.filter { $0.severity == .error }.count
      let warnings = lint.findings.filter { $0.severity == .warning }.count
      return "the prompt failed lint (\(errors) \(errors == 1 ? "error" : "errors"), "
        + "\(warnings) \(warnings == 1 ? "warning" : "warnings")); nothing was sent"
    case .lintIncomplete:
      return "the lint is incomplete (a rule did not finish: \(lint.diagnostics.first?.message ?? "?")); "
        + "nothing was sent"
    case .invalidInput(let problem):
      return "\(problem); nothing was sent"
    case .sourceNotReady(let status, let progress):
      return "source \(sourceID) is \(status) (\(progress)%), not completed; nothing was sent"
    case .sourceUnusable(let status, let error):
      let why = error.map { " (" + Self.describe($0) + ")" } ?? ""
      return "source \(sourceID) is \(status)\(why), not completed; it cannot be remixed; nothing was sent"
    case .sourceLookupFailed(let error):
      return "could not check source \(sourceID): \(error); nothing was sent"
    case .duplicate(let jobID, let entryID, let reconciled):
      let how = reconciled ? ", found now by listing recent videos after an unknown outcome" : ""
      let status = job.map { ", now \($0.value.status)" } ?? ""
      return "already submitted: this source and prompt became job \(jobID) (journal entry \(entryID)\(how)\(status)); "
        + "nothing was sent; use --force to submit again"
    case .doubt(let entryID, let detail):
      return "an earlier attempt (journal entry \(entryID)) may have created a job: \(detail); nothing was sent; "
        + "check the job list, then use --force to submit again"
    case .rejected(let error):
      return "the remix was not accepted: \(error)"
    case .outcomeUnknown(let error, let reconciliation):
      return "the remix may have been submitted (outcome unknown): \(error); \(reconciliation); "
        + "a re-run is refused until this is resolved (or with --force)"
    case .journalFailed(let error):
      return "\(error)"
    case .cancelled:
      return "cancelled before the remix was sent; nothing was sent"
    }
  }

  /// `code: message` of a job error.
  public static func describe(_ error: VideoJobError) -> String {
    switch (error.code, error.message) {
    case (let code?, let message?): "\(code): \(message)"
    case (let code?, nil): code
    case (nil, let message?): message
    case (nil, nil): "no reason given"
    }
  }
}
