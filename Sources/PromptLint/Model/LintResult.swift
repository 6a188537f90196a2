/// Everything the linter found in one prompt.
public struct LintResult: Hashable, Sendable {
  /// Findings in the order of their position in the prompt.
  public var findings: [Finding]
  /// Rules that could not finish (see ``RuleDiagnostic``).
  public var diagnostics: [RuleDiagnostic]

  public init(findings: [Finding] = [], diagnostics: [RuleDiagnostic] = []) {
    self.findings = findings
    self.diagnostics = diagnostics
  }

  /// True when no finding is an error (with `strict`, when no finding is an error or a warning).
  public func passed(strict: Bool = false) -> Bool {
    !findings.contains { $0.severity == .error || (strict && $0.severity == .warning) }
  }

  /// True when every rule finished.
  public var isComplete: Bool { diagnostics.isEmpty }

  /// The reasons carried by error findings (with `strict`, warnings too), in `Reason` order.
  public func failureReasons(strict: Bool = false) -> [Reason] {
    let found = Set(findings.filter { $0.severity == .error || (strict && $0.severity == .warning) }.map(\.reason))
    return Reason.allCases.filter(found.contains)
  }
}
