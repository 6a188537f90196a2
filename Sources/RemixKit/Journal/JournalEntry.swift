import PromptLint

/// One line of the submission journal (JSON Lines, append-only).
///
/// Every remix attempt first writes an ``Kind/intent`` (source, SHA-256 of the prompt, time, a fresh entry id),
/// flushed to disk before the POST; then one outcome with the same ``entryID``: ``Kind/submitted`` (with the job
/// id), ``Kind/unknown`` (the request may have created a job) or ``Kind/rejected`` (nothing was created). When an
/// unknown outcome is reconciled by listing recent videos, ``Kind/reconciled`` (the job was found) or
/// ``Kind/unresolved`` (still unknown) follows. The journal never holds the prompt text or the API key.
///
/// ```json
/// {"v":1,"kind":"intent","entry":"rmx_…","time":"2025-11-25T15:04:05Z","unix":1764083045,
///  "source":"video_123","prompt_sha256":"9f2c…","force":false}
/// ```
public struct JournalEntry: Sendable, Hashable {
  /// What an entry records.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// A remix is about to be sent (written and synced before the POST).
    case intent
    /// The POST answered with a job.
    case submitted
    /// The POST failed in a way that may have created a job (timeout, dropped connection, 5xx, …).
    case unknown
    /// The POST was refused or never sent: no job was created.
    case rejected
    /// An unknown outcome was resolved: listing found the job.
    case reconciled
    /// A reconciliation did not find the job (or could not list): the outcome is still unknown.
    case unresolved
  }

  /// The format version written in `v`.
  public static let formatVersion = 1

  /// What this entry records.
  public var kind: Kind
  /// The id of the attempt (shared by an intent and its outcomes), e.g. `rmx_3f9a0c1d2e4b5a69`.
  public var entryID: String
  /// When the entry was written, unix seconds.
  public var unixTime: Int
  /// The source video id.
  public var source: String
  /// The SHA-256 (hex) of the exact UTF-8 bytes of the prompt (on intents).
  public var promptSHA256: String?
  /// Whether the attempt was made with `--force` (on intents).
  public var force: Bool?
  /// The job id (on `submitted` and `reconciled`).
  public var jobID: String?
  /// The job's status when it was recorded (on `submitted` and `reconciled`).
  public var status: String?
  /// The request id of the answer, when there was one.
  public var requestID: String?
  /// The error text, without the API key (on `unknown` and `rejected`).
  public var error: String?
  /// The client's view of a failed request: `unknown`, `rejected` or `not_sent`.
  public var outcome: String?
  /// How a reconciliation went (on `reconciled` and `unresolved`).
  public var detail: String?

  /// Creates an entry.
  public init(
    kind: Kind, entryID: String, unixTime: Int, source: String, promptSHA256: String? = nil, force: Bool? = nil,
    jobID: String? = nil, status: String? = nil, requestID: String? = nil, error: String? = nil,
    outcome: String? = nil, detail: String? = nil
  ) {
    self.kind = kind
    self.entryID = entryID
    self.unixTime = unixTime
    self.source = source
    self.promptSHA256 = promptSHA256
    self.force = force
    self.jobID = jobID
    self.status = status
    self.requestID = requestID
    self.error = error
    self.outcome = outcome
    self.detail = detail
  }

  /// A fresh attempt id: `rmx_` and 16 random hex digits.
  public static func makeEntryID() -> String {
    var generator = SystemRandomNumberGenerator()
    let bytes = (0..<8).map { _ in UInt8.random(in: 0...255, using: &generator) }
    return "rmx_" + SHA256.hex(bytes)
  }

  /// The entry as one JSON object (no line break), keys in a fixed order, absent fields left out.
  public var jsonLine: String {
    var members: [(String, String)] = [
      ("v", String(Self.formatVersion)),
      ("kind", JSONWriter.string(kind.rawValue)),
      ("entry", JSONWriter.string(entryID)),
      ("time", JSONWriter.string(Timestamp.iso8601(unixSeconds: unixTime))),
      ("unix", String(unixTime)),
      ("source", JSONWriter.string(source)),
    ]
    func add(_ key: String, _ value: String?) {
      if let value { members.append((key, JSONWriter.string(value))) }
    }
    add("prompt_sha256", promptSHA256)
    if let force { members.append(("force", force ? "true" : "false")) }
    add("job", jobID)
    add("status", status)
    add("request_id", requestID)
    add("outcome", outcome)
    add("error", error)
    add("detail", detail)
    return JSONWriter.object(members)
  }
}
