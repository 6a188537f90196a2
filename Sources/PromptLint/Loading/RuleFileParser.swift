import PCRE2
import Yams

/// Reads one rule file (YAML) into a ``RuleSpec``, strictly: unknown keys, missing keys, wrong types
/// and unknown kinds are errors naming the file and line.
public enum RuleFileParser {
  /// Every key a rule file may use.
  public static let keys = [
    "id", "kind", "severity", "reason", "message", "description", "scope", "roles", "only_if", "unless", "ignore_case",
    "patterns",
    "exceptions", "when", "then", "then_scope", "min", "max", "unit", "distinct_roles", "attached_roles", "leading_roles", "suggestions", "examples", "match_limit",
    "depth_limit", "suppressed_by", "max_findings", "link",
  ]

  /// Parses the YAML text of a rule file; `file` is the name used in errors.
  public static func parse(_ yaml: String, file: String) throws(RuleLoadError) -> RuleSpec {
    let root = try YAMLDocument.root(of: yaml, file: file)
    let map = try YAMLMapping(root, file: file, what: "a rule file")
    let what = "the rule"
    guard let id = try map.string("id", required: true, what: what),
      let kind = try map.choice("kind", RuleKind.self, required: true, what: what),
      let severity = try map.choice("severity", Severity.self, required: true, what: what),
      let reason = try map.choice("reason", Reason.self, required: true, what: what),
      let message = try map.string("message", required: true, what: what),
      let description = try map.string("description", required: true, what: what)
    else {
      throw RuleLoadError(.missingKey, file: file, line: map.line, "incomplete rule")
    }
    let examples = try parseExamples(map.required("examples", what: what), file: file)
    var limits: MatchLimits?
    let matchLimit = try map.integer("match_limit")
    let depthLimit = try map.integer("depth_limit")
    if matchLimit != nil || depthLimit != nil {
      var custom = MatchLimits.standard
      if let matchLimit {
        guard matchLimit > 0, matchLimit <= Int(UInt32.max) else {
          throw RuleLoadError(.invalidValue, file: file, line: map.line(of: "match_limit"), "'match_limit' must be a positive number")
        }
        custom.matchLimit = UInt32(matchLimit)
      }
      if let depthLimit {
        guard depthLimit > 0, depthLimit <= Int(UInt32.max) else {
          throw RuleLoadError(.invalidValue, file: file, line: map.line(of: "depth_limit"), "'depth_limit' must be a positive number")
        }
        custom.depthLimit = UInt32(depthLimit)
      }
      limits = custom
    }
    let spec = RuleSpec(
      id: id, kind: kind, severity: severity, reason: reason, message: message, description: description,
      scope: try map.choice("scope", RuleScope.self, required: false, what: what) ?? .prompt,
      roles: try map.strings("roles", what: what),
      onlyIf: try map.patterns("only_if"),
      unless: try map.patterns("unless"),
      ignoreCase: try map.bool("ignore_case") ?? true,
      patterns: try map.patterns("patterns"),
      exceptions: try map.patterns("exceptions"),
      when: try map.patterns("when"),
      then: try map.patterns("then"),
      thenScope: try map.choice("then_scope", RuleScope.self, required: false, what: what),
      min: try map.integer("min"),
      max: try map.integer("max"),
      unit: try map.choice("unit", CountUnit.self, required: false, what: what) ?? .match,
      distinctRoles: try map.strings("distinct_roles", what: what),
      attachedRoles: try map.strings("attached_roles", what: what),
      leadingRoles: try map.strings("leading_roles", what: what),
      suggestions: try map.strings("suggestions", what: what),
      examples: examples,
      limits: limits,
      suppressedBy: try map.strings("suppressed_by", what: what),
      maxFindings: try map.integer("max_findings"),
      link: try map.string("link", required: false, what: what),
      file: file,
      line: map.line(of: "id"))
    try map.finish(allowed: keys)
    return spec
  }

  private static func parseExamples(_ node: Node, file: String) throws(RuleLoadError) -> RuleExamples {
    let map = try YAMLMapping(node, file: file, what: "'examples'")
    guard map.has("fail") else {
      throw RuleLoadError(.missingKey, file: file, line: map.line, "'examples' needs a 'fail' list (prompts the rule must flag)")
    }
    guard map.has("pass") else {
      throw RuleLoadError(.missingKey, file: file, line: map.line, "'examples' needs a 'pass' list (prompts the rule must leave alone)")
    }
    let examples = RuleExamples(pass: try map.strings("pass", what: "examples"), fail: try map.strings("fail", what: "examples"))
    if examples.fail.isEmpty {
      throw RuleLoadError(.invalidValue, file: file, line: map.line(of: "fail"), "'examples.fail' must list at least one prompt")
    }
    try map.finish(allowed: ["pass", "fail"])
    return examples
  }
}
