import PromptLint
import Testing

@Suite("finding locations")
struct LocationTests {
  static let vibrant = Fixture.rule("no-vibrant", patterns: [#"\bvibrant\b"#])

  func onlyFinding(_ prompt: String, _ rule: RuleSpec = LocationTests.vibrant) throws -> Finding {
    let findings = try Fixture.lint(prompt, rule, segmentation: false).findings
    #expect(findings.count == 1)
    return try #require(findings.first)
  }

  @Test(
    "1-based line and Unicode-scalar columns; endColumn is exclusive",
    arguments: [
      ("vibrant", [1, 1, 1, 8]),
      ("Make it vibrant", [1, 9, 1, 16]),
      ("Line one\nMake it vibrant\nend", [2, 9, 2, 16]),
      ("Line one\r\nMake it vibrant\r\nend", [2, 9, 2, 16]),
      ("\n\n\nvibrant", [4, 1, 4, 8]),
      ("🎬🎬 vibrant", [1, 4, 1, 11]),
      ("カメラを vibrant", [1, 6, 1, 13]),
      ("e\u{301} vibrant", [1, 4, 1, 11]),
      ("👨‍👩‍👧 vibrant", [1, 7, 1, 14]),
      ("🎬\r\n🎬 vibrant 🎬", [2, 3, 2, 10]),
    ])
  func columns(prompt: String, expected: [Int]) throws {
    let finding = try onlyFinding(prompt)
    #expect(place(finding) == expected)
    #expect(finding.match == "vibrant")
  }

  @Test("a match across lines ends on its last line")
  func multiLineMatch() throws {
    let rule = Fixture.rule("split", patterns: [#"one\s+Make"#])
    let finding = try onlyFinding("Line one\r\nMake it", rule)
    #expect(place(finding) == [1, 6, 2, 5])
    #expect(finding.match == "one\r\nMake")
  }

  @Test("findings after a CJK line are on the right line and column")
  func cjkLines() throws {
    let finding = try onlyFinding("雨を降らせて。\n次に vibrant な色", LocationTests.vibrant)
    #expect(place(finding) == [2, 4, 2, 11])
  }

  @Test("PromptText maps byte ranges to lines and columns")
  func promptTextLocation() {
    let text = PromptText("ab\r\ncé x")
    #expect(text.original == "ab\r\ncé x")
    #expect(text.bytes == Array("ab\r\ncé x".utf8))
    let (range, matched) = text.location(of: 4..<7)
    #expect(matched == "cé")
    #expect(range == SourceRange(line: 2, column: 1, endLine: 2, endColumn: 3))
    let (empty, nothing) = text.location(of: 8..<8)
    #expect(nothing == "")
    #expect(empty == SourceRange(line: 2, column: 4, endLine: 2, endColumn: 4))
  }
}
