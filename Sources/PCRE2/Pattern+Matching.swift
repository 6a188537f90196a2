import CPCRE2

extension Pattern {
  /// Calls `body` for every match in `subject` (UTF-8 bytes), left to right, the way `pcre2demo`
  /// iterates: an empty match is retried as non-empty at the same place, then the search moves on by
  /// one whole character, so empty matches and multi-byte characters are both handled.
  ///
  /// `body` returns `false` to stop early. Offsets in each ``Match`` are relative to `subject`.
  /// - Throws: a resource-limit ``PCRE2Error`` when the limits in force are exceeded.
  public func forEachMatch(
    in subject: UnsafeBufferPointer<UInt8>,
    scratch: MatchScratch,
    limits: MatchLimits = .standard,
    _ body: (Match) throws(PCRE2Error) -> Bool
  ) throws(PCRE2Error) {
    let base = subject.baseAddress ?? Pattern.emptySubject
    let length = subject.count
    scratch.reserve(pairs: captureCount + 1)
    scratch.apply(limits)
    var startOffset = 0
    var options: UInt32 = 0
    while startOffset <= length {
      let result = try run(base, length, startOffset, options, scratch)
      let ovector = pcre2_get_ovector_pointer_8(scratch.matchData)!
      if result == PCRE2_ERROR_NOMATCH {
        if options == 0 { return }
        // The non-empty retry after an empty match failed: move on one character.
        startOffset = Pattern.nextCharacter(after: startOffset, in: base, length: length)
        options = 0
        continue
      }
      let start = ovector[0]
      let end = ovector[1]
      guard start >= 0, end >= start else {
        // `\K` in a lookaround can put the start after the end; skip such a match safely.
        startOffset = Pattern.nextCharacter(after: max(startOffset, start), in: base, length: length)
        options = 0
        continue
      }
      var groups: [Range<Int>?] = []
      if captureCount > 0 {
        groups.reserveCapacity(captureCount)
        for group in 1...captureCount {
          let groupStart = ovector[2 * group]
          let groupEnd = ovector[2 * group + 1]
          groups.append(groupStart >= 0 && groupEnd >= groupStart ? groupStart..<groupEnd : nil)
        }
      }
      guard try body(Match(range: start..<end, groups: groups)) else { return }
      if start == end {
        if end == length { return }
        startOffset = end
        options = PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED
      } else {
        let startChar = pcre2_get_startchar_8(scratch.matchData)
        startOffset = end
        options = 0
        if end <= startChar {
          // A `\K` loop: the match ended where it started its search; step past it.
          if startChar >= length { return }
          startOffset = Pattern.nextCharacter(after: startChar, in: base, length: length)
        }
      }
    }
  }

  /// The first match in `subject`, or `nil`.
  public func firstMatch(
    in subject: UnsafeBufferPointer<UInt8>, scratch: MatchScratch, limits: MatchLimits = .standard
  ) throws(PCRE2Error) -> Match? {
    var found: Match?
    try forEachMatch(in: subject, scratch: scratch, limits: limits) { match in
      found = match
      return false
    }
    return found
  }

  /// Whether the pattern matches anywhere in `subject`.
  public func matches(
    _ subject: UnsafeBufferPointer<UInt8>, scratch: MatchScratch, limits: MatchLimits = .standard
  ) throws(PCRE2Error) -> Bool {
    try firstMatch(in: subject, scratch: scratch, limits: limits) != nil
  }

  /// Every match in `string`, as byte ranges into its UTF-8 view (a convenience that allocates its own
  /// scratch; hot loops should pass one in through ``forEachMatch(in:scratch:limits:_:)``).
  public func allMatches(
    in string: String, scratch: MatchScratch? = nil, limits: MatchLimits = .standard
  ) throws(PCRE2Error) -> [Match] {
    let scratch = scratch ?? MatchScratch(captureGroups: captureCount)
    var text = string
    var result: [Match] = []
    var failure: PCRE2Error?
    text.withUTF8 { buffer in
      do throws(PCRE2Error) {
        try forEachMatch(in: buffer, scratch: scratch, limits: limits) { match in
          result.append(match)
          return true
        }
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
    return result
  }

  /// One `pcre2_match` call. If JIT code runs out of stack, retries with a private larger JIT stack,
  /// then with the interpreter (which is bounded by the heap limit instead).
  private func run(
    _ base: UnsafePointer<UInt8>, _ length: Int, _ offset: Int, _ options: UInt32, _ scratch: MatchScratch
  ) throws(PCRE2Error) -> Int32 {
    var result = pcre2_match_8(code, base, length, offset, options, scratch.matchData, scratch.context)
    if result == PCRE2_ERROR_JIT_STACKLIMIT, scratch.growJITStack() {
      result = pcre2_match_8(code, base, length, offset, options, scratch.matchData, scratch.context)
    }
    if result == PCRE2_ERROR_JIT_STACKLIMIT {
      result = pcre2_match_8(code, base, length, offset, options | PCRE2_NO_JIT, scratch.matchData, scratch.context)
    }
    if result >= 0 || result == PCRE2_ERROR_NOMATCH { return result }
    throw PCRE2Error.fromMatchResult(result)
  }

  /// The offset of the character after the one starting at `offset` (skipping UTF-8 continuation bytes).
  static func nextCharacter(after offset: Int, in base: UnsafePointer<UInt8>, length: Int) -> Int {
    var next = offset + 1
    while next < length, base[next] & 0xC0 == 0x80 { next += 1 }
    return next
  }
}
