import PCRE2

/// One rule as written in its YAML file: plain data, before any pattern is compiled.
///
/// The keys and their meaning are documented in the README ("Writing a rule"); `RuleFileParser` reads
/// them strictly (unknown or missing keys are errors) and `RuleSet` compiles them.
public struct RuleSpec: Hashable, Sendable {
  public var id: String
  public var kind: RuleKind
  public var severity: Severity
  public var reason: Reason
  /// The finding's message; `{match}`, `{count}`, `{min}`, `{max}`, `{aspects}` and named capture
  /// groups of the pattern are filled in.
  public var message: String
  public var description: String
  public var scope: RuleScope
  /// With `sentence` or `clause` scope: only units whose role is one of these (empty: every unit).
  public var roles: [String]
  /// The rule looks at a unit only when one of these patterns matches in it (empty: every unit).
  public var onlyIf: [PatternSpec]
  /// The rule skips a unit when one of these patterns matches in it.
  public var unless: [PatternSpec]
  /// Whether patterns match without regard to case (Unicode case folding).
  public var ignoreCase: Bool
  /// `forbid`, `require`, `count`: the patterns.
  public var patterns: [PatternSpec]
  /// Patterns whose matches cancel an overlapping match of `patterns` or `when`.
  public var exceptions: [PatternSpec]
  /// `conditional`: the trigger patterns.
  public var when: [PatternSpec]
  /// `conditional`: the patterns one of which must match for a `when` match to be fine.
  public var then: [PatternSpec]
  /// `conditional`: where the `then` patterns are looked for (the unit itself by default, or the
  /// whole sentence or prompt around it).
  public var thenScope: RuleScope?
  /// `count`: the bounds; a finding when the count is below `min` or above `max`.
  public var min: Int?
  public var max: Int?
  /// `count`: what is counted.
  public var unit: CountUnit
  /// `count` with `unit: change`: roles whose clauses always start a change of their own, even about
  /// an aspect already changed ("Oh, and ..." announces another change).
  public var distinctRoles: [String]
  /// `count` with `unit: change`: roles whose clauses describe the change before them and never start
  /// one ("Speed: slow" in a form).
  public var attachedRoles: [String]
  /// `count` with `unit: change`: roles whose clauses describe the change that follows them in the
  /// sentence ("On the phone screen, show ..."; objects before the verb in verb-final languages).
  public var leadingRoles: [String]
  public var suggestions: [String]
  public var examples: RuleExamples
  /// Per-rule PCRE2 limits (`match_limit`, `depth_limit`); `nil` uses the standard ones.
  public var limits: MatchLimits?
  /// Rules that take precedence: when one of them has a finding in a prompt, this rule's findings are
  /// dropped (a rewrite is reported as a rewrite, not also as several changes).
  public var suppressedBy: [String]
  /// At most this many findings of this rule per prompt (`nil`: no cap).
  public var maxFindings: Int?
  /// Optional link to more documentation.
  public var link: String?
  /// Where the rule was defined.
  public var file: String
  public var line: Int

  public init(
    id: String, kind: RuleKind, severity: Severity, reason: Reason, message: String, description: String,
    scope: RuleScope = .prompt, roles: [String] = [], onlyIf: [PatternSpec] = [], unless: [PatternSpec] = [],
    ignoreCase: Bool = true, patterns: [PatternSpec] = [],
    exceptions: [PatternSpec] = [], when: [PatternSpec] = [], then: [PatternSpec] = [],
    thenScope: RuleScope? = nil, min: Int? = nil, max: Int? = nil, unit: CountUnit = .match,
    distinctRoles: [String] = [], attachedRoles: [String] = [], leadingRoles: [String] = [],
    suggestions: [String] = [], examples: RuleExamples = RuleExamples(), limits: MatchLimits? = nil,
    suppressedBy: [String] = [], maxFindings: Int? = nil, link: String? = nil, file: String = "", line: Int = 0
  ) {
    self.id = id
    self.kind = kind
    self.severity = severity
    self.reason = reason
    self.message = message
    self.description = description
    self.scope = scope
    self.roles = roles
    self.onlyIf = onlyIf
    self.unless = unless
    self.ignoreCase = ignoreCase
    self.patterns = patterns
    self.exceptions = exceptions
    self.when = when
    self.then = then
    self.thenScope = thenScope
    self.min = min
    self.max = max
    self.unit = unit
    self.distinctRoles = distinctRoles
    self.attachedRoles = attachedRoles
    self.leadingRoles = leadingRoles
    self.suggestions = suggestions
    self.examples = examples
    self.limits = limits
    self.suppressedBy = suppressedBy
    self.maxFindings = maxFindings
    self.link = link
    self.file = file
    self.line = line
  }
}
