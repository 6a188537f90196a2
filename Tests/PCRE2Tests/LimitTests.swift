import PCRE2
import Testing

@Suite("Match limits and the JIT stack")
struct LimitTests {
  static let catastrophic = String(repeating: "a", count: 40) + "b"

  @Test("(a+)+$ on forty a's and a b throws matchLimit", arguments: [Pattern.JITMode.attempt, .never])
  func catastrophicBacktracking(jit: Pattern.JITMode) throws {
    let pattern = try Pattern("(a+)+$", jit: jit)
    #expect(throws: PCRE2Error.matchLimit) {
      try pattern.allMatches(in: LimitTests.catastrophic)
    }
  }

  @Test(
    "a small custom match limit stops what the standard limit allows", arguments: [Pattern.JITMode.attempt, .never])
  func customMatchLimit(jit: Pattern.JITMode) throws {
    let pattern = try Pattern("(a+)+$", jit: jit)
    let subject = String(repeating: "a", count: 14) + "b"
    #expect(try pattern.allMatches(in: subject).isEmpty)
    #expect(throws: PCRE2Error.matchLimit) {
      try pattern.allMatches(in: subject, limits: MatchLimits(matchLimit: 1000))
    }
  }

  @Test("the limits of one call do not stick to the scratch")
  func limitsPerCall() throws {
    let pattern = try Pattern("(a+)+$")
    let subject = String(repeating: "a", count: 14) + "b"
    let scratch = MatchScratch()
    #expect(throws: PCRE2Error.matchLimit) {
      try pattern.allMatches(in: subject, scratch: scratch, limits: MatchLimits(matchLimit: 1000))
    }
    #expect(try pattern.allMatches(in: subject, scratch: scratch).isEmpty)
    #expect(try pattern.allMatches(in: "aaa", scratch: scratch).map(\.range) == [0..<3])
  }

  @Test("the interpreter honours the depth limit")
  func depthLimit() throws {
    let pattern = try Pattern("(a|b)*$", jit: .never)
    let subject = String(repeating: "ab", count: 500)
    #expect(try pattern.firstMatch(subject)?.range == 0..<1000)
    #expect(throws: PCRE2Error.depthLimit) {
      try pattern.allMatches(in: subject, limits: MatchLimits(depthLimit: 50))
    }
  }

  @Test("the standard limits")
  func standardLimits() {
    let standard = MatchLimits.standard
    #expect(standard == MatchLimits())
    #expect(standard.matchLimit == 1_000_000)
    #expect(standard.depthLimit == 10_000)
    #expect(standard.heapLimitKiB == 65_536)
    let custom = MatchLimits(matchLimit: 1000)
    #expect(custom.matchLimit == 1000)
    #expect(custom.depthLimit == standard.depthLimit)
  }

  @Test(
    "isResourceLimit tells limits from other errors",
    arguments: [
      (PCRE2Error.matchLimit, true), (.depthLimit, true), (.heapLimit, true), (.jitStackLimit, true),
      (.noMemory, false), (.match(code: -2, message: "partial match"), false),
      (.compile(code: 114, message: "missing closing parenthesis", offset: 4, column: 4), false),
    ])
  func resourceLimits(error: PCRE2Error, expected: Bool) {
    #expect(error.isResourceLimit == expected)
    #expect(!error.description.isEmpty)
    #expect(!error.description.contains("\n"))
  }

  @Test("error descriptions")
  func descriptions() {
    #expect(PCRE2Error.matchLimit.description.hasPrefix("match limit exceeded"))
    #expect(PCRE2Error.depthLimit.description.hasPrefix("depth limit exceeded"))
    #expect(PCRE2Error.match(code: -2, message: "partial match").description == "match error -2: partial match")
  }

  @Test("(a|b)*$ over 200 KB completes (JIT stack growth or interpreter fallback)")
  func largeSubject() throws {
    let subject = String(repeating: "ab", count: 100_000)
    let pattern = try Pattern("(a|b)*$")
    let scratch = MatchScratch()
    let match = try #require(try pattern.firstMatch(subject, scratch: scratch))
    #expect(match.range == 0..<200_000)
    #expect(match.groups == [199_999..<200_000])
    // The same scratch keeps working afterwards.
    #expect(try pattern.allMatches(in: "ab", scratch: scratch).map(\.range) == [0..<2, 2..<2])
  }
}

extension Pattern {
  /// `firstMatch` over a `String`, for the tests.
  func firstMatch(_ subject: String, scratch: MatchScratch = MatchScratch()) throws(PCRE2Error) -> Match? {
    var text = subject
    var result: Result<Match?, PCRE2Error> = .success(nil)
    text.withUTF8 { buffer in
      do throws(PCRE2Error) {
        result = .success(try firstMatch(in: buffer, scratch: scratch))
      } catch {
        result = .failure(error)
      }
    }
    return try result.get()
  }
}
