/// Totals over a run of `check`.
public struct CheckSummary: Hashable, Sendable {
  public var prompts = 0
  public var passed = 0
  public var failed = 0
  public var errors = 0
  public var warnings = 0
  public var infos = 0
  /// Rules that did not finish on some prompt (the run is incomplete).
  public var diagnostics = 0

  public init() {}

  public mutating func add(_ checked: CheckedPrompt) {
    prompts += 1
    if checked.passed { passed += 1 } else { failed += 1 }
    for finding in checked.result.findings {
      switch finding.severity {
      case .error: errors += 1
      case .warning: warnings += 1
      case .info: infos += 1
      }
    }
    diagnostics += checked.result.diagnostics.count
  }
}
