/// What the journal says about earlier attempts to remix one source with one prompt.
public struct SubmissionHistory: Sendable, Hashable {
  /// One earlier attempt (an intent) and what became of it.
  public struct Attempt: Sendable, Hashable {
    /// The attempt id.
    public var entryID: String
    /// When the intent was written, unix seconds.
    public var unixTime: Int
    /// What is known about its outcome.
    public var state: AttemptState
  }

  /// What became of an attempt, from its latest outcome entry.
  public enum AttemptState: Sendable, Hashable {
    /// A job exists: the POST answered with it, or a reconciliation found it.
    case job(id: String, reconciled: Bool)
    /// Nothing was created (refused or never sent).
    case rejected(error: String)
    /// A job may exist: the outcome was unknown and no reconciliation found it (yet). `detail` is the error
    /// text, or the last reconciliation's finding.
    case unknown(detail: String)
    /// An intent with no outcome: the run stopped between writing the intent and recording the answer.
    case interrupted
  }

  /// The source video id.
  public let source: String
  /// The SHA-256 of the prompt.
  public let promptSHA256: String
  /// The matching attempts, oldest first.
  public let attempts: [Attempt]

  /// Collects the attempts for `source` and `promptSHA256` from the journal's entries.
  public init(entries: [JournalEntry], source: String, promptSHA256: String) {
    self.source = source
    self.promptSHA256 = promptSHA256
    var order: [String] = []
    var attempts: [String: Attempt] = [:]
    for entry in entries {
      if entry.kind == .intent {
        guard entry.source == source, entry.promptSHA256 == promptSHA256, attempts[entry.entryID] == nil else {
          continue
        }
        order.append(entry.entryID)
        attempts[entry.entryID] = Attempt(entryID: entry.entryID, unixTime: entry.unixTime, state: .interrupted)
        continue
      }
      guard var attempt = attempts[entry.entryID] else { continue }
      attempt.state = Self.apply(entry, to: attempt.state)
      attempts[entry.entryID] = attempt
    }
    self.attempts = order.compactMap { attempts[$0] }
  }

  private static func apply(_ entry: JournalEntry, to state: AttemptState) -> AttemptState {
    switch entry.kind {
    case .intent: return state
    case .submitted: return .job(id: entry.jobID ?? "?", reconciled: false)
    case .reconciled: return .job(id: entry.jobID ?? "?", reconciled: true)
    case .rejected: return .rejected(error: entry.error ?? "refused")
    case .unknown: return .unknown(detail: entry.error ?? "outcome unknown")
    case .unresolved:
      if case .job = state { return state }
      return .unknown(detail: entry.detail ?? "still unknown")
    }
  }

  /// The newest attempt that has a job, if any.
  public var latestJob: (attempt: Attempt, jobID: String)? {
    for attempt in attempts.reversed() {
      if case .job(let id, _) = attempt.state { return (attempt, id) }
    }
    return nil
  }

  /// The attempts whose outcome is unknown or was never recorded, oldest first.
  public var doubtfulAttempts: [Attempt] {
    attempts.filter {
      switch $0.state {
      case .unknown, .interrupted: true
      case .job, .rejected: false
      }
    }
  }
}

extension SubmissionHistory.AttemptState {
  /// One line for messages, e.g. "the outcome was never recorded (the run was interrupted)".
  public var summary: String {
    switch self {
    case .job(let id, let reconciled): reconciled ? "job \(id) (found by reconciliation)" : "job \(id)"
    case .rejected(let error): "rejected: \(error)"
    case .unknown(let detail): "outcome unknown: \(detail)"
    case .interrupted: "the outcome was never recorded (the run was interrupted)"
    }
  }
}
