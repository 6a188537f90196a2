/// Groups change clauses into changes by what they are about, for `count` rules with `unit: change`.
///
/// Clauses are taken in order. A change clause's aspects are its own plus those of the detail clauses
/// (clauses with the pack's default role) that follow it in the same sentence: "Key: soft, from camera
/// left, 4300K" is about lighting because its details are. Then a change that shares an aspect with a
/// change already seen is part of it (their aspects join); a change with aspects no change has yet starts
/// a new one; a change about no known aspect always starts a new one (its target is something the pack
/// has no word for, such as a swapped object). So "make the light warmer; let the shadows fall off to
/// black" is one change (lighting), while "make it night and swap the dog for a cat" is two.
struct ChangeCounter {
  private(set) var changes: [Set<Int>] = []
  /// The first clause of each change.
  private(set) var firstClauses: [Range<Int>] = []
  /// The change clause waiting for its details.
  private var pending: (clause: Range<Int>, aspects: Set<Int>)?

  var count: Int { changes.count }

  /// A clause that requests a change.
  mutating func add(_ clause: Range<Int>, aspects: Set<Int>) {
    settle()
    pending = (clause, aspects)
  }

  /// A detail clause: its aspects describe the pending change, if any.
  mutating func addDetail(aspects: Set<Int>) {
    pending?.aspects.formUnion(aspects)
  }

  /// Details do not cross sentences (or clauses of other roles).
  mutating func endSentence() {
    settle()
  }

  private mutating func settle() {
    guard let (clause, aspects) = pending else { return }
    pending = nil
    if !aspects.isEmpty, let index = changes.firstIndex(where: { !$0.isDisjoint(with: aspects) }) {
      changes[index].formUnion(aspects)
      return
    }
    changes.append(aspects)
    firstClauses.append(clause)
  }

  /// "lighting; an unnamed target" style description of the changes, for the `{aspects}` placeholder.
  func describe(aspectNames: [String]) -> String {
    changes.map { aspects in
      aspects.isEmpty ? "an unnamed target" : aspects.sorted().map { aspectNames[$0] }.joined(separator: "+")
    }.joined(separator: "; ")
  }
}
