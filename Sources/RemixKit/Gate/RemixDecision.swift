import VideoAPI

/// What ``RemixGate/remix(source:prompt:dryRun:force:)`` decided, and why.
public enum RemixDecision: Sendable {
  /// The remix was submitted: the POST answered with the job, or (`reconciled`) its outcome was unknown and the
  /// job it created was then found by listing recent videos.
  case submitted(jobID: String, reconciled: Bool)
  /// Dry run: every check passed and the remix would be submitted (nothing was sent).
  case wouldSubmit
  /// The prompt has error findings (with `strict`, warnings too); no request was made.
  case lintFailed
  /// A rule could not finish on the prompt, so the lint is incomplete; no request was made.
  case lintIncomplete
  /// The video id or the prompt cannot be sent (e.g. `../x`, an empty prompt); no request was made.
  case invalidInput(String)
  /// The source is `queued` or `in_progress`; nothing was submitted.
  case sourceNotReady(status: VideoStatus, progress: Int)
  /// The source ended without a usable video (`failed`, `expired`, `canceled` or an unknown status); nothing
  /// was submitted.
  case sourceUnusable(status: VideoStatus, error: VideoJobError?)
  /// The source could not be read (HTTP or network error); nothing was submitted.
  case sourceLookupFailed(VideoAPIError)
  /// The journal shows this source and prompt were already submitted as `jobID` (found now by reconciliation
  /// when `reconciled`); nothing was sent.
  case duplicate(jobID: String, entryID: String, reconciled: Bool)
  /// An earlier attempt's outcome is unknown and reconciliation did not find its job; nothing was sent.
  case doubt(entryID: String, detail: String)
  /// The POST was refused by the service, or never sent: no job was created.
  case rejected(VideoAPIError)
  /// The POST may have created a job, and reconciliation did not find it (the journal records the doubt).
  case outcomeUnknown(VideoAPIError, reconciliation: String)
  /// The journal could not be read or written (e.g. a corrupt line); nothing was sent.
  case journalFailed(JournalError)
  /// Cancelled before the remix was sent.
  case cancelled

  /// Whether a remix job may exist because of this run (a POST was sent).
  public var mayHaveSubmitted: Bool {
    switch self {
    case .submitted, .outcomeUnknown: true
    default: false
    }
  }
}
