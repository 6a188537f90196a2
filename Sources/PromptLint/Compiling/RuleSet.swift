import PCRE2

/// The rules in effect, compiled once and shared: the rules of every loaded pack plus the packs'
/// segmentation (sentence and clause boundaries), clause roles and aspects.
///
/// A `RuleSet` is immutable and `Sendable`; one instance lints any number of prompts, from any number
/// of threads (see ``Linter``).
public final class RuleSet: Sendable {
  /// A named group of patterns attached to units (a role or an aspect).
  struct Label: Sendable {
    let name: String
    let patterns: [CompiledPattern]
  }

  /// The packs the rules came from, in load order.
  public let packs: [PackSpec]
  /// The rules, in load order (pack by pack, file name order within a pack).
  public let rules: [CompiledRule]
  let sentenceBoundaries: [CompiledPattern]
  let clauseBoundaries: [CompiledPattern]
  let roles: [Label]
  let defaultRole: String
  let aspects: [Label]
  /// Every pattern spec with the compiled pattern it uses (identical patterns share one).
  private let compiledSpecs: [(spec: PatternSpec, pattern: CompiledPattern)]

  /// Compiles `packs` (the default pack first, if it is used).
  /// - Throws: the first problem found, naming the file and line.
  public init(packs: [PackSpec], jit: Pattern.JITMode = .attempt) throws(RuleLoadError) {
    var visibleFragments: [String: PackSpec.Fragment] = [:]
    var sentenceBoundaries: [CompiledPattern] = []
    var clauseBoundaries: [CompiledPattern] = []
    var roleOrder: [String] = []
    var rolePatterns: [String: [CompiledPattern]] = [:]
    var aspectOrder: [String] = []
    var aspectPatterns: [String: [CompiledPattern]] = [:]
    var defaultRole = "other"
    var ruleSpecs: [(spec: RuleSpec, fragments: [String: PackSpec.Fragment], pack: Int)] = []
    var seenRules: [String: RuleSpec] = [:]
    var compilers: [PatternCompiler] = []

    for (packIndex, pack) in packs.enumerated() {
      for fragment in pack.fragments { visibleFragments[fragment.name] = fragment }
      var compiler = PatternCompiler(fragments: visibleFragments, jit: jit)
      // A pack compiled at build time was checked then; fragments of other packs are compiled alone
      // so an error in one is reported at the fragment, not in every pattern that uses it.
      if !pack.isPrecompiled {
        for fragment in pack.fragments {
          _ = try compiler.compile(fragment.pattern, ignoreCase: true, what: "fragment '\(fragment.name)'")
        }
      }
      for (index, spec) in pack.sentenceBoundaries.enumerated() {
        sentenceBoundaries.append(try compiler.compile(spec, ignoreCase: true, what: "sentence boundary \(index + 1)"))
      }
      for (index, spec) in pack.clauseBoundaries.enumerated() {
        clauseBoundaries.append(try compiler.compile(spec, ignoreCase: true, what: "clause boundary \(index + 1)"))
      }
      for role in pack.roles {
        if rolePatterns[role.name] == nil { roleOrder.append(role.name) }
        for (index, spec) in role.patterns.enumerated() {
          rolePatterns[role.name, default: []].append(
            try compiler.compile(spec, ignoreCase: true, what: "role '\(role.name)' pattern \(index + 1)"))
        }
      }
      for aspect in pack.aspects {
        if aspectPatterns[aspect.name] == nil { aspectOrder.append(aspect.name) }
        for (index, spec) in aspect.patterns.enumerated() {
          aspectPatterns[aspect.name, default: []].append(
            try compiler.compile(spec, ignoreCase: true, what: "aspect '\(aspect.name)' pattern \(index + 1)"))
        }
      }
      if let role = pack.defaultRole { defaultRole = role }
      for spec in pack.rules {
        if let earlier = seenRules[spec.id] {
          throw RuleLoadError(
            .reference, file: spec.file, line: spec.line,
            "rule id '\(spec.id)' is already defined in \(earlier.file)")
        }
        seenRules[spec.id] = spec
        ruleSpecs.append((spec, visibleFragments, packIndex))
      }
      compilers.append(compiler)
    }

    let knownRoles = Set(roleOrder).union([defaultRole])
    for (spec, _, _) in ruleSpecs {
      for other in spec.suppressedBy where seenRules[other] == nil || other == spec.id {
        throw RuleLoadError(
          .reference, file: spec.file, line: spec.line,
          other == spec.id
            ? "rule '\(spec.id)': 'suppressed_by' names the rule itself"
            : "rule '\(spec.id)': 'suppressed_by' names an unknown rule '\(other)'")
      }
    }
    var rules: [CompiledRule] = []
    rules.reserveCapacity(ruleSpecs.count)
    var anchoredFragments: [String: Bool] = [:]
    for (spec, fragments, packIndex) in ruleSpecs {
      let anchored = { (pattern: PatternSpec) -> Bool in
        if AnchorScanner.isAnchored(pattern.text) { return true }
        return FragmentExpander.references(in: pattern.text).contains { reference in
          guard let fragment = fragments[reference.name] else { return false }
          if let known = anchoredFragments[reference.name] { return known }
          let result = AnchorScanner.isAnchored(fragment.pattern.text)
          anchoredFragments[reference.name] = result
          return result
        }
      }
      rules.append(try RuleSet.compile(spec, knownRoles: knownRoles, compiler: &compilers[packIndex], anchored: anchored))
    }
    compiledSpecs = compilers.flatMap(\.compiled)

    self.packs = packs
    self.rules = rules
    self.sentenceBoundaries = sentenceBoundaries
    self.clauseBoundaries = clauseBoundaries
    self.roles = roleOrder.map { Label(name: $0, patterns: rolePatterns[$0] ?? []) }
    self.defaultRole = defaultRole
    self.aspects = aspectOrder.map { Label(name: $0, patterns: aspectPatterns[$0] ?? []) }
  }

  /// Every pattern the rule set uses, restored or compiled now (a batch prepares them before it
  /// spreads over threads, so no worker waits for another's first use).
  public func prepareAll() {
    for (_, pattern) in effectivePatterns { pattern.prepare() }
  }

  /// The build-time compiled form of every pattern (base64 of PCRE2's serialized code), keyed by
  /// ``PatternSpec/precompiledKey``, for embedding a pack in a binary.
  public func serializedPatterns() -> [String: String] {
    var result: [String: String] = [:]
    var encoded: [ObjectIdentifier: String] = [:]
    for (spec, pattern) in compiledSpecs {
      let id = ObjectIdentifier(pattern)
      if encoded[id] == nil, let bytes = pattern.pattern.serialized() { encoded[id] = Base64.encode(bytes) }
      result[spec.precompiledKey] = encoded[id]
    }
    return result
  }

  /// The names of the clause roles, in priority order, then the default role.
  public var roleNames: [String] { roles.map(\.name) + [defaultRole] }
  /// The names of the aspects.
  public var aspectNames: [String] { aspects.map(\.name) }

  /// Every pattern PCRE2 compiles for these rules, exactly as compiled (expanded, with `(?i)` where
  /// the rule is case-insensitive): segmentation, roles and aspects first, then each rule's patterns.
  public var effectivePatterns: [(owner: String, pattern: CompiledPattern)] {
    var result: [(String, CompiledPattern)] = []
    result += sentenceBoundaries.map { ("segmentation.sentence", $0) }
    result += clauseBoundaries.map { ("segmentation.clause", $0) }
    for role in roles { result += role.patterns.map { ("role.\(role.name)", $0) } }
    for aspect in aspects { result += aspect.patterns.map { ("aspect.\(aspect.name)", $0) } }
    for rule in rules { result += rule.allPatterns.map { (rule.spec.id, $0) } }
    return result
  }

  /// The triggers a sentence- or clause-scoped rule can be skipped on: for `forbid` and `count` (with
  /// only a `max`) its patterns, for `conditional` its `when` patterns, provided none of them depends
  /// on where its subject starts or ends.
  private static func prefilter(
    for spec: RuleSpec, patterns: [CompiledPattern], when: [CompiledPattern], anchored: (PatternSpec) -> Bool
  ) -> [CompiledPattern]? {
    guard spec.scope != .prompt else { return nil }
    let triggers: [CompiledPattern]
    switch spec.kind {
    case .forbid: triggers = patterns
    case .conditional: triggers = when
    case .count where spec.unit == .match && spec.min == nil: triggers = patterns
    default: return nil
    }
    return triggers.contains { anchored($0.spec) } ? nil : triggers
  }

  private static func compile(
    _ spec: RuleSpec, knownRoles: Set<String>, compiler: inout PatternCompiler,
    anchored: (PatternSpec) -> Bool
  ) throws(RuleLoadError) -> CompiledRule {
    try RuleValidator.validate(spec, knownRoles: knownRoles)
    func compileAll(_ specs: [PatternSpec], _ key: String) throws(RuleLoadError) -> [CompiledPattern] {
      var result: [CompiledPattern] = []
      for (index, pattern) in specs.enumerated() {
        result.append(try compiler.compile(pattern, ignoreCase: spec.ignoreCase, what: "\(key)[\(index + 1)]"))
      }
      return result
    }
    let patterns = try compileAll(spec.patterns, "patterns")
    let exceptions = try compileAll(spec.exceptions, "exceptions")
    let when = try compileAll(spec.when, "when")
    let then = try compileAll(spec.then, "then")
    let onlyIf = try compileAll(spec.onlyIf, "only_if")
    let unless = try compileAll(spec.unless, "unless")
    var allowed = MessageTemplate.builtIn
    for pattern in patterns + when { allowed.formUnion(PatternCompiler.groupNames(in: pattern.spec.text)) }
    let message: MessageTemplate
    do {
      message = try MessageTemplate(spec.message, allowed: allowed)
    } catch {
      throw RuleLoadError(.invalidValue, file: spec.file, line: spec.line, "message: \(error.problem)")
    }
    return CompiledRule(
      spec: spec, patterns: patterns, exceptions: exceptions, when: when, then: then, onlyIf: onlyIf, unless: unless,
      message: message, prefilter: prefilter(for: spec, patterns: patterns, when: when, anchored: anchored))
  }
}
