/// Groups change clauses into changes by what they are about, for `count` rules with `unit: change`.
///
/// Clauses are taken in order:
/// - A counted clause (a change request) takes its own aspects plus those of the detail clauses
///   (clauses with the pack's default role) that follow it in the same sentence: "Key: soft, from camera
///   left, 4300K" is about lighting because its details are.
/// - A detail clause with no change before it in its sentence describes the latest change of the prompt
///   ("Change only the backdrop" / "from white tiles to a sage-green sweep"); when there is no change yet,
///   a detail that names an aspect is itself the request, as in telegraphic prompts ("Golden hour light
///   from behind the hills and ...", "- teal and orange grade").
/// - A change that shares an aspect with a change already seen is part of it (their aspects join); a
///   change with aspects no change has yet starts a new one; a change about no known aspect always
///   starts a new one (its target is something the pack has no word for, such as a swapped object).
///
/// So "make the light warmer; let the shadows fall off to black" is one change (lighting), while "make
/// it night and swap the dog for a cat" is two.
struct ChangeCounter {
  private(set) var changes: [Set<Int>] = []
  /// The first clause of each change.
  private(set) var firstClauses: [Range<Int>] = []
  /// The change clause of the current sentence, waiting for its details.
  private var pending: (clause: Range<Int>, aspects: Set<Int>)?
  /// The change the latest settled clause joined or started.
  private var latest: Int?
  /// Set after a clause of another role (an invariant, a description): the details that follow it in
  /// the same sentence are its own ("keep the camera move, the actors and the timing").
  private var absorbing = false

  var count: Int { changes.count }

  /// A clause that requests a change.
  mutating func add(_ clause: Range<Int>, aspects: Set<Int>) {
    settle()
    absorbing = false
    pending = (clause, aspects)
  }

  /// A detail clause.
  mutating func addDetail(_ clause: Range<Int>, aspects: Set<Int>) {
    if absorbing { return }
    if pending != nil {
      pending!.aspects.formUnion(aspects)
    } else if let latest {
      changes[latest].formUnion(aspects)
    } else if !aspects.isEmpty {
      pending = (clause, aspects)
    }
  }

  /// A clause of another role: it ends the pending change, and the details after it are its own.
  mutating func addOther() {
    settle()
    absorbing = true
  }

  /// Details do not reach past the end of a sentence.
  mutating func endSentence() {
    settle()
    absorbing = false
  }

  private mutating func settle() {
    guard let (clause, aspects) = pending else { return }
    pending = nil
    if !aspects.isEmpty, let index = changes.firstIndex(where: { !$0.isDisjoint(with: aspects) }) {
      changes[index].formUnion(aspects)
      latest = index
      return
    }
    changes.append(aspects)
    firstClauses.append(clause)
    latest = changes.count - 1
  }

  /// "lighting; an unnamed target" style description of the changes, for the `{aspects}` placeholder.
  func describe(aspectNames: [String]) -> String {
    changes.map { aspects in
      aspects.isEmpty ? "an unnamed target" : aspects.sorted().map { aspectNames[$0] }.joined(separator: "+")
    }.joined(separator: "; ")
  }
}
