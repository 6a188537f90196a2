import Foundation
import PCRE2
import PromptLint

/// Small packs built in code for the engine tests.
enum Fixture {
  /// Sentences end after . ! ? and at line breaks; clauses are cut at ';' and "and".
  static let sentenceBoundaries = [#"(?<=[.!?])\s+"#, #"\R+"#]
  static let clauseBoundaries = [";", #",?\s+and\s+"#]
  static let roles = [("invariant", [#"^\W*(?:keep|leave)\b"#])]
  static let aspects = [
    ("lighting", [#"\b(?:light|lighting|lamp|shadows?)\b"#]),
    ("palette", [#"\b(?:colou?rs?|palette|red|blue|teal)\b"#]),
  ]

  /// A rule with defaults for everything a test does not care about.
  static func rule(
    _ id: String, kind: RuleKind = .forbid, severity: Severity = .error, reason: Reason = .other,
    message: String = "found {match}", scope: RuleScope = .prompt, roles: [String] = [], ignoreCase: Bool = true,
    patterns: [String] = [], exceptions: [String] = [], when: [String] = [], then: [String] = [],
    thenScope: RuleScope? = nil, min: Int? = nil, max: Int? = nil, unit: CountUnit = .match,
    suggestions: [String] = [], examples: RuleExamples = RuleExamples(fail: ["x"]), limits: MatchLimits? = nil,
    maxFindings: Int? = nil
  ) -> RuleSpec {
    let file = "test/\(id).yaml"
    func specs(_ texts: [String]) -> [PatternSpec] { texts.map { PatternSpec($0, file: file, line: 8) } }
    return RuleSpec(
      id: id, kind: kind, severity: severity, reason: reason, message: message, description: "Test rule \(id).",
      scope: scope, roles: roles, ignoreCase: ignoreCase, patterns: specs(patterns), exceptions: specs(exceptions),
      when: specs(when), then: specs(then), thenScope: thenScope, min: min, max: max, unit: unit,
      suggestions: suggestions, examples: examples, limits: limits, maxFindings: maxFindings, file: file, line: 1)
  }

  /// A pack holding `rules`, with the standard segmentation, roles and aspects unless told otherwise.
  static func pack(
    _ rules: [RuleSpec], segmentation: Bool = true, roles: Bool = true, aspects: Bool = true,
    fragments: [(String, String)] = [], name: String = "test"
  ) -> PackSpec {
    func specs(_ texts: [String], _ file: String) -> [PatternSpec] {
      texts.map { PatternSpec($0, file: file, line: 3) }
    }
    return PackSpec(
      name: name, directory: name,
      fragments: fragments.map {
        PackSpec.Fragment(name: $0.0, pattern: PatternSpec($0.1, file: "\(name)/pack.yaml", line: 2))
      },
      sentenceBoundaries: segmentation ? specs(sentenceBoundaries, "\(name)/pack.yaml") : [],
      clauseBoundaries: segmentation ? specs(clauseBoundaries, "\(name)/pack.yaml") : [],
      roles: roles ? self.roles.map { PackSpec.Label(name: $0.0, patterns: specs($0.1, "\(name)/pack.yaml")) } : [],
      defaultRole: roles ? "change" : nil,
      aspects: aspects
        ? self.aspects.map { PackSpec.Label(name: $0.0, patterns: specs($0.1, "\(name)/pack.yaml")) } : [],
      rules: rules)
  }

  static func linter(_ rules: RuleSpec..., segmentation: Bool = true, fragments: [(String, String)] = []) throws
    -> Linter
  {
    Linter(ruleSet: try RuleSet(packs: [pack(rules, segmentation: segmentation, fragments: fragments)]))
  }

  /// Lints `prompt` with a pack of `rules`.
  static func lint(_ prompt: String, _ rules: RuleSpec..., segmentation: Bool = true) throws -> LintResult {
    let set = try RuleSet(packs: [pack(rules, segmentation: segmentation)])
    return Linter(ruleSet: set).lint(prompt)
  }

  /// The error `RuleSet(packs:)` throws for `packs`, or `nil`.
  static func loadError(_ packs: [PackSpec]) -> RuleLoadError? {
    do throws(RuleLoadError) {
      _ = try RuleSet(packs: packs)
      return nil
    } catch {
      return error
    }
  }
}

/// (line, column, endLine, endColumn) of a finding, for compact expectations.
func place(_ finding: Finding) -> [Int] {
  [finding.range.line, finding.range.column, finding.range.endLine, finding.range.endColumn]
}

/// A temporary folder, removed when the value goes away.
final class TempFolder {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("remixlint-tests-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Writes `text` to `relative` (creating folders).
  func write(_ relative: String, _ text: String) throws {
    try write(relative, bytes: Array(text.utf8))
  }

  func write(_ relative: String, bytes: [UInt8]) throws {
    let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
  }

  /// Loads the pack in this folder, naming its files `displayName/...`, and compiles it.
  func load(displayName: String = "pack") throws(RuleLoadError) -> RuleSet {
    try RuleSet(packs: [PackLoader.load(directory: path, displayName: displayName)])
  }

  /// The error loading this folder gives, or `nil` when it loads.
  func loadError(displayName: String = "pack") -> RuleLoadError? {
    do throws(RuleLoadError) {
      _ = try load(displayName: displayName)
      return nil
    } catch {
      return error
    }
  }
}

/// A valid rule file; `extra` lines are appended (they may add keys).
func ruleYAML(
  id: String, kind: String = "forbid", severity: String = "error", reason: String = "placeholder",
  message: String = "'Leftover {match}.'", pattern: String = #"'\bTODO\b'"#, extra: String = ""
) -> String {
  """
  id: \(id)
  kind: \(kind)
  severity: \(severity)
  reason: \(reason)
  message: \(message)
  description: A test rule.
  patterns:
    - \(pattern)
  examples:
    pass: ['Make the sky red.']
    fail: ['Fix the TODO.']

  """ + extra
}
