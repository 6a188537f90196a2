/// Groups change clauses into changes by what they are about, for `count` rules with `unit: change`.
///
/// Clauses are taken in order. A clause that shares an aspect with a change already seen is a detail of
/// that change (its aspects join the change's); a clause with aspects no change has yet starts a new
/// change; a clause about no known aspect always starts a new change (its target is something the pack
/// has no word for, such as a swapped object). So "make the light warmer; let the shadows fall off to
/// black" is one change (lighting), while "make it night and swap the dog for a cat" is two.
struct ChangeCounter {
  private(set) var changes: [Set<Int>] = []
  /// The first clause of each change.
  private(set) var firstClauses: [Range<Int>] = []

  var count: Int { changes.count }

  mutating func add(_ clause: Range<Int>, aspects: Set<Int>) {
    if !aspects.isEmpty, let index = changes.firstIndex(where: { !$0.isDisjoint(with: aspects) }) {
      changes[index].formUnion(aspects)
      return
    }
    changes.append(aspects)
    firstClauses.append(clause)
  }

  /// "lighting; subject (unnamed)" style description of the changes, for the `{aspects}` placeholder.
  func describe(aspectNames: [String]) -> String {
    changes.map { aspects in
      aspects.isEmpty ? "an unnamed target" : aspects.sorted().map { aspectNames[$0] }.joined(separator: "+")
    }.joined(separator: "; ")
  }
}
