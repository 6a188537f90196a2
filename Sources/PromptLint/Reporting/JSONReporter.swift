/// The machine format, one JSON document (a public contract; fields are only ever added):
///
/// ```json
/// {"version": 1,
///  "results": [{"id": "d1", "source": "p.jsonl#d1", "passed": false,
///               "findings": [{"rule", "severity", "reason", "message", "match",
///                             "line", "column", "endLine", "endColumn", "suggestions"}],
///               "diagnostics": [{"rule", "message"}]}],
///  "summary": {"prompts", "passed", "failed", "errors", "warnings", "infos", "diagnostics"}}
/// ```
///
/// Results are in input order; lines and columns are 1-based, columns count Unicode scalars and
/// `endColumn` is exclusive.
public struct JSONReporter: Reporter {
  public static let identifier = "json"
  private var first = true

  public init() {}

  public mutating func begin() -> String { "{\"version\":1,\"results\":[" }

  public mutating func report(_ checked: CheckedPrompt) -> String {
    let separator = first ? "" : ","
    first = false
    return separator + JSONReporter.encode(checked)
  }

  public mutating func finish(_ summary: CheckSummary) -> String {
    "],\"summary\":" + JSONReporter.encode(summary) + "}\n"
  }

  static func encode(_ checked: CheckedPrompt) -> String {
    JSONWriter.object([
      ("id", JSONWriter.optional(checked.input.id)),
      ("source", JSONWriter.string(checked.input.source)),
      ("passed", checked.passed ? "true" : "false"),
      ("findings", JSONWriter.array(checked.result.findings.map(encode))),
      ("diagnostics", JSONWriter.array(checked.result.diagnostics.map(encode))),
    ])
  }

  /// One finding as a JSON object, with the keys of the contract above.
  public static func encode(_ finding: Finding) -> String {
    JSONWriter.object([
      ("rule", JSONWriter.string(finding.rule)),
      ("severity", JSONWriter.string(finding.severity.rawValue)),
      ("reason", JSONWriter.string(finding.reason.rawValue)),
      ("message", JSONWriter.string(finding.message)),
      ("match", JSONWriter.string(finding.match)),
      ("line", String(finding.range.line)),
      ("column", String(finding.range.column)),
      ("endLine", String(finding.range.endLine)),
      ("endColumn", String(finding.range.endColumn)),
      ("suggestions", JSONWriter.array(finding.suggestions.map(JSONWriter.string))),
    ])
  }

  /// One diagnostic as a JSON object (`rule`, `message`).
  public static func encode(_ diagnostic: RuleDiagnostic) -> String {
    JSONWriter.object([("rule", JSONWriter.string(diagnostic.rule)), ("message", JSONWriter.string(diagnostic.message))])
  }

  static func encode(_ summary: CheckSummary) -> String {
    JSONWriter.object([
      ("prompts", String(summary.prompts)), ("passed", String(summary.passed)), ("failed", String(summary.failed)),
      ("errors", String(summary.errors)), ("warnings", String(summary.warnings)), ("infos", String(summary.infos)),
      ("diagnostics", String(summary.diagnostics)),
    ])
  }
}
