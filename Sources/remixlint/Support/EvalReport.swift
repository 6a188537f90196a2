import PromptLint

/// Renders an ``Evaluation`` as text or JSON.
enum EvalReport {
  static func format(_ value: Double) -> String {
    let scaled = Int((value * 1000).rounded())
    let digits = String(scaled % 1000)
    return "\(scaled / 1000).\(String(repeating: "0", count: 3 - digits.count))\(digits)"
  }

  static func text(_ evaluation: Evaluation, missed: [String]) -> String {
    var out = "prompts: \(evaluation.total) (\(evaluation.labelledPass) labelled pass, \(evaluation.labelledFail) labelled fail)\n"
    out += "accuracy:          \(format(evaluation.accuracy))  (\(evaluation.correct)/\(evaluation.total))\n"
    out += "catch rate:        \(format(evaluation.catchRate))  (\(evaluation.caught)/\(evaluation.labelledFail) fails caught)\n"
    out += "false-reject rate: \(format(evaluation.falseRejectRate))  (\(evaluation.falseRejects)/\(evaluation.labelledPass) passes rejected)\n"
    out += "reason        precision  recall   tp  fp  fn\n"
    for reason in Reason.allCases {
      guard let score = evaluation.reasons[reason], score.truePositives + score.falsePositives + score.falseNegatives > 0 else {
        continue
      }
      out += reason.rawValue.padding(toLength: 14)
      out += (score.precision.map(format) ?? "-").padding(toLength: 11)
      out += (score.recall.map(format) ?? "-").padding(toLength: 7)
      out += "\(String(score.truePositives).leftPadded(4))\(String(score.falsePositives).leftPadded(4))\(String(score.falseNegatives).leftPadded(4))\n"
    }
    if !evaluation.misjudged.isEmpty {
      out += "misjudged (\(evaluation.misjudged.count)):\n"
      for miss in evaluation.misjudged { out += "  " + describe(miss) + "\n" }
    }
    if !evaluation.wrongReason.isEmpty {
      out += "caught for another reason (\(evaluation.wrongReason.count)):\n"
      for miss in evaluation.wrongReason { out += "  " + describe(miss) + "\n" }
    }
    for line in missed { out += "threshold missed: \(line)\n" }
    return out
  }

  static func json(_ evaluation: Evaluation, missed: [String]) -> String {
    var reasons: [(String, String)] = []
    for reason in Reason.allCases {
      guard let score = evaluation.reasons[reason] else { continue }
      reasons.append((reason.rawValue, JSONWriter.object([
        ("precision", score.precision.map(format) ?? "null"), ("recall", score.recall.map(format) ?? "null"),
        ("truePositives", String(score.truePositives)), ("falsePositives", String(score.falsePositives)),
        ("falseNegatives", String(score.falseNegatives)),
      ])))
    }
    return JSONWriter.object([
      ("prompts", String(evaluation.total)), ("accuracy", format(evaluation.accuracy)),
      ("catchRate", format(evaluation.catchRate)), ("falseRejectRate", format(evaluation.falseRejectRate)),
      ("reasons", JSONWriter.object(reasons)),
      ("misjudged", JSONWriter.array(evaluation.misjudged.map(encode))),
      ("wrongReason", JSONWriter.array(evaluation.wrongReason.map(encode))),
      ("thresholdsMissed", JSONWriter.array(missed.map(JSONWriter.string))),
    ]) + "\n"
  }

  private static func describe(_ miss: Evaluation.Miss) -> String {
    let expected = miss.expectedPass ? "pass" : "fail (" + miss.expectedReasons.map(\.rawValue).joined(separator: ", ") + ")"
    let fired = miss.fired.isEmpty ? "nothing" : miss.fired.map { "\($0.rule) [\($0.reason.rawValue)]" }.joined(separator: ", ")
    let prompt = miss.prompt.count > 90 ? String(miss.prompt.prefix(87)) + "..." : miss.prompt
    return "\(miss.id): expected \(expected), fired \(fired): \(JSONWriter.string(prompt))"
  }

  private static func encode(_ miss: Evaluation.Miss) -> String {
    JSONWriter.object([
      ("id", JSONWriter.string(miss.id)), ("expected", JSONWriter.string(miss.expectedPass ? "pass" : "fail")),
      ("reasons", JSONWriter.array(miss.expectedReasons.map { JSONWriter.string($0.rawValue) })),
      ("fired", JSONWriter.array(miss.fired.map {
        JSONWriter.object([("rule", JSONWriter.string($0.rule)), ("reason", JSONWriter.string($0.reason.rawValue))])
      })),
    ])
  }
}

extension String {
  func leftPadded(_ length: Int) -> String { count >= length ? self : String(repeating: " ", count: length - count) + self }
}
