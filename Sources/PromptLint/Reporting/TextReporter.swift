/// The human format: one line per finding in the compiler convention
/// `source:line:column: severity: message [rule-id]`, suggestions indented below, then a summary.
public struct TextReporter: Reporter {
  public static let identifier = "text"

  /// Whether to print the suggestions under each finding.
  public var showSuggestions: Bool

  public init(showSuggestions: Bool = true) {
    self.showSuggestions = showSuggestions
  }

  public mutating func begin() -> String { "" }

  public mutating func report(_ checked: CheckedPrompt) -> String {
    var out = ""
    for finding in checked.result.findings {
      out += "\(checked.input.source):\(finding.range.line):\(finding.range.column): "
      out += "\(finding.severity.rawValue): \(finding.message) [\(finding.rule)]\n"
      if showSuggestions {
        for suggestion in finding.suggestions { out += "    suggestion: \(suggestion)\n" }
      }
    }
    for diagnostic in checked.result.diagnostics {
      out += "\(checked.input.source): error: \(diagnostic.message) [\(diagnostic.rule)]\n"
    }
    return out
  }

  public mutating func finish(_ summary: CheckSummary) -> String {
    let noun = summary.prompts == 1 ? "prompt" : "prompts"
    var line = "\(summary.prompts) \(noun) checked: \(summary.passed) passed, \(summary.failed) failed"
    line += " (\(summary.errors) \(summary.errors == 1 ? "error" : "errors"), "
    line += "\(summary.warnings) \(summary.warnings == 1 ? "warning" : "warnings"), "
    line += "\(summary.infos) \(summary.infos == 1 ? "info" : "infos"))"
    if summary.diagnostics > 0 {
      line += "; incomplete: \(summary.diagnostics) rule \(summary.diagnostics == 1 ? "run" : "runs") did not finish"
    }
    return line + "\n"
  }
}
