import PCRE2
import Testing

@Suite("UTF-8 and Unicode properties")
struct UnicodeMatchingTests {
  @Test("\\w follows Unicode (UCP): accented words are one word each")
  func wordCharactersAreUnicode() throws {
    let subject = "héllo wörld"
    let ranges = try matchRanges(#"\w+"#, in: subject)
    #expect(ranges == [0..<6, 7..<13])
    #expect(ranges.map { text($0, of: subject) } == ["héllo", "wörld"])
  }

  @Test("case-insensitive matching uses Unicode case folding")
  func unicodeCaseFolding() throws {
    let pattern = try Pattern("école", options: .caseInsensitive)
    #expect(try matchRanges(pattern, in: "ÉCOLE") == [0..<6])
    #expect(try matchRanges(pattern, in: "une École") == [4..<10])
    let caseSensitive = try Pattern("école")
    #expect(try matchRanges(caseSensitive, in: "ÉCOLE").isEmpty)
    #expect(try matchRanges("(?i)école", in: "ÉCOLE") == [0..<6])
  }

  @Test("Greek sigma folds to both lower-case forms")
  func sigmaFolding() throws {
    let pattern = try Pattern("σας", options: .caseInsensitive)
    // Σ, σ and ς are one caseless set; each is 2 bytes in UTF-8.
    #expect(try matchRanges(pattern, in: "ΣΑΣ") == [0..<6])
  }

  @Test("\\b treats accented letters as word characters")
  func wordBoundaryAroundAccents() throws {
    #expect(try matchRanges(#"\bété\b"#, in: "un été chaud") == [3..<8])
    // Without UCP, 't' inside "été" would sit between two boundaries.
    #expect(try matchRanges(#"\bt\b"#, in: "été").isEmpty)
    #expect(try matchRanges(#"\bcafé\b"#, in: "cafés").isEmpty)
    #expect(try matchRanges(#"\bcafé\b"#, in: "un café.") == [3..<8])
  }

  @Test("offsets are UTF-8 bytes after emoji and CJK text")
  func byteOffsetsWithEmojiAndCJK() throws {
    let subject = "🎬 カメラ dolly"
    // 🎬 is 4 bytes, each katakana 3 bytes.
    #expect(try matchRanges(#"\w+"#, in: subject) == [5..<14, 15..<20])
    #expect(try matchRanges(#"\p{Katakana}+"#, in: subject) == [5..<14])
    #expect(try matchRanges(#"\p{So}"#, in: subject) == [0..<4])
    #expect(try matchRanges("dolly", in: subject) == [15..<20])
    let characters = try matchRanges(".", in: subject)
    #expect(Array(characters.prefix(5)) == [0..<4, 4..<5, 5..<8, 8..<11, 11..<14])
    #expect(characters.count == subject.unicodeScalars.count)
  }

  @Test("invalid UTF-8 bytes are barriers, never matched (MATCH_INVALID_UTF)")
  func invalidUTF8IsABarrier() throws {
    let bytes: [UInt8] = [0x61, 0xFF, 0x62]
    let scratch = MatchScratch()
    func ranges(_ source: String) throws -> [Range<Int>] {
      let pattern = try Pattern(source)
      var found: [Range<Int>] = []
      try bytes.withUnsafeBufferPointer { buffer in
        try pattern.forEachMatch(in: buffer, scratch: scratch) { match in
          found.append(match.range)
          return true
        }
      }
      return found
    }
    #expect(try ranges("b") == [2..<3])
    #expect(try ranges(#"\w+"#) == [0..<1, 2..<3])
    #expect(try ranges("a.b").isEmpty)
  }

  @Test("multiline and dotAll options")
  func lineOptions() throws {
    #expect(try matchRanges("^b", in: "a\nb").isEmpty)
    #expect(try matchRanges("^b", options: .multiline, in: "a\nb") == [2..<3])
    #expect(try matchRanges("a.b", in: "a\nb").isEmpty)
    #expect(try matchRanges("a.b", options: .dotAll, in: "a\nb") == [0..<3])
    let both = try Pattern("^B.", options: [.multiline, .dotAll, .caseInsensitive])
    #expect(both.options == [.multiline, .dotAll, .caseInsensitive])
    #expect(try matchRanges(both, in: "a\nb\n") == [2..<4])
  }
}
