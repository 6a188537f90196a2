/// Checks that a rule's keys make sense together (the parser has already checked the types), so that
/// rules built in code or embedded in the binary meet the same bar as rule files.
enum RuleValidator {
  static func validate(_ spec: RuleSpec, knownRoles: Set<String>) throws(RuleLoadError) {
    func fail(_ message: String, kind: RuleLoadError.Kind = .invalidValue) -> RuleLoadError {
      RuleLoadError(kind, file: spec.file, line: spec.line, "rule '\(spec.id)': \(message)")
    }
    guard RuleValidator.isValidID(spec.id) else {
      throw RuleLoadError(
        .invalidValue, file: spec.file, line: spec.line,
        "id '\(spec.id)' must be lowercase letters, digits, '-', '_' or '.', starting with a letter")
    }
    switch spec.kind {
    case .forbid, .require, .count:
      if spec.patterns.isEmpty { throw fail("kind '\(spec.kind.rawValue)' needs 'patterns'", kind: .missingKey) }
      if !spec.when.isEmpty || !spec.then.isEmpty {
        throw fail("'when' and 'then' belong to kind 'conditional' only")
      }
    case .conditional:
      if spec.when.isEmpty { throw fail("kind 'conditional' needs 'when'", kind: .missingKey) }
      if spec.then.isEmpty { throw fail("kind 'conditional' needs 'then'", kind: .missingKey) }
      if !spec.patterns.isEmpty { throw fail("kind 'conditional' uses 'when' and 'then', not 'patterns'") }
    }
    if spec.kind == .count {
      if spec.min == nil && spec.max == nil { throw fail("kind 'count' needs 'min', 'max' or both", kind: .missingKey) }
      if let min = spec.min, let max = spec.max, min > max { throw fail("'min' (\(min)) is above 'max' (\(max))") }
      if let min = spec.min, min < 0 { throw fail("'min' must not be negative") }
      if let max = spec.max, max < 0 { throw fail("'max' must not be negative") }
      if spec.unit != .match && spec.scope == .clause {
        throw fail("'unit: \(spec.unit.rawValue)' counts clauses inside a prompt or sentence; use scope 'prompt' or 'sentence'")
      }
    } else {
      if spec.min != nil || spec.max != nil { throw fail("'min' and 'max' belong to kind 'count' only") }
      if spec.unit != .match { throw fail("'unit' belongs to kind 'count' only") }
    }
    if let thenScope = spec.thenScope {
      guard spec.kind == .conditional else { throw fail("'then_scope' belongs to kind 'conditional' only") }
      if RuleValidator.width(thenScope) < RuleValidator.width(spec.scope) {
        throw fail("'then_scope' (\(thenScope.rawValue)) must be at least as wide as 'scope' (\(spec.scope.rawValue))")
      }
    }
    if !spec.roles.isEmpty && spec.scope == .prompt && (spec.kind != .count || spec.unit == .match) {
      throw fail("'roles' selects sentences or clauses; use scope 'sentence' or 'clause', or a count 'unit' of clause/change")
    }
    let groupingRoles = spec.distinctRoles + spec.attachedRoles + spec.leadingRoles
    if !groupingRoles.isEmpty && (spec.kind != .count || spec.unit != .change) {
      throw fail("'distinct_roles', 'attached_roles' and 'leading_roles' belong to kind 'count' with 'unit: change'")
    }
    for role in spec.roles + groupingRoles where !knownRoles.contains(role) {
      let known = knownRoles.sorted().joined(separator: ", ")
      throw fail("unknown role '\(role)' (known: \(known))", kind: .reference)
    }
    if let maxFindings = spec.maxFindings, maxFindings < 1 { throw fail("'max_findings' must be at least 1") }
    if spec.message.isEmpty { throw fail("'message' must not be empty", kind: .missingKey) }
  }

  static func isValidID(_ id: String) -> Bool {
    guard let first = id.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
    return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || "-_.".unicodeScalars.contains($0) }
  }

  private static func width(_ scope: RuleScope) -> Int {
    switch scope {
    case .clause: return 0
    case .sentence: return 1
    case .prompt: return 2
    }
  }
}
