import PromptLint
import VideoAPI

/// The only way remixlint spends a credit: lint, check the source, consult the journal, then POST exactly once.
///
/// ``remix(source:prompt:dryRun:force:)`` runs, in this order, stopping at the first refusal:
/// 1. lint the prompt (an error finding, with ``strict`` a warning, or a rule that could not finish stops here:
///    no network at all), and check the video id and prompt length locally;
/// 2. `GET` the source: anything but `completed` is refused (with the job error for `failed`/`expired`);
/// 3. under the journal's exclusive lock: refuse a duplicate (a job, or an unresolved unknown outcome, for the
///    same source and prompt; an earlier unknown outcome is reconciled by listing first), write the intent and
///    sync it, `POST` the remix once (never retried), record the outcome, and reconcile an unknown outcome by
///    listing recent videos.
public struct RemixGate: Sendable {
  /// The linter that decides whether a prompt may be sent.
  public let linter: Linter
  /// The Videos API client.
  public let client: VideoAPIClient
  /// The submission journal.
  public let journal: SubmissionJournal
  /// Whether warnings fail a prompt too.
  public var strict: Bool
  /// How far before an attempt's intent a reconciled job may have been created (clock skew allowance).
  public var reconciliationMargin: Duration
  /// Jobs per page when listing for reconciliation.
  public var reconciliationPageSize: Int
  /// Pages read at most when listing for reconciliation.
  public var reconciliationMaximumPages: Int
  /// Called as the attempt progresses (from the task running it).
  public var onEvent: @Sendable (RemixEvent) -> Void

  /// Creates a gate.
  public init(
    linter: Linter, client: VideoAPIClient, journal: SubmissionJournal, strict: Bool = false,
    reconciliationMargin: Duration = .seconds(300), reconciliationPageSize: Int = 50,
    reconciliationMaximumPages: Int = 4, onEvent: @escaping @Sendable (RemixEvent) -> Void = { _ in }
  ) {
    self.linter = linter
    self.client = client
    self.journal = journal
    self.strict = strict
    self.reconciliationMargin = reconciliationMargin
    self.reconciliationPageSize = reconciliationPageSize
    self.reconciliationMaximumPages = reconciliationMaximumPages
    self.onEvent = onEvent
  }

  /// Lints `prompt`, checks `source`, and submits the remix unless something refuses it.
  /// - Parameters:
  ///   - dryRun: stop before the journal lock and the POST; report what would happen (only GETs are made and the
  ///     journal is only read).
  ///   - force: skip the journal's duplicate check (the attempt is still recorded).
  public func remix(source: String, prompt: String, dryRun: Bool = false, force: Bool = false) async -> RemixReport {
    let lint = linter.lint(prompt)
    var report = RemixReport(
      sourceID: source, promptSHA256: SHA256.hexDigest(of: prompt), lint: lint,
      lintPassed: lint.passed(strict: strict), decision: .cancelled, journalPath: journal.path, dryRun: dryRun,
      forced: force)
    if let problem = VideoID.problem(with: source) {
      report.decision = .invalidInput(problem)
    } else if !lint.isComplete {
      report.decision = .lintIncomplete
    } else if !report.lintPassed {
      report.decision = .lintFailed
    } else if let problem = PromptLimits.problem(with: prompt) {
      report.decision = .invalidInput(problem)
    } else if await checkSource(&report) {
      if dryRun {
        await predict(&report, prompt: prompt)
      } else {
        await submit(&report, prompt: prompt)
      }
    }
    return report
  }

  // MARK: - Steps

  /// Retrieves the source; true when it is `completed`.
  private func checkSource(_ report: inout RemixReport) async -> Bool {
    onEvent(.checkingSource(report.sourceID))
    do {
      let response = try await client.retrieve(id: report.sourceID)
      report.source = response
      let video = response.value
      switch video.status {
      case .completed:
        return true
      case .queued, .inProgress:
        report.decision = .sourceNotReady(status: video.status, progress: video.progress)
      default:
        report.decision = .sourceUnusable(status: video.status, error: video.error)
      }
    } catch {
      if case .cancelled = error {
        report.decision = .cancelled
      } else {
        report.decision = .sourceLookupFailed(error)
      }
    }
    return false
  }

  /// Dry run: reads the journal (no lock is kept, nothing is written) and says what a real run would do.
  private func predict(_ report: inout RemixReport, prompt: String) async {
    let history: SubmissionHistory
    do {
      let entries = try await journal.readEntries(onWait: lockWaitHandler)
      history = SubmissionHistory(entries: entries, source: report.sourceID, promptSHA256: report.promptSHA256)
    } catch {
      report.decision = decision(for: error)
      return
    }
    guard !report.forced else {
      report.decision = .wouldSubmit
      return
    }
    if let (attempt, jobID) = history.latestJob {
      report.entryID = attempt.entryID
      report.decision = .duplicate(jobID: jobID, entryID: attempt.entryID, reconciled: false)
      await attach(jobID: jobID, to: &report)
    } else if let doubtful = history.doubtfulAttempts.last, let first = history.doubtfulAttempts.first {
      report.entryID = doubtful.entryID
      onEvent(.reconciling(entryID: doubtful.entryID))
      switch await reconcile(report.sourceID, prompt: prompt, since: first.unixTime, history: history) {
      case .found(let video):
        report.decision = .duplicate(jobID: video.id, entryID: doubtful.entryID, reconciled: true)
        await attach(jobID: video.id, to: &report)
      case .notFound(let detail):
        report.decision = .doubt(entryID: doubtful.entryID, detail: "\(doubtful.state.summary); \(detail)")
      case .cancelled:
        report.decision = .cancelled
      }
    } else {
      report.decision = .wouldSubmit
    }
  }

  /// The real run: everything from the duplicate check to the recorded outcome happens under the journal lock.
  private func submit(_ report: inout RemixReport, prompt: String) async {
    let start = report
    do {
      report = try await journal.withExclusiveAccess(onWait: lockWaitHandler) {
        (session) async throws(JournalError) -> RemixReport in
        var locked = start
        try await submitLocked(&locked, prompt: prompt, session: session)
        return locked
      }
    } catch {
      report.decision = decision(for: error)
    }
  }

  private func submitLocked(
    _ report: inout RemixReport, prompt: String, session: JournalSession
  ) async throws(JournalError) {
    let history = SubmissionHistory(
      entries: try session.entries(), source: report.sourceID, promptSHA256: report.promptSHA256)
    if !report.forced, try await refuseDuplicate(&report, prompt: prompt, history: history, session: session) {
      return
    }
    guard !Task.isCancelled else {
      report.decision = .cancelled
      return
    }
    let entryID = JournalEntry.makeEntryID()
    let intentTime = Timestamp.nowUnixSeconds()
    try session.append(
      JournalEntry(
        kind: .intent, entryID: entryID, unixTime: intentTime, source: report.sourceID,
        promptSHA256: report.promptSHA256, force: report.forced))
    report.entryID = entryID
    onEvent(.submitting(source: report.sourceID, entryID: entryID))
    let recorder = OutcomeRecorder(session: session, entryID: entryID, source: report.sourceID)
    do {
      let response = try await client.remix(id: report.sourceID, prompt: prompt)
      report.job = response
      report.jobID = response.value.id
      report.decision = .submitted(jobID: response.value.id, reconciled: false)
      recorder.record(.submitted, job: response.value, requestID: response.requestID, into: &report)
    } catch {
      guard error.isOutcomeUnknown else {
        recorder.record(.rejected, error: error, into: &report)
        if case .cancelled = error { report.decision = .cancelled } else { report.decision = .rejected(error) }
        return
      }
      recorder.record(.unknown, error: error, into: &report)
      await resolveUnknown(
        &report, error: error, prompt: prompt, since: intentTime, history: history,
        recorder: recorder)
    }
  }

  /// Without `force`: refuses when the journal shows a job, or an unknown outcome that reconciliation cannot
  /// resolve. Returns true when the attempt was refused.
  private func refuseDuplicate(
    _ report: inout RemixReport, prompt: String, history: SubmissionHistory, session: JournalSession
  ) async throws(JournalError) -> Bool {
    if let (attempt, jobID) = history.latestJob {
      report.entryID = attempt.entryID
      report.decision = .duplicate(jobID: jobID, entryID: attempt.entryID, reconciled: false)
      await attach(jobID: jobID, to: &report)
      return true
    }
    guard let doubtful = history.doubtfulAttempts.last, let first = history.doubtfulAttempts.first else {
      return false
    }
    report.entryID = doubtful.entryID
    onEvent(.reconciling(entryID: doubtful.entryID))
    let recorder = OutcomeRecorder(session: session, entryID: doubtful.entryID, source: report.sourceID)
    switch await reconcile(report.sourceID, prompt: prompt, since: first.unixTime, history: history) {
    case .found(let video):
      try session.append(recorder.reconciled(video, detail: "found by listing recent videos on a later run"))
      report.decision = .duplicate(jobID: video.id, entryID: doubtful.entryID, reconciled: true)
      await attach(jobID: video.id, to: &report)
    case .notFound(let detail):
      try session.append(recorder.unresolved(detail))
      report.decision = .doubt(entryID: doubtful.entryID, detail: "\(doubtful.state.summary); \(detail)")
    case .cancelled:
      report.decision = .cancelled
    }
    return true
  }

  /// After this run's POST had an unknown outcome: look for the job it may have created and record the finding.
  private func resolveUnknown(
    _ report: inout RemixReport, error: VideoAPIError, prompt: String, since: Int, history: SubmissionHistory,
    recorder: OutcomeRecorder
  ) async {
    onEvent(.reconciling(entryID: recorder.entryID))
    switch await reconcile(report.sourceID, prompt: prompt, since: since, history: history) {
    case .found(let video):
      recorder.record(.reconciled, job: video, detail: "found by listing recent videos", into: &report)
      report.decision = .submitted(jobID: video.id, reconciled: true)
      await attach(jobID: video.id, to: &report)
    case .notFound(let detail):
      recorder.record(.unresolved, detail: detail, into: &report)
      report.decision = .outcomeUnknown(error, reconciliation: detail)
    case .cancelled:
      let detail = "interrupted before the job could be looked up"
      recorder.record(.unresolved, detail: detail, into: &report)
      report.decision = .outcomeUnknown(error, reconciliation: detail)
    }
  }

  // MARK: - Helpers

  private func reconcile(_ source: String, prompt: String, since: Int, history: SubmissionHistory) async
    -> Reconciliation
  {
    let known = Set(
      history.attempts.compactMap { attempt -> String? in
        if case .job(let id, _) = attempt.state { return id }
        return nil
      })
    let margin = Int(reconciliationMargin.components.seconds)
    return await Reconciliation.run(
      client: client, source: source, prompt: prompt, since: since - margin, knownJobs: known,
      pageSize: reconciliationPageSize, maximumPages: reconciliationMaximumPages)
  }

  /// Sets the job id and, when a GET succeeds, the job as the API returns it now (best effort).
  private func attach(jobID: String, to report: inout RemixReport) async {
    report.jobID = jobID
    guard VideoID.isValid(jobID), !Task.isCancelled else { return }
    report.job = try? await client.retrieve(id: jobID)
  }

  private var lockWaitHandler: () -> Void {
    let onEvent = self.onEvent
    let path = journal.path
    return { onEvent(.waitingForJournalLock(path: path)) }
  }

  private func decision(for error: JournalError) -> RemixDecision {
    if case .cancelled = error { return .cancelled }
    return .journalFailed(error)
  }
}
