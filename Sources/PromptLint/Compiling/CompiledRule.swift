import PCRE2

/// A rule ready to run: its spec, its compiled patterns and its message template.
public final class CompiledRule: Sendable {
  public let spec: RuleSpec
  let patterns: [CompiledPattern]
  let exceptions: [CompiledPattern]
  let when: [CompiledPattern]
  let then: [CompiledPattern]
  let onlyIf: [CompiledPattern]
  let unless: [CompiledPattern]
  let limits: MatchLimits
  /// Patterns one of which must match somewhere in the whole prompt for this rule to find anything
  /// (its triggers), when that can be known: the rule is skipped after one look at the prompt.
  let prefilter: [CompiledPattern]?
  let message: MessageTemplate
  /// The roles a unit (or, when counting clauses, a clause) must have to be looked at; empty: any.
  let roles: Set<String>

  init(
    spec: RuleSpec, patterns: [CompiledPattern], exceptions: [CompiledPattern], when: [CompiledPattern],
    then: [CompiledPattern], onlyIf: [CompiledPattern], unless: [CompiledPattern], message: MessageTemplate,
    prefilter: [CompiledPattern]?
  ) {
    self.prefilter = prefilter
    self.spec = spec
    self.patterns = patterns
    self.exceptions = exceptions
    self.when = when
    self.then = then
    self.onlyIf = onlyIf
    self.unless = unless
    self.message = message
    limits = spec.limits ?? .standard
    roles = Set(spec.roles)
  }

  /// Every compiled pattern of the rule, in the order only_if, unless, patterns, exceptions, when, then.
  public var allPatterns: [CompiledPattern] { onlyIf + unless + patterns + exceptions + when + then }
}
