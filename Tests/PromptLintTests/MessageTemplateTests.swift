import PromptLint
import Testing

@Suite("message placeholders")
struct MessageTemplateTests {
  @Test("{match} and {rule}")
  func matchAndRule() throws {
    let rule = Fixture.rule("no-todo", message: "{rule}: '{match}' is left over", patterns: [#"\bTODO\b"#])
    #expect(try Fixture.lint("Fix TODO", rule).findings.map(\.message) == ["no-todo: 'TODO' is left over"])
  }

  @Test("{count}, {min} and {max}")
  func counts() throws {
    let rule = Fixture.rule(
      "colours", kind: .count, message: "{count} colours, want {min} to {max}", patterns: [#"\b(?:red|blue)\b"#],
      min: 1, max: 2)
    #expect(try Fixture.lint("red blue red", rule).findings.map(\.message) == ["3 colours, want 1 to 2"])
    #expect(try Fixture.lint("grey", rule).findings.map(\.message) == ["0 colours, want 1 to 2"])
  }

  @Test("named capture groups fill their placeholders; an unset group is empty")
  func namedGroups() throws {
    let rule = Fixture.rule(
      "vague-colour", message: "'{adjective}' says nothing about the {noun}{extra}",
      patterns: [#"\b(?<adjective>vibrant|nice)\s+(?<noun>colou?rs?)\b(?<extra>!)?"#])
    #expect(
      try Fixture.lint("Use vibrant colors and nice colours!", rule).findings.map(\.message) == [
        "'vibrant' says nothing about the colors", "'nice' says nothing about the colours!",
      ])
  }

  @Test("a group's value is the original text")
  func groupValueIsOriginal() throws {
    let rule = Fixture.rule("slot", message: "fill {name}", patterns: [#"\{\{(?<name>\w+)\}\}"#])
    #expect(try Fixture.lint("{{pa\u{200B}lette}}", rule).findings.map(\.message) == ["fill pa\u{200B}lette"])
  }

  @Test("{{ and }} are literal braces")
  func literalBraces() throws {
    let rule = Fixture.rule("slot", message: "write {{name}} slots out: {match}", patterns: [#"\{\{\w+\}\}"#])
    #expect(try Fixture.lint("{{x}}", rule).findings.map(\.message) == ["write {name} slots out: {{x}}"])
  }

  @Test("an unknown placeholder is a load error naming the rule's file and line")
  func unknownPlaceholder() throws {
    let rule = Fixture.rule("bad-message", message: "found {nope}", patterns: ["x"])
    let error = try #require(Fixture.loadError([Fixture.pack([rule])]))
    #expect(error.kind == .invalidValue)
    #expect(error.file == "test/bad-message.yaml")
    #expect(error.line == 1)
    #expect(error.message.hasPrefix("message: unknown placeholder {nope} (known: "))
    #expect(error.message.contains("{match}"))
    #expect(error.description.hasPrefix("test/bad-message.yaml:1: message: unknown placeholder {nope}"))
  }

  @Test("a group name of another rule is not a placeholder of this one")
  func groupsArePerRule() throws {
    let good = Fixture.rule("good", message: "{word}", patterns: [#"(?<word>\w+)"#])
    let bad = Fixture.rule("bad", message: "{word}", patterns: [#"\w+"#])
    #expect(Fixture.loadError([Fixture.pack([good])]) == nil)
    #expect(Fixture.loadError([Fixture.pack([good, bad])])?.file == "test/bad.yaml")
  }

  @Test("an unclosed brace is a load error")
  func unclosedBrace() throws {
    let rule = Fixture.rule("open", message: "found {match", patterns: ["x"])
    let error = try #require(Fixture.loadError([Fixture.pack([rule])]))
    #expect(error.message.hasPrefix("message: '{' without a closing '}'"))
  }
}
