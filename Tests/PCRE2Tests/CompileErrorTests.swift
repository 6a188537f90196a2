import PCRE2
import Testing

@Suite("Compiling patterns and compile errors")
struct CompileErrorTests {
  @Test("a missing parenthesis reports PCRE2's message, byte offset and scalar column")
  func missingParenthesis() throws {
    let error = try #require(compileError("é(b"))
    guard case .compile(let code, let message, let offset, let column) = error else {
      Issue.record("expected a compile error, got \(error)")
      return
    }
    #expect(code == 114)
    #expect(message == "missing closing parenthesis")
    // PCRE2 stops at the end of the pattern: byte 4 ("é" is 2 bytes), which is just after the third
    // character, i.e. 1-based column 4 (where the ')' is missing).
    #expect(offset == 4)
    #expect(column == 4)
    #expect(error.description == "missing closing parenthesis at column 4")
    #expect(!error.isResourceLimit)
  }

  @Test("an unknown escape is an error at the escape")
  func invalidEscape() throws {
    let error = try #require(compileError(#"é\i"#))
    guard case .compile(let code, let message, let offset, let column) = error else {
      Issue.record("expected a compile error, got \(error)")
      return
    }
    #expect(code == 103)
    #expect(message == #"unrecognized character follows \"#)
    #expect(offset == 3)
    #expect(column == 3)
    #expect(error.description == #"unrecognized character follows \ at column 3"#)
  }

  @Test(
    "compile errors carry PCRE2's own text",
    arguments: [
      ("x{2,1}", "numbers out of order in {} quantifier", 5),
      ("[z-a]", "range out of order in character class", 3),
      ("(?&nosuch)", "reference to non-existent subpattern", 3),
      ("ab*+*", "quantifier does not follow a repeatable item", 4),
      ("カメ*+*", "quantifier does not follow a repeatable item", 8),
    ])
  func compileMessages(source: String, message: String, offset: Int) throws {
    let error = try #require(compileError(source))
    guard case .compile(_, let actualMessage, let actualOffset, let column) = error else {
      Issue.record("expected a compile error, got \(error)")
      return
    }
    #expect(actualMessage == message)
    #expect(actualOffset == offset)
    let scalarsBefore = String(decoding: Array(source.utf8)[0..<offset], as: UTF8.self).unicodeScalars.count
    #expect(column == scalarsBefore + 1)
    #expect(error.description == "\(message) at column \(column)")
  }

  @Test("an empty pattern compiles and matches everywhere")
  func emptyPattern() throws {
    let pattern = try Pattern("")
    #expect(pattern.source == "")
    #expect(pattern.captureCount == 0)
    #expect(try matchRanges(pattern, in: "a") == [0..<0, 1..<1])
  }

  @Test("a compiled pattern keeps its source, options and group counts")
  func patternProperties() throws {
    let pattern = try Pattern(#"(?<verb>make|turn) (the )?(?<thing>\w+)"#, options: .caseInsensitive)
    #expect(pattern.source == #"(?<verb>make|turn) (the )?(?<thing>\w+)"#)
    #expect(pattern.options == .caseInsensitive)
    #expect(pattern.captureCount == 3)
    #expect(pattern.groupNumbers == ["verb": 1, "thing": 3])
    #expect(try Pattern("abc").groupNumbers.isEmpty)
  }

  @Test("PCRE2's error text is available by code")
  func errorMessages() {
    #expect(PCRE2Error.message(for: -47) == "match limit exceeded")
    #expect(PCRE2Error.message(for: -1) == "no match")
    #expect(PCRE2Error.message(for: 114) == "missing closing parenthesis")
    #expect(PCRE2Error.message(for: 99_999) == "unknown PCRE2 error 99999")
  }

  @Test("the library reports its version")
  func libraryVersion() {
    #expect(Pattern.libraryVersion.hasPrefix("10."))
  }
}
