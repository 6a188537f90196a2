import PromptLint

extension JournalEntry {
  /// Parses one journal line; throws a one-line reason when it is not a well-formed entry.
  static func parse(line text: String) throws(JournalLineProblem) -> JournalEntry {
    let value: JSONValue
    do {
      value = try JSONValue.parse(text)
    } catch {
      throw JournalLineProblem("not valid JSON (\(error))")
    }
    guard case .object = value else { throw JournalLineProblem("not a JSON object") }
    guard let version = integer(value["v"]) else { throw JournalLineProblem("missing \"v\" (the format version)") }
    guard version == formatVersion else {
      throw JournalLineProblem("format version \(version) is not supported (this remixlint writes \(formatVersion))")
    }
    guard let kindText = value["kind"]?.stringValue else { throw JournalLineProblem("missing \"kind\"") }
    guard let kind = Kind(rawValue: kindText) else { throw JournalLineProblem("unknown kind \"\(kindText)\"") }
    guard let entryID = value["entry"]?.stringValue, !entryID.isEmpty else {
      throw JournalLineProblem("missing \"entry\" (the attempt id)")
    }
    guard let unixTime = integer(value["unix"]) else { throw JournalLineProblem("missing \"unix\" (the time)") }
    guard let source = value["source"]?.stringValue, !source.isEmpty else {
      throw JournalLineProblem("missing \"source\" (the source video id)")
    }
    var entry = JournalEntry(kind: kind, entryID: entryID, unixTime: unixTime, source: source)
    entry.promptSHA256 = value["prompt_sha256"]?.stringValue
    if case .bool(let force) = value["force"] { entry.force = force }
    entry.jobID = value["job"]?.stringValue
    entry.status = value["status"]?.stringValue
    entry.requestID = value["request_id"]?.stringValue
    entry.outcome = value["outcome"]?.stringValue
    entry.error = value["error"]?.stringValue
    entry.detail = value["detail"]?.stringValue
    switch kind {
    case .intent where entry.promptSHA256?.count != 64:
      throw JournalLineProblem("an intent needs \"prompt_sha256\" (64 hex digits)")
    case .submitted where entry.jobID == nil, .reconciled where entry.jobID == nil:
      throw JournalLineProblem("a \(kind.rawValue) entry needs \"job\"")
    default:
      return entry
    }
  }

  private static func integer(_ value: JSONValue?) -> Int? {
    guard case .number(_, let text) = value else { return nil }
    return Int(text)
  }
}

/// Why one journal line could not be read.
struct JournalLineProblem: Error {
  let detail: String
  init(_ detail: String) { self.detail = detail }
}
