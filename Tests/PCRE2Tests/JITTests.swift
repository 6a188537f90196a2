import PCRE2
import Testing

@Suite("JIT compilation")
struct JITTests {
  static let patterns = [#"\w+"#, "x*", "(?=a)", #"\b(?:light|lamp)s?\b"#, #"(a)|(b)"#, "é+", #"\p{Han}+"#]
  static let subjects = ["héllo wörld", "aé", "aXa lamps light", "abba", "éé é", "汉字 and かな 漢"]

  @Test("JIT is used when the library has it")
  func jitWhenAvailable() throws {
    let pattern = try Pattern(#"\w+"#)
    #expect(pattern.isJITCompiled == Pattern.jitAvailable)
    let explicit = try Pattern(#"\w+"#, jit: .attempt)
    #expect(explicit.isJITCompiled == Pattern.jitAvailable)
  }

  @Test("jit: .never interprets")
  func neverMeansInterpreted() throws {
    #expect(try Pattern(#"\w+"#, jit: .never).isJITCompiled == false)
  }

  @Test("JIT and interpreter give the same matches", arguments: patterns)
  func sameMatches(source: String) throws {
    let jit = try Pattern(source, jit: .attempt)
    let interpreted = try Pattern(source, jit: .never)
    for subject in JITTests.subjects {
      #expect(try jit.allMatches(in: subject) == interpreted.allMatches(in: subject), "subject \(subject)")
    }
  }
}
