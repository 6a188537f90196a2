import Dispatch
import PCRE2

/// One prompt being linted: its text, its sentences and clauses, and the roles and aspects of those
/// units, each computed once and only when a rule asks for it.
final class PromptAnalysis {
  let text: PromptText
  let ruleSet: RuleSet
  let scratch: MatchScratch
  let profile: PatternProfile?
  /// Problems in the pack's own patterns (segmentation, roles, aspects) hit while analysing.
  private(set) var diagnostics: [RuleDiagnostic] = []

  private var cachedSentences: [TextUnit]?
  private var cachedClauses: [TextUnit]?
  private var roleCache: [Range<Int>: String] = [:]
  /// Every match of a pattern in a range, kept for the prompt: rules that share a pattern (the
  /// vague rules' triggers, say) find its matches once.
  private var matchCache: [MatchKey: [Match]] = [:]

  private struct MatchKey: Hashable {
    let pattern: ObjectIdentifier
    let range: Range<Int>
    let limits: MatchLimits
  }
  private var aspectCache: [Range<Int>: Set<Int>] = [:]

  init(text: PromptText, ruleSet: RuleSet, scratch: MatchScratch, profile: PatternProfile? = nil) {
    self.text = text
    self.ruleSet = ruleSet
    self.scratch = scratch
    self.profile = profile
  }

  /// The whole prompt, trimmed.
  var prompt: TextUnit {
    TextUnit(range: trimmed(0..<text.bytes.count) ?? 0..<0, sentence: 0)
  }

  /// The sentences, cut at the pack's sentence boundaries.
  var sentences: [TextUnit] {
    if let cachedSentences { return cachedSentences }
    let pieces = split(0..<text.bytes.count, at: ruleSet.sentenceBoundaries, owner: "segmentation.sentence")
    let units = pieces.enumerated().map { TextUnit(range: $0.element, sentence: $0.offset) }
    cachedSentences = units
    return units
  }

  /// The clauses, cut at the pack's clause boundaries inside each sentence.
  var clauses: [TextUnit] {
    if let cachedClauses { return cachedClauses }
    var units: [TextUnit] = []
    for sentence in sentences {
      for piece in split(sentence.range, at: ruleSet.clauseBoundaries, owner: "segmentation.clause") {
        units.append(TextUnit(range: piece, sentence: sentence.sentence))
      }
    }
    cachedClauses = units
    return units
  }

  /// The units of a scope.
  func units(_ scope: RuleScope) -> [TextUnit] {
    switch scope {
    case .prompt: return [prompt]
    case .sentence: return sentences
    case .clause: return clauses
    }
  }

  /// The clauses inside `container`.
  func clauses(in container: TextUnit) -> [TextUnit] {
    clauses.filter { container.range.lowerBound <= $0.range.lowerBound && $0.range.upperBound <= container.range.upperBound }
  }

  /// The sentence that holds `unit`.
  func sentence(of unit: TextUnit) -> TextUnit {
    let all = sentences
    return all.first { $0.sentence == unit.sentence } ?? prompt
  }

  /// The role of a unit: the first role (in pack order) one of whose patterns matches it.
  func role(of unit: TextUnit) -> String {
    if let role = roleCache[unit.range] { return role }
    var found = ruleSet.defaultRole
    search: for role in ruleSet.roles {
      for pattern in role.patterns where matches(pattern, in: unit.range, owner: "role.\(role.name)") {
        found = role.name
        break search
      }
    }
    roleCache[unit.range] = found
    return found
  }

  /// The aspects a unit is about (indexes into the rule set's aspects).
  func aspects(of unit: TextUnit) -> Set<Int> {
    if let aspects = aspectCache[unit.range] { return aspects }
    var found: Set<Int> = []
    for (index, aspect) in ruleSet.aspects.enumerated() {
      for pattern in aspect.patterns where matches(pattern, in: unit.range, owner: "aspect.\(aspect.name)") {
        found.insert(index)
        break
      }
    }
    aspectCache[unit.range] = found
    return found
  }

  /// Calls `body` with each match of `pattern` inside `range` (offsets relative to the whole text).
  func forEachMatch(
    of pattern: CompiledPattern, in range: Range<Int>, limits: MatchLimits = .standard,
    _ body: (Match) -> Bool
  ) throws(PCRE2Error) {
    let started = profile == nil ? 0 : DispatchTime.now().uptimeNanoseconds
    defer {
      if let profile {
        profile.record("\(pattern.spec.file):\(pattern.spec.line)", DispatchTime.now().uptimeNanoseconds - started)
      }
    }
    try text.bytes.withUnsafeBufferPointer { (all: UnsafeBufferPointer<UInt8>) throws(PCRE2Error) in
      let slice = UnsafeBufferPointer(rebasing: all[range])
      try pattern.pattern.forEachMatch(in: slice, scratch: scratch, limits: limits) { match in
        var shifted = match
        shifted.range = (match.range.lowerBound + range.lowerBound)..<(match.range.upperBound + range.lowerBound)
        shifted.groups = match.groups.map { group in
          group.map { ($0.lowerBound + range.lowerBound)..<($0.upperBound + range.lowerBound) }
        }
        return body(shifted)
      }
    }
  }

  /// Every match of `pattern` inside `range` (offsets relative to the whole text), found once per
  /// prompt.
  func matches(of pattern: CompiledPattern, in range: Range<Int>, limits: MatchLimits = .standard) throws(PCRE2Error) -> [Match] {
    let key = MatchKey(pattern: ObjectIdentifier(pattern), range: range, limits: limits)
    if let cached = matchCache[key] { return cached }
    var found: [Match] = []
    try forEachMatch(of: pattern, in: range, limits: limits) { match in
      found.append(match)
      return true
    }
    matchCache[key] = found
    return found
  }

  /// The matches already found for `pattern` in `range`, if any search found them all.
  func cachedMatches(of pattern: CompiledPattern, in range: Range<Int>, limits: MatchLimits) -> [Match]? {
    matchCache[MatchKey(pattern: ObjectIdentifier(pattern), range: range, limits: limits)]
  }

  /// Whether a pack pattern matches inside `range`; a limit error is recorded and counts as no match.
  private func matches(_ pattern: CompiledPattern, in range: Range<Int>, owner: String) -> Bool {
    var found = false
    do {
      try forEachMatch(of: pattern, in: range) { _ in
        found = true
        return false
      }
    } catch {
      record(owner, error)
    }
    return found
  }

  /// Cuts `range` at every match of `boundaries`, dropping the boundary text and empty pieces.
  private func split(_ range: Range<Int>, at boundaries: [CompiledPattern], owner: String) -> [Range<Int>] {
    var cuts: [Range<Int>] = []
    for boundary in boundaries {
      do {
        try forEachMatch(of: boundary, in: range) { match in
          cuts.append(match.range)
          return true
        }
      } catch {
        record(owner, error)
      }
    }
    cuts.sort { $0.lowerBound < $1.lowerBound }
    var pieces: [Range<Int>] = []
    var start = range.lowerBound
    for cut in cuts {
      // A cut that overlaps the previous one extends it, so no boundary text is left in a piece.
      if cut.lowerBound >= start, let piece = trimmed(start..<cut.lowerBound) { pieces.append(piece) }
      start = max(start, cut.upperBound)
    }
    if let piece = trimmed(start..<range.upperBound) { pieces.append(piece) }
    return pieces
  }

  /// `range` without leading and trailing white space, or `nil` when nothing is left.
  private func trimmed(_ range: Range<Int>) -> Range<Int>? {
    var lower = range.lowerBound
    var upper = range.upperBound
    let bytes = text.bytes
    while lower < upper, PromptAnalysis.isSpace(bytes[lower]) { lower += 1 }
    while upper > lower, PromptAnalysis.isSpace(bytes[upper - 1]) { upper -= 1 }
    return lower < upper ? lower..<upper : nil
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C
  }

  private func record(_ owner: String, _ error: PCRE2Error) {
    let diagnostic = RuleDiagnostic(rule: owner, message: "pack pattern did not finish: \(error)")
    if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
  }
}
