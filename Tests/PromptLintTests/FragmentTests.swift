import PromptLint
import Testing

@Suite("vocabulary fragments")
struct FragmentTests {
  static let fragments = [
    ("light_word", "(?:light|lamp)s?"),
    ("warm_light", "warm (?&light_word)"),
  ]

  func ruleSet(_ rules: RuleSpec..., fragments: [(String, String)] = FragmentTests.fragments) throws -> RuleSet {
    try RuleSet(packs: [Fixture.pack(rules, fragments: fragments)])
  }

  func effective(_ set: RuleSet, owner: String) -> [String] {
    set.effectivePatterns.filter { $0.owner == owner }.map(\.pattern.effectiveText)
  }

  @Test("(?&name) expands to (?:fragment); effectivePatterns shows the text with (?i)")
  func expansion() throws {
    let set = try ruleSet(Fixture.rule("lights", patterns: [#"\b(?&light_word)\b"#]))
    #expect(effective(set, owner: "lights") == [#"(?i)\b(?:(?:light|lamp)s?)\b"#])
    let result = Linter(ruleSet: set).lint("Dim the Lamps.")
    #expect(result.findings.map(\.match) == ["Lamps"])
  }

  @Test("fragments may use fragments")
  func nested() throws {
    let set = try ruleSet(Fixture.rule("warm", ignoreCase: false, patterns: [#"\b(?&warm_light)\b"#]))
    #expect(effective(set, owner: "warm") == [#"\b(?:warm (?:(?:light|lamp)s?))\b"#])
    #expect(Linter(ruleSet: set).lint("a warm lamps glow").findings.map(\.match) == ["warm lamps"])
    #expect(Linter(ruleSet: set).lint("a Warm lamp").findings.isEmpty)
  }

  @Test("the pattern as written is kept next to the expanded text")
  func specKept() throws {
    let set = try ruleSet(Fixture.rule("lights", patterns: [#"(?&light_word)"#]))
    let pattern = try #require(set.effectivePatterns.first { $0.owner == "lights" }?.pattern)
    #expect(pattern.spec.text == "(?&light_word)")
    #expect(pattern.spec.file == "test/lights.yaml")
  }

  @Test("effectivePatterns lists segmentation, roles and aspects before the rules")
  func owners() throws {
    let set = try ruleSet(Fixture.rule("lights", patterns: [#"(?&light_word)"#], exceptions: ["x"]))
    #expect(
      set.effectivePatterns.map(\.owner) == [
        "segmentation.sentence", "segmentation.sentence", "segmentation.clause", "segmentation.clause",
        "role.invariant", "aspect.lighting", "aspect.palette", "lights", "lights",
      ])
    #expect(effective(set, owner: "segmentation.sentence") == [#"(?i)(?<=[.!?])\s+"#, #"(?i)\R+"#])
  }

  @Test("(?&name) of a named group (not a fragment) stays a PCRE2 subroutine call")
  func subroutineCallsStay() throws {
    let set = try ruleSet(Fixture.rule("twice", patterns: [#"(?<x>ab)-(?&x)"#]))
    #expect(effective(set, owner: "twice") == [#"(?i)(?<x>ab)-(?&x)"#])
    #expect(Linter(ruleSet: set).lint("ab-ab").findings.map(\.match) == ["ab-ab"])
  }

  @Test("references inside \\Q...\\E and character classes are not expanded")
  func quotedReferences() throws {
    let set = try ruleSet(Fixture.rule("quoted", patterns: [#"\Q(?&light_word)\E"#, #"[(?&light_word)]x"#]))
    #expect(effective(set, owner: "quoted") == [#"(?i)\Q(?&light_word)\E"#, #"(?i)[(?&light_word)]x"#])
    #expect(Linter(ruleSet: set).lint("see (?&light_word)").findings.map(\.match) == ["(?&light_word)"])
  }

  @Test("a fragment cycle is a load error")
  func cycle() throws {
    let error = try #require(
      Fixture.loadError([
        Fixture.pack([Fixture.rule("x", patterns: ["(?&a)"])], fragments: [("a", "x(?&b)"), ("b", "y(?&a)")])
      ]))
    #expect(error.kind == .reference)
    #expect(error.message.contains("refers to itself"))
    #expect(error.message.contains("a -> b -> a") || error.message.contains("b -> a -> b"))
    #expect(error.file == "test/pack.yaml")
    #expect(!error.description.contains("\n"))
  }

  @Test("fragments of an earlier pack are visible to a later one, not the other way round")
  func fragmentsAcrossPacks() throws {
    let first = Fixture.pack(
      [Fixture.rule("first", patterns: ["zzz"])], fragments: FragmentTests.fragments, name: "first")
    let second = Fixture.pack([Fixture.rule("second", patterns: [#"(?&light_word)"#])], name: "second")
    let set = try RuleSet(packs: [first, second])
    #expect(Linter(ruleSet: set).lint("lamps").findings.map(\.rule) == ["second"])
    let reversed = Fixture.loadError([second, first])
    #expect(reversed?.kind == .invalidPattern)
    #expect(reversed?.message.contains("reference to non-existent subpattern") == true)
  }

  @Test("an error inside a fragment names the fragment")
  func errorInFragment() throws {
    let error = try #require(
      Fixture.loadError([Fixture.pack([Fixture.rule("x", patterns: ["(?&bad)"])], fragments: [("bad", "(unclosed")])]))
    #expect(error.kind == .invalidPattern)
    #expect(error.message == "fragment 'bad': invalid PCRE2 pattern: missing closing parenthesis at column 10")
  }

  @Test("a fragment that only fails in context is reported in the rule's pattern")
  func errorInContext() throws {
    // `a+` compiles alone, but not inside a lookbehind, which must have a bounded length; PCRE2 reports
    // the lookbehind, at column 3 of the pattern as written.
    let error = try #require(
      Fixture.loadError([Fixture.pack([Fixture.rule("x", patterns: ["éx(?<=(?&var))"])], fragments: [("var", "a+")])]))
    #expect(error.kind == .invalidPattern)
    #expect(
      error.description
        == "test/x.yaml:8: patterns[1]: invalid PCRE2 pattern: lookbehind assertion is not fixed length at column 3")
  }

  @Test("an error PCRE2 reports inside a pasted fragment names the fragment and the column of the reference")
  func errorInsideFragment() throws {
    // `(?<n>a)` compiles alone, but pasted twice it defines the group name twice.
    let error = try #require(
      Fixture.loadError([Fixture.pack([Fixture.rule("x", patterns: ["(?&f)(?&f)"])], fragments: [("f", "(?<n>a)")])]))
    #expect(error.kind == .invalidPattern)
    #expect(
      error.message
        == "patterns[1]: invalid PCRE2 pattern: two named subpatterns have the same name (PCRE2_DUPNAMES not set) inside fragment 'f' used at column 6"
    )
  }

  @Test("an error at the end of the expanded pattern is at the end of the pattern as written")
  func errorAtEnd() throws {
    // `a\K` compiles alone, but \K is not allowed inside a lookaround; PCRE2 reports it at the end.
    let error = try #require(
      Fixture.loadError([Fixture.pack([Fixture.rule("x", patterns: ["x(?=(?&keep))"])], fragments: [("keep", #"a\K"#)])]
      ))
    #expect(error.kind == .invalidPattern)
    #expect(error.message.hasPrefix("patterns[1]: invalid PCRE2 pattern: \\K is not allowed in lookarounds"))
    // "x(?=(?&keep))" has 13 characters.
    #expect(error.message.hasSuffix(" at column 14"))
  }
}
