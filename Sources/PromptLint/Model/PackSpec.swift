/// A rule pack as written on disk: a folder of rule files plus an optional `pack.yaml` that names the
/// pack, defines vocabulary fragments, the sentence and clause boundaries, clause roles and aspects.
public struct PackSpec: Hashable, Sendable {
  /// A named pattern fragment, used in any pattern of the pack (and of packs loaded after it) as
  /// `(?&name)`, which expands to `(?:fragment)`.
  public struct Fragment: Hashable, Sendable {
    public var name: String
    public var pattern: PatternSpec
    public init(name: String, pattern: PatternSpec) {
      self.name = name
      self.pattern = pattern
    }
  }

  /// A named set of patterns attached to units: a clause role (`invariant`, `state`, `change`, ...)
  /// or an aspect (`lighting`, `palette`, ...).
  public struct Label: Hashable, Sendable {
    public var name: String
    public var patterns: [PatternSpec]
    public init(name: String, patterns: [PatternSpec]) {
      self.name = name
      self.patterns = patterns
    }
  }

  public var name: String
  /// The folder (or, for the default pack, `rules`) the pack was read from.
  public var directory: String
  public var description: String
  public var fragments: [Fragment]
  /// Patterns whose matches separate sentences (the matched text belongs to no sentence).
  public var sentenceBoundaries: [PatternSpec]
  /// Patterns whose matches separate clauses inside a sentence.
  public var clauseBoundaries: [PatternSpec]
  /// Clause roles in priority order: a unit takes the first role one of whose patterns matches it.
  public var roles: [Label]
  /// The role of a unit no role pattern matches.
  public var defaultRole: String?
  /// Aspects: what a clause is about. A unit carries every aspect one of whose patterns matches it.
  public var aspects: [Label]
  public var rules: [RuleSpec]

  /// Whether every pattern of the pack carries build-time compiled code (the embedded default pack).
  public var isPrecompiled: Bool {
    var all: [PatternSpec] = sentenceBoundaries + clauseBoundaries
    for label in roles + aspects { all += label.patterns }
    for rule in rules {
      all += rule.patterns
      all += rule.exceptions
      all += rule.when
      all += rule.then
      all += rule.onlyIf
      all += rule.unless
    }
    return !all.isEmpty && all.allSatisfy { $0.precompiled != nil }
  }

  public init(
    name: String, directory: String, description: String = "", fragments: [Fragment] = [],
    sentenceBoundaries: [PatternSpec] = [], clauseBoundaries: [PatternSpec] = [], roles: [Label] = [],
    defaultRole: String? = nil, aspects: [Label] = [], rules: [RuleSpec] = []
  ) {
    self.name = name
    self.directory = directory
    self.description = description
    self.fragments = fragments
    self.sentenceBoundaries = sentenceBoundaries
    self.clauseBoundaries = clauseBoundaries
    self.roles = roles
    self.defaultRole = defaultRole
    self.aspects = aspects
    self.rules = rules
  }
}
