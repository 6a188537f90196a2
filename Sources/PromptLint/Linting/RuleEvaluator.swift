import PCRE2

/// Runs one compiled rule over one analysed prompt and returns its findings, each with the byte offset
/// it starts at (for ordering).
struct RuleEvaluator {
  let rule: CompiledRule
  let analysis: PromptAnalysis

  func evaluate() throws(PCRE2Error) -> [(start: Int, finding: Finding)] {
    if let prefilter = rule.prefilter {
      // All matches, cached: for a one-sentence prompt the sentence is the prompt, and the scan is reused.
      var any = false
      for pattern in prefilter where !any {
        any = try !analysis.matches(of: pattern, in: analysis.prompt.range, limits: rule.limits).isEmpty
      }
      if !any { return [] }
    }
    var found: [(start: Int, finding: Finding)]
    switch rule.spec.kind {
    case .forbid: found = try forbid()
    case .require: found = try require()
    case .count: found = try count()
    case .conditional: found = try conditional()
    }
    found.sort { $0.start < $1.start }
    if let cap = rule.spec.maxFindings, found.count > cap { found.removeLast(found.count - cap) }
    return found
  }

  // MARK: - Kinds

  private func forbid() throws(PCRE2Error) -> [(start: Int, finding: Finding)] {
    var result: [(start: Int, finding: Finding)] = []
    var seen: Set<Range<Int>> = []
    for unit in try eligibleUnits() {
      for match in try liveMatches(of: rule.patterns, in: unit) where seen.insert(match.range).inserted {
        result.append((match.range.lowerBound, finding(at: match.range, groups: groupValues(match))))
      }
    }
    return result
  }

  private func require() throws(PCRE2Error) -> [(start: Int, finding: Finding)] {
    var result: [(start: Int, finding: Finding)] = []
    for unit in try eligibleUnits() where try liveMatches(of: rule.patterns, in: unit, first: true).isEmpty {
      result.append((unit.range.lowerBound, finding(at: unit.range)))
    }
    return result
  }

  private func count() throws(PCRE2Error) -> [(start: Int, finding: Finding)] {
    var result: [(start: Int, finding: Finding)] = []
    switch rule.spec.unit {
    case .match:
      for unit in try eligibleUnits() {
        let matches = try liveMatches(of: rule.patterns, in: unit)
        if let hit = try check(count: matches.count, items: matches.map(\.range), unit: unit, aspects: "") {
          result.append(hit)
        }
      }
    case .clause:
      for container in analysis.units(rule.spec.scope) {
        var counted: [Range<Int>] = []
        for clause in analysis.clauses(in: container) where try isEligible(clause) {
          if try !liveMatches(of: rule.patterns, in: clause, first: true).isEmpty { counted.append(clause.range) }
        }
        if let hit = try check(count: counted.count, items: counted, unit: container, aspects: "") {
          result.append(hit)
        }
      }
    case .change:
      let detailRole = analysis.ruleSet.defaultRole
      for container in analysis.units(rule.spec.scope) {
        var counter = ChangeCounter()
        var previousSentence = -1
        for clause in analysis.clauses(in: container) {
          if clause.sentence != previousSentence {
            counter.endSentence()
            previousSentence = clause.sentence
          }
          let role = analysis.role(of: clause)
          if rule.spec.attachedRoles.contains(role) {
            counter.addAttached(aspects: analysis.aspects(of: clause))
          } else if rule.spec.leadingRoles.contains(role) {
            counter.addLeading(clause.range, aspects: analysis.aspects(of: clause))
          } else if try isCounted(clause, role: role) {
            counter.add(clause.range, aspects: analysis.aspects(of: clause), distinct: rule.spec.distinctRoles.contains(role))
          } else if role == detailRole {
            counter.addDetail(clause.range, aspects: analysis.aspects(of: clause))
          } else {
            counter.addOther()
          }
        }
        counter.endSentence()
        let names = counter.describe(aspectNames: analysis.ruleSet.aspectNames)
        if let hit = try check(count: counter.count, items: counter.firstClauses, unit: container, aspects: names) {
          result.append(hit)
        }
      }
    }
    return result
  }

  private func conditional() throws(PCRE2Error) -> [(start: Int, finding: Finding)] {
    var result: [(start: Int, finding: Finding)] = []
    // The triggers first: most units have none, and they are cheaper to rule out than `only_if`.
    for unit in analysis.units(rule.spec.scope) {
      let triggers = try liveMatches(of: rule.when, in: unit)
      guard !triggers.isEmpty, try isEligible(unit) else { continue }
      let context: TextUnit
      switch rule.spec.thenScope ?? rule.spec.scope {
      case .prompt: context = analysis.prompt
      case .sentence: context = analysis.sentence(of: unit)
      case .clause: context = unit
      }
      let values = try allMatches(rule.then, in: context.range)
      for match in triggers where !values.contains(where: { !RuleEvaluator.overlaps($0, match.range) }) {
        result.append((match.range.lowerBound, finding(at: match.range, groups: groupValues(match))))
      }
    }
    return result
  }

  // MARK: - Helpers

  /// The units of the rule's scope whose role the rule accepts.
  private func eligibleUnits() throws(PCRE2Error) -> [TextUnit] {
    var units: [TextUnit] = []
    for unit in analysis.units(rule.spec.scope) where try isEligible(unit) { units.append(unit) }
    return units
  }

  /// Whether a clause counts as a change: its role is counted (or distinct) and a pattern matches.
  private func isCounted(_ clause: TextUnit, role: String) throws(PCRE2Error) -> Bool {
    if !rule.spec.distinctRoles.contains(role) {
      guard try isEligible(clause) else { return false }
    }
    return try !liveMatches(of: rule.patterns, in: clause, first: true).isEmpty
  }

  /// Whether the rule looks at `unit`: its role is accepted, an `only_if` pattern matches (when there
  /// are any) and no `unless` pattern does.
  private func isEligible(_ unit: TextUnit) throws(PCRE2Error) -> Bool {
    if !rule.roles.isEmpty && !rule.roles.contains(analysis.role(of: unit)) { return false }
    if !rule.onlyIf.isEmpty, try !anyMatch(rule.onlyIf, in: unit.range) { return false }
    if !rule.unless.isEmpty, try anyMatch(rule.unless, in: unit.range) { return false }
    return true
  }

  /// The ranges of every match of `patterns` inside `range`.
  private func allMatches(_ patterns: [CompiledPattern], in range: Range<Int>) throws(PCRE2Error) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    for pattern in patterns {
      ranges += try analysis.matches(of: pattern, in: range, limits: rule.limits).map(\.range)
    }
    return ranges
  }

  /// Whether one of `patterns` matches in `range` (stopping at the first match unless another rule
  /// already found them all).
  private func anyMatch(_ patterns: [CompiledPattern], in range: Range<Int>) throws(PCRE2Error) -> Bool {
    var found = false
    for pattern in patterns where !found {
      if let cached = analysis.cachedMatches(of: pattern, in: range, limits: rule.limits) {
        found = !cached.isEmpty
        continue
      }
      try analysis.forEachMatch(of: pattern, in: range, limits: rule.limits) { _ in
        found = true
        return false
      }
    }
    return found
  }

  /// The matches of `patterns` in `unit` that no exception cancels, in order, without duplicates.
  private func liveMatches(
    of patterns: [CompiledPattern], in unit: TextUnit, first: Bool = false
  ) throws(PCRE2Error) -> [LiveMatch] {
    var exceptions: [Range<Int>]?
    var result: [LiveMatch] = []
    var seen: Set<Range<Int>> = []
    for pattern in patterns {
      for match in try analysis.matches(of: pattern, in: unit.range, limits: rule.limits) {
        if exceptions == nil { exceptions = try exceptionRanges(in: unit) }
        if exceptions!.contains(where: { RuleEvaluator.overlaps($0, match.range) }) { continue }
        if seen.insert(match.range).inserted { result.append(LiveMatch(match: match, pattern: pattern)) }
      }
      if first && !result.isEmpty { break }
    }
    result.sort { $0.range.lowerBound < $1.range.lowerBound }
    return result
  }

  private func exceptionRanges(in unit: TextUnit) throws(PCRE2Error) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    for pattern in rule.exceptions {
      ranges += try analysis.matches(of: pattern, in: unit.range, limits: rule.limits).map(\.range)
    }
    return ranges
  }

  static func overlaps(_ exception: Range<Int>, _ match: Range<Int>) -> Bool {
    if match.isEmpty { return exception.lowerBound <= match.lowerBound && match.lowerBound < exception.upperBound }
    return exception.lowerBound < match.upperBound && match.lowerBound < exception.upperBound
  }

  /// A count rule's verdict on one unit: a finding at the first item past `max`, or over the unit
  /// when there are fewer than `min`.
  private func check(count: Int, items: [Range<Int>], unit: TextUnit, aspects: String) throws(PCRE2Error) -> (
    start: Int, finding: Finding
  )? {
    let extra = ["count": String(count), "aspects": aspects]
    if let max = rule.spec.max, count > max {
      let range = items.count > max ? items[max] : unit.range
      return (range.lowerBound, finding(at: range, groups: extra))
    }
    if let min = rule.spec.min, count < min {
      return (unit.range.lowerBound, finding(at: unit.range, groups: extra))
    }
    return nil
  }

  private func groupValues(_ live: LiveMatch) -> [String: String] {
    var values: [String: String] = [:]
    for (name, number) in live.pattern.pattern.groupNumbers where number <= live.match.groups.count {
      if let range = live.match.groups[number - 1] { values[name] = analysis.text.location(of: range).text }
    }
    return values
  }

  /// A match that survived the exceptions, with the pattern that made it.
  private struct LiveMatch {
    var match: Match
    var pattern: CompiledPattern
    var range: Range<Int> { match.range }
  }

  private func finding(at range: Range<Int>, groups: [String: String] = [:]) -> Finding {
    let (location, text) = analysis.text.location(of: range)
    var values = groups
    values["match"] = text
    values["rule"] = rule.spec.id
    if let min = rule.spec.min { values["min"] = String(min) }
    if let max = rule.spec.max { values["max"] = String(max) }
    return Finding(
      rule: rule.spec.id, severity: rule.spec.severity, reason: rule.spec.reason,
      message: rule.message.render(values), match: text, range: location, suggestions: rule.spec.suggestions)
  }
}
