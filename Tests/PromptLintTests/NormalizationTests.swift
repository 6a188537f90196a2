import PromptLint
import Testing

@Suite("normalisation of invisible and typographic characters")
struct NormalizationTests {
  static let placeholder = Fixture.rule(
    "placeholder", reason: .placeholder, message: "unfilled {match}", patterns: [#"\{\{\s*\w+\s*\}\}"#])
  static let vibrant = Fixture.rule("no-vibrant", reason: .vague, patterns: [#"\bvibrant\b"#])
  static let todo = Fixture.rule("no-todo", ignoreCase: false, patterns: [#"\bTODO\b"#])

  @Test("a zero-width space inside {{palette}} does not hide it; the match is the original text")
  func zeroWidthInPlaceholder() throws {
    let result = try Fixture.lint("Use {{\u{200B}palette}} here", NormalizationTests.placeholder)
    let finding = try #require(result.findings.first)
    #expect(finding.match == "{{\u{200B}palette}}")
    #expect(finding.message == "unfilled {{\u{200B}palette}}")
    // "{{", the zero-width space, "palette", "}}": 12 scalars from column 5.
    #expect(place(finding) == [1, 5, 1, 17])
  }

  @Test("a zero-width space between letters does not hide a word; later columns count the original")
  func zeroWidthInsideWord() throws {
    let prompt = "Make it vi\u{200B}brant. Then TODO"
    let result = try Fixture.lint(prompt, NormalizationTests.vibrant, NormalizationTests.todo)
    #expect(result.findings.map(\.rule) == ["no-vibrant", "no-todo"])
    #expect(result.findings.map(\.match) == ["vi\u{200B}brant", "TODO"])
    #expect(result.findings.map(place) == [[1, 9, 1, 17], [1, 24, 1, 28]])
  }

  @Test(
    "other invisible characters are ignored too",
    arguments: ["\u{00AD}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{FE0F}", "\u{202E}"])
  func invisibleCharacters(invisible: String) throws {
    let result = try Fixture.lint("so vib\(invisible)rant", NormalizationTests.vibrant)
    let finding = try #require(result.findings.first)
    #expect(finding.match == "vib\(invisible)rant")
    #expect(place(finding) == [1, 4, 1, 12])
  }

  @Test("an invisible character before a match shifts its column")
  func invisibleBeforeMatch() throws {
    let finding = try #require(try Fixture.lint("\u{200B}\u{200B}TODO", NormalizationTests.todo).findings.first)
    #expect(finding.match == "TODO")
    #expect(place(finding) == [1, 3, 1, 7])
  }

  @Test("an invisible character right after a match is not part of it")
  func invisibleAfterMatch() throws {
    let finding = try #require(try Fixture.lint("TODO\u{200B} later", NormalizationTests.todo).findings.first)
    #expect(finding.match == "TODO")
    #expect(place(finding) == [1, 1, 1, 5])
  }

  @Test("full-width ＴＯＤＯ matches TODO")
  func fullWidth() throws {
    let result = try Fixture.lint("Fix ＴＯＤＯ now", NormalizationTests.todo)
    let finding = try #require(result.findings.first)
    #expect(finding.match == "ＴＯＤＯ")
    #expect(place(finding) == [1, 5, 1, 9])
    let braces = try Fixture.lint("Use ｛｛palette｝｝", NormalizationTests.placeholder)
    #expect(braces.findings.map(\.match) == ["｛｛palette｝｝"])
    #expect(braces.findings.map(place) == [[1, 5, 1, 16]])
  }

  @Test("typographic apostrophes match '", arguments: ["\u{2019}", "\u{2018}", "\u{02BC}"])
  func apostrophes(apostrophe: String) throws {
    let rule = Fixture.rule("dont", patterns: [#"\bdon't\b"#])
    let result = try Fixture.lint("Please don\(apostrophe)t move", rule)
    #expect(result.findings.map(\.match) == ["don\(apostrophe)t"])
    #expect(result.findings.map(place) == [[1, 8, 1, 13]])
  }

  @Test("PromptText keeps the original and normalises the bytes")
  func promptText() {
    let text = PromptText("ＴＯ\u{200B}’")
    #expect(text.original == "ＴＯ\u{200B}’")
    #expect(text.bytes == Array("TO'".utf8))
    let (first, firstText) = text.location(of: 0..<1)
    #expect(firstText == "Ｔ")
    #expect(first == SourceRange(line: 1, column: 1, endLine: 1, endColumn: 2))
    let (apostrophe, apostropheText) = text.location(of: 2..<3)
    #expect(apostropheText == "’")
    #expect(apostrophe == SourceRange(line: 1, column: 4, endLine: 1, endColumn: 5))
  }
}
