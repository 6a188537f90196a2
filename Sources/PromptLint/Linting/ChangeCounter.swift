/// Groups change clauses into changes by what they are about, for `count` rules with `unit: change`.
///
/// Clauses are taken in order, sentence by sentence:
/// - A counted clause (a change request) takes its own aspects plus those of the detail clauses
///   (clauses with the pack's default role) that follow it in its sentence ("Key: soft, from camera
///   left, 4300K" is about lighting because its details are), and those of the `leading_roles` clauses
///   that open the sentence before it ("On the phone screen, show ..."; in verb-final languages the
///   object comes first: "आसमान को ... बदल दीजिए").
/// - A detail with no request before it in its sentence is a request itself when it names an aspect,
///   as in telegraphic prompts ("Golden hour light from behind the hills and ..."); otherwise it
///   describes the latest change. Leading clauses followed by no request behave the same way.
/// - A change that shares an aspect with changes already seen joins them (and they become one); a
///   change with aspects no change has yet starts a new one; a change about no known aspect always
///   starts a new one (its target is something the pack has no word for, such as a swapped object).
/// - After a clause of another role (an invariant, a description of the current state), the details
///   around it in the sentence are its own ("keep the camera move, the actors and the timing").
/// - Clauses of a `distinct_roles` role (an explicit "also", "oh, and") always start a new change;
///   clauses of an `attached_roles` role (form fields such as "Speed: slow") never do.
///
/// So "make the light warmer; let the shadows fall off to black" is one change (lighting), while "make
/// it night and swap the dog for a cat" is two.
struct ChangeCounter {
  private(set) var changes: [Set<Int>] = []
  /// The first clause of each change.
  private(set) var firstClauses: [Range<Int>] = []
  /// The change clause of the current sentence, collecting its details.
  private var pending: (clause: Range<Int>, aspects: Set<Int>)?
  /// Details that opened the current sentence, waiting for its request.
  private var opening: (clause: Range<Int>, aspects: Set<Int>)?
  /// The change the latest settled clause joined or started.
  private var latest: Int?
  /// Set after a clause of another role: the details that follow it in the sentence are its own.
  private var absorbing = false
  /// Whether the pending change must not join earlier ones.
  private var pendingIsDistinct = false
  /// Whether the pending change is a telegraphic detail (no verb): a clause of another role after it
  /// in the sentence shows it was that clause's subject ("The neon and the camera path stay ...").
  private var pendingIsDetail = false

  var count: Int { changes.count }

  /// A clause that requests a change; a `distinct` one starts a change of its own whatever its aspects.
  mutating func add(_ clause: Range<Int>, aspects: Set<Int>, distinct: Bool = false) {
    settle()
    var aspects = aspects
    if let opening {
      aspects.formUnion(opening.aspects)
      self.opening = nil
    }
    absorbing = false
    pending = (clause, aspects)
    pendingIsDistinct = distinct
    pendingIsDetail = false
  }

  /// A clause that always describes the change before it (pending, or the latest one).
  mutating func addAttached(aspects: Set<Int>) {
    if pending != nil {
      pending!.aspects.formUnion(aspects)
    } else if let latest {
      changes[latest].formUnion(aspects)
    }
  }

  /// A clause that describes the change that follows it in the sentence (or the pending one).
  mutating func addLeading(_ clause: Range<Int>, aspects: Set<Int>) {
    if absorbing { return }
    if pending != nil {
      pending!.aspects.formUnion(aspects)
    } else if opening != nil {
      opening!.aspects.formUnion(aspects)
    } else {
      opening = (clause, aspects)
    }
  }

  /// A detail clause: more about the pending change; with none, and when it names an aspect, a
  /// telegraphic request of its own ("Golden hour light from behind the hills.").
  mutating func addDetail(_ clause: Range<Int>, aspects: Set<Int>) {
    if absorbing { return }
    if pending != nil {
      pending!.aspects.formUnion(aspects)
    } else if opening != nil {
      opening!.aspects.formUnion(aspects)
    } else if !aspects.isEmpty {
      pending = (clause, aspects)
      pendingIsDetail = true
    } else if let latest {
      changes[latest].formUnion(aspects)
    }
  }

  /// A clause of another role: it ends the pending change, and the details around it in the sentence
  /// are its own ("The pedestrians, the neon and the camera path stay as they are").
  mutating func addOther() {
    if pendingIsDetail { pending = nil }
    settle()
    opening = nil
    absorbing = true
  }

  /// The end of a sentence.
  mutating func endSentence() {
    settle()
    flushOpening()
    absorbing = false
  }

  /// Opening details with no request after them: a request of their own if they name an aspect,
  /// otherwise more about the latest change.
  private mutating func flushOpening() {
    guard let (clause, aspects) = opening else { return }
    opening = nil
    if !aspects.isEmpty {
      pending = (clause, aspects)
      settle()
    } else if let latest {
      changes[latest].formUnion(aspects)
    }
  }

  private mutating func settle() {
    guard let (clause, aspects) = pending else { return }
    pending = nil
    let distinct = pendingIsDistinct
    pendingIsDistinct = false
    pendingIsDetail = false
    let overlapping = aspects.isEmpty || distinct ? [] : changes.indices.filter { !changes[$0].isDisjoint(with: aspects) }
    if let first = overlapping.first {
      // The clause joins every change it shares an aspect with; those changes become one.
      changes[first].formUnion(aspects)
      for index in overlapping.dropFirst().reversed() {
        changes[first].formUnion(changes[index])
        changes.remove(at: index)
        firstClauses.remove(at: index)
      }
      latest = first
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
