/// How well a rule set judges labelled prompts: the pass/fail verdict (accuracy, catch rate,
/// false-reject rate) and, per reason, precision and recall (a reason counts as found when an error
/// finding carries it).
public struct Evaluation: Sendable {
  /// One prompt the rules judged differently from its label.
  public struct Miss: Hashable, Sendable {
    public var id: String
    public var prompt: String
    public var expectedPass: Bool
    public var expectedReasons: [Reason]
    /// The rules that raised errors, with their reasons.
    public var fired: [(rule: String, reason: Reason)]

    public static func == (lhs: Miss, rhs: Miss) -> Bool { lhs.id == rhs.id && lhs.prompt == rhs.prompt }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
  }

  /// Per-reason counts.
  public struct ReasonScore: Hashable, Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0
    /// `nil` when the reason was never found.
    public var precision: Double? {
      truePositives + falsePositives == 0 ? nil : Double(truePositives) / Double(truePositives + falsePositives)
    }
    /// `nil` when no prompt is labelled with the reason.
    public var recall: Double? {
      truePositives + falseNegatives == 0 ? nil : Double(truePositives) / Double(truePositives + falseNegatives)
    }
  }

  public private(set) var total = 0
  public private(set) var correct = 0
  public private(set) var labelledFail = 0
  public private(set) var caught = 0
  public private(set) var labelledPass = 0
  public private(set) var falseRejects = 0
  public private(set) var reasons: [Reason: ReasonScore] = [:]
  /// Prompts whose verdict was wrong.
  public private(set) var misjudged: [Miss] = []
  /// Failing prompts caught, but for none of their labelled reasons.
  public private(set) var wrongReason: [Miss] = []

  public init() {}

  public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }
  public var catchRate: Double { labelledFail == 0 ? 1 : Double(caught) / Double(labelledFail) }
  public var falseRejectRate: Double { labelledPass == 0 ? 0 : Double(falseRejects) / Double(labelledPass) }

  /// Adds one judged prompt.
  public mutating func add(_ labelled: LabelledPrompt, result: LintResult) {
    total += 1
    let errors = result.findings.filter { $0.severity == .error }
    let passed = errors.isEmpty
    let found = Set(errors.map(\.reason))
    let miss = Miss(
      id: labelled.id, prompt: labelled.prompt, expectedPass: labelled.shouldPass,
      expectedReasons: Reason.allCases.filter(labelled.reasons.contains), fired: errors.map { ($0.rule, $0.reason) })
    if passed == labelled.shouldPass { correct += 1 } else { misjudged.append(miss) }
    if labelled.shouldPass {
      labelledPass += 1
      if !passed { falseRejects += 1 }
    } else {
      labelledFail += 1
      if !passed {
        caught += 1
        if found.isDisjoint(with: labelled.reasons) { wrongReason.append(miss) }
      }
    }
    for reason in Reason.allCases where reason != .other {
      let labelledWith = labelled.reasons.contains(reason)
      let foundIt = found.contains(reason)
      var score = reasons[reason] ?? ReasonScore()
      if labelledWith && foundIt { score.truePositives += 1 }
      if !labelledWith && foundIt { score.falsePositives += 1 }
      if labelledWith && !foundIt { score.falseNegatives += 1 }
      reasons[reason] = score
    }
  }
}
