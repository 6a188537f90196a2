import PCRE2
import Testing

@Suite("allMatches, firstMatch and capture groups")
struct CaptureGroupTests {
  @Test("named groups map to their numbers and ranges")
  func namedGroups() throws {
    let pattern = try Pattern(#"(?<verb>make|turn) the (?<thing>\w+)"#, options: .caseInsensitive)
    #expect(pattern.groupNumbers == ["verb": 1, "thing": 2])
    let subject = "Please Make the skÿ red, turn the lamp on"
    let matches = try pattern.allMatches(in: subject)
    #expect(matches.count == 2)
    let thing = try #require(pattern.groupNumbers["thing"])
    #expect(matches.compactMap { $0.groups[thing - 1] }.map { text($0, of: subject) } == ["skÿ", "lamp"])
    #expect(matches.compactMap { $0.groups[0] }.map { text($0, of: subject) } == ["Make", "turn"])
    #expect(matches[0].range == 7..<20)
  }

  @Test("a group that did not take part is nil")
  func unsetGroup() throws {
    let matches = try Pattern("(a)|(b)").allMatches(in: "ba")
    #expect(matches == [Match(range: 0..<1, groups: [nil, 0..<1]), Match(range: 1..<2, groups: [1..<2, nil])])
    let optional = try Pattern("x(y)?z").allMatches(in: "xz xyz")
    #expect(optional.map(\.groups) == [[nil], [4..<5]])
  }

  @Test("a pattern without groups has no group ranges")
  func noGroups() throws {
    #expect(try Pattern("a").allMatches(in: "a") == [Match(range: 0..<1)])
  }

  @Test("firstMatch and matches on a buffer")
  func firstMatchOnBuffer() throws {
    let pattern = try Pattern(#"\d+"#)
    let scratch = MatchScratch(captureGroups: 0)
    var subject = "take 12 then 345"
    try subject.withUTF8 { buffer throws in
      #expect(try pattern.firstMatch(in: buffer, scratch: scratch)?.range == 5..<7)
      #expect(try pattern.matches(buffer, scratch: scratch))
    }
    var none = "no digits"
    try none.withUTF8 { buffer throws in
      #expect(try pattern.firstMatch(in: buffer, scratch: scratch) == nil)
      #expect(try !pattern.matches(buffer, scratch: scratch))
    }
  }

  @Test("a scratch sized for few groups grows for a pattern with many")
  func scratchGrows() throws {
    let scratch = MatchScratch(captureGroups: 1)
    let pattern = try Pattern("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)(l)")
    let matches = try pattern.allMatches(in: "xabcdefghijkl", scratch: scratch)
    #expect(matches.count == 1)
    #expect(matches[0].range == 1..<13)
    #expect(matches[0].groups.count == 12)
    #expect(matches[0].groups.last == 12..<13)
  }

  @Test("one scratch serves several patterns in turn")
  func scratchReuse() throws {
    let scratch = MatchScratch()
    let words = try Pattern(#"\w+"#)
    let pairs = try Pattern(#"(\w)(\w)"#)
    #expect(try words.allMatches(in: "ab cd", scratch: scratch).map(\.range) == [0..<2, 3..<5])
    #expect(try pairs.allMatches(in: "ab cd", scratch: scratch).map(\.groups) == [[0..<1, 1..<2], [3..<4, 4..<5]])
    #expect(try words.allMatches(in: "é", scratch: scratch).map(\.range) == [0..<2])
  }
}
