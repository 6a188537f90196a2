import PCRE2
import Testing

@Suite("Sharing a Pattern between tasks")
struct ConcurrencyTests {
  @Test("one Pattern, many tasks with their own MatchScratch, identical results")
  func sharedPattern() async throws {
    let pattern = try Pattern(#"(?<word>\w+)|(?=🎬)"#, options: .caseInsensitive)
    let subjects = (0..<40).map {
      "prompt \($0): make the lighting wärmer 🎬 カメラ dolly \(String(repeating: "ab ", count: $0))"
    }
    let expected = try subjects.map { try pattern.allMatches(in: $0) }
    #expect(expected.allSatisfy { !$0.isEmpty })

    let results = try await withThrowingTaskGroup(of: [[Match]].self) { group in
      for _ in 0..<8 {
        group.addTask {
          let scratch = MatchScratch()
          var found: [[Match]] = []
          for _ in 0..<10 {
            for subject in subjects { found.append(try pattern.allMatches(in: subject, scratch: scratch)) }
          }
          return found
        }
      }
      var all: [[[Match]]] = []
      for try await found in group { all.append(found) }
      return all
    }
    #expect(results.count == 8)
    let repeated = Array((0..<10).map { _ in expected }.joined())
    for found in results {
      #expect(found == repeated)
    }
  }

  @Test("limit errors in one task do not disturb another")
  func limitsAreIsolated() async throws {
    let pattern = try Pattern("(a+)+$")
    let bad = String(repeating: "a", count: 40) + "b"
    let outcomes = await withTaskGroup(of: (Int, Result<[Range<Int>], PCRE2Error>).self) { group in
      for index in 0..<6 {
        group.addTask {
          do throws(PCRE2Error) {
            let found = try pattern.allMatches(in: index.isMultiple(of: 2) ? bad : "aaaa")
            return (index, .success(found.map(\.range)))
          } catch {
            return (index, .failure(error))
          }
        }
      }
      var all: [Int: Result<[Range<Int>], PCRE2Error>] = [:]
      for await (index, outcome) in group { all[index] = outcome }
      return all
    }
    #expect(outcomes.count == 6)
    for (index, outcome) in outcomes {
      if index.isMultiple(of: 2) {
        #expect(outcome == .failure(.matchLimit))
      } else {
        #expect(outcome == .success([0..<4]))
      }
    }
  }
}
