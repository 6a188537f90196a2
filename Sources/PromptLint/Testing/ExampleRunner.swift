/// Runs the `examples` of rules: each `fail` example must make its rule fire and each `pass` example
/// must not, linted with the whole rule set (so segmentation, roles and aspects apply as in real use).
public struct ExampleRunner: Sendable {
  /// One example that did not behave as its rule says.
  public struct Failure: Hashable, Sendable, CustomStringConvertible {
    public var rule: String
    public var file: String
    public var line: Int
    /// `true` for a `fail` example that did not fire, `false` for a `pass` example that fired.
    public var expectedToFire: Bool
    public var index: Int
    public var prompt: String
    /// What the rule said on a pass example that fired.
    public var message: String?

    public var description: String {
      let place = line > 0 ? "\(file):\(line)" : file
      let quoted = JSONWriter.string(prompt)
      if expectedToFire {
        return "\(place): rule '\(rule)': fail example \(index + 1) does not trigger it: \(quoted)"
      }
      return "\(place): rule '\(rule)': pass example \(index + 1) triggers it (\(message ?? "")): \(quoted)"
    }
  }

  /// The outcome of a run.
  public struct Report: Sendable {
    public var rules = 0
    public var examples = 0
    public var failures: [Failure] = []
    public var passed: Bool { failures.isEmpty }
  }

  public let linter: Linter

  public init(linter: Linter) {
    self.linter = linter
  }

  /// Tests the rules whose ids are in `ruleIDs` (all rules when `nil`).
  public func run(ruleIDs: Set<String>? = nil) -> Report {
    var report = Report()
    for rule in linter.ruleSet.rules where ruleIDs?.contains(rule.spec.id) ?? true {
      report.rules += 1
      let spec = rule.spec
      for (index, prompt) in spec.examples.fail.enumerated() {
        report.examples += 1
        let fired = linter.lint(prompt).findings.contains { $0.rule == spec.id }
        if !fired {
          report.failures.append(
            Failure(rule: spec.id, file: spec.file, line: spec.line, expectedToFire: true, index: index, prompt: prompt))
        }
      }
      for (index, prompt) in spec.examples.pass.enumerated() {
        report.examples += 1
        if let finding = linter.lint(prompt).findings.first(where: { $0.rule == spec.id }) {
          report.failures.append(
            Failure(
              rule: spec.id, file: spec.file, line: spec.line, expectedToFire: false, index: index, prompt: prompt,
              message: finding.message))
        }
      }
    }
    return report
  }
}
