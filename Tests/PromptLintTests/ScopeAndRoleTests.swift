import PromptLint
import Testing

@Suite("scopes, segmentation and roles")
struct ScopeAndRoleTests {
  static let needsLight = Fixture.rule(
    "needs-light", kind: .require, message: "no light", patterns: [#"\b(?:light|lamp)\b"#])

  @Test("sentences are cut after . ! ? and at line breaks; the boundary text belongs to no sentence")
  func sentences() throws {
    var rule = ScopeAndRoleTests.needsLight
    rule.scope = .sentence
    let result = try Fixture.lint("Use a lamp. Make it warmer!\nAdd light? Nothing", rule)
    #expect(result.findings.map(\.match) == ["Make it warmer!", "Nothing"])
    #expect(result.findings.map(place) == [[1, 13, 1, 28], [2, 12, 2, 19]])
  }

  @Test("clauses are cut inside sentences at the clause boundaries")
  func clauses() throws {
    var rule = ScopeAndRoleTests.needsLight
    rule.scope = .clause
    let result = try Fixture.lint("Use a lamp; make it warmer and add a light. Darker", rule)
    #expect(result.findings.map(\.match) == ["make it warmer", "Darker"])
    #expect(result.findings.map(place) == [[1, 13, 1, 27], [1, 45, 1, 51]])
  }

  @Test("overlapping boundary matches are one boundary: none of their text is left in a clause")
  func overlappingBoundaries() throws {
    // ", " and " and " overlap in ", and " (an Oxford comma): the clause after it is "swap the dog".
    var pack = Fixture.pack([Fixture.rule("first-word", message: "{match}", scope: .clause, patterns: [#"^\w+"#])])
    pack.clauseBoundaries = [PatternSpec(#"\s*,\s*"#), PatternSpec(#"\s+and\s+"#)]
    let linter = Linter(ruleSet: try RuleSet(packs: [pack]))
    #expect(linter.lint("Make it red, and swap the dog").findings.map(\.match) == ["Make", "swap"])
    #expect(linter.lint("Make it red and, swap the dog").findings.map(\.match) == ["Make", "swap"])
  }

  @Test("without segmentation, a sentence or clause is the whole trimmed prompt")
  func noSegmentation() throws {
    var rule = ScopeAndRoleTests.needsLight
    rule.scope = .clause
    let result = try Fixture.lint(" Darker. Warmer; bluer ", rule, segmentation: false)
    #expect(result.findings.map(\.match) == ["Darker. Warmer; bluer"])
  }

  @Test("forbid findings are the same whatever the scope")
  func forbidAcrossScopes() throws {
    let prompt = "TODO one. TODO two; TODO three and TODO four"
    var columns: [[Int]] = []
    for scope in RuleScope.allCases {
      let rule = Fixture.rule("no-todo", scope: scope, patterns: [#"\bTODO\b"#])
      columns.append(try Fixture.lint(prompt, rule).findings.map(\.range.column))
    }
    #expect(columns == [[1, 11, 21, 36], [1, 11, 21, 36], [1, 11, 21, 36]])
  }

  @Test("a roles filter looks only at units with those roles")
  func rolesFilter() throws {
    let prompt = "Make everything red; keep everything else the same."
    func columns(_ roles: [String]) throws -> [Int] {
      let rule = Fixture.rule("everything", scope: .clause, roles: roles, patterns: [#"\beverything\b"#])
      return try Fixture.lint(prompt, rule).findings.map(\.range.column)
    }
    #expect(try columns([]) == [6, 27])
    #expect(try columns(["change"]) == [6])
    #expect(try columns(["invariant"]) == [27])
    #expect(try columns(["invariant", "change"]) == [6, 27])
  }

  @Test("role patterns see the unit alone (^ is the start of the clause)")
  func rolePatternsAnchorAtUnit() throws {
    let rule = Fixture.rule("clause", scope: .clause, roles: ["invariant"], patterns: [#"\w+"#], maxFindings: 1)
    let result = try Fixture.lint("Warmer light. Leave the sky alone; keep it", rule)
    #expect(result.findings.map(\.match) == ["Leave"])
  }

  @Test("the rule set lists roles (default last) and aspects")
  func roleAndAspectNames() throws {
    let set = try RuleSet(packs: [Fixture.pack([Fixture.rule("x", patterns: ["x"])])])
    #expect(set.roleNames == ["invariant", "change"])
    #expect(set.aspectNames == ["lighting", "palette"])
    let plain = try RuleSet(packs: [Fixture.pack([Fixture.rule("x", patterns: ["x"])], roles: false)])
    #expect(plain.roleNames == ["other"])
  }

  @Test("a role filter needs a sentence or clause scope")
  func rolesNeedNarrowScope() throws {
    let rule = Fixture.rule("bad", roles: ["change"], patterns: ["x"])
    let error = try #require(Fixture.loadError([Fixture.pack([rule])]))
    #expect(error.kind == .invalidValue)
    #expect(error.message.contains("'roles' selects sentences or clauses"))
  }
}
