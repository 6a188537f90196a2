import PCRE2
import Testing

@Suite("Iterating matches: empty, adjacent and \\K matches")
struct EmptyMatchTests {
  @Test("x* on \"aé\" steps over whole characters")
  func emptyMatchesAdvanceByCharacter() throws {
    #expect(try matchRanges("x*", in: "aé") == [0..<0, 1..<1, 3..<3])
    #expect(try matchRanges("x*", in: "カ🎬") == [0..<0, 3..<3, 7..<7])
  }

  @Test("an empty subject has one empty match and no non-empty one")
  func emptySubject() throws {
    #expect(try matchRanges("x*", in: "") == [0..<0])
    #expect(try matchRanges("a", in: "").isEmpty)
    #expect(try matchRanges("", in: "ab") == [0..<0, 1..<1, 2..<2])
  }

  @Test("a lookahead gives one empty match before each target")
  func lookaheadEmptyMatches() throws {
    #expect(try matchRanges("(?=a)", in: "aXa") == [0..<0, 2..<2])
    #expect(try matchRanges("(?=a)", in: "aa") == [0..<0, 1..<1])
    #expect(try matchRanges("(?=é)", in: "éé") == [0..<0, 2..<2])
  }

  @Test("adjacent matches are all found")
  func adjacentMatches() throws {
    #expect(try matchRanges("a", in: "aaa") == [0..<1, 1..<2, 2..<3])
    #expect(try matchRanges("é", in: "ééé") == [0..<2, 2..<4, 4..<6])
  }

  @Test("x* after a non-empty match still finds the empty match that follows")
  func mixedEmptyAndNonEmpty() throws {
    #expect(try matchRanges("a*", in: "baab") == [0..<0, 1..<3, 3..<3, 4..<4])
  }

  @Test("\\K does not loop forever")
  func keepOutTerminates() throws {
    #expect(try matchRanges(#"a\K"#, in: "aaa") == [1..<1, 2..<2, 3..<3])
    #expect(try matchRanges(#"a\Kb"#, in: "abab") == [1..<2, 3..<4])
  }

  @Test("\\K inside a lookaround is a compile error (PCRE2 ≥ 10.38)")
  func keepOutInLookaroundIsRejected() throws {
    let error = try #require(compileError(#"(?=a\K)"#))
    guard case .compile(let code, _, _, _) = error else {
      Issue.record("expected a compile error, got \(error)")
      return
    }
    #expect(code == 199)
  }

  @Test("body can stop the iteration early")
  func stopEarly() throws {
    let pattern = try Pattern("a")
    let scratch = MatchScratch()
    var seen: [Range<Int>] = []
    var subject = "aaaa"
    try subject.withUTF8 { buffer in
      try pattern.forEachMatch(in: buffer, scratch: scratch) { match in
        seen.append(match.range)
        return seen.count < 2
      }
    }
    #expect(seen == [0..<1, 1..<2])
  }
}
