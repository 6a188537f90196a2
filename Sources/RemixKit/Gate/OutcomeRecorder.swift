import VideoAPI

/// Writes the outcome entries of one attempt. A failure to write an outcome does not change what happened on
/// the service, so it is kept in the report (``RemixReport/journalProblem``) instead of replacing the decision.
struct OutcomeRecorder {
  let session: JournalSession
  let entryID: String
  let source: String

  func record(
    _ kind: JournalEntry.Kind, job: Video? = nil, requestID: String? = nil, error: VideoAPIError? = nil,
    detail: String? = nil, into report: inout RemixReport
  ) {
    var entry = JournalEntry(
      kind: kind, entryID: entryID, unixTime: Timestamp.nowUnixSeconds(), source: source, jobID: job?.id,
      status: job?.status.rawValue, requestID: requestID ?? error?.requestID, error: error?.description,
      outcome: error?.outcome.rawValue, detail: detail)
    if kind == .reconciled || kind == .unresolved { entry.requestID = nil }
    do {
      try session.append(entry)
    } catch {
      report.journalProblem = error
    }
  }

  func reconciled(_ video: Video, detail: String) -> JournalEntry {
    JournalEntry(
      kind: .reconciled, entryID: entryID, unixTime: Timestamp.nowUnixSeconds(), source: source, jobID: video.id,
      status: video.status.rawValue, detail: detail)
  }

  func unresolved(_ detail: String) -> JournalEntry {
    JournalEntry(
      kind: .unresolved, entryID: entryID, unixTime: Timestamp.nowUnixSeconds(), source: source, detail: detail)
  }
}
