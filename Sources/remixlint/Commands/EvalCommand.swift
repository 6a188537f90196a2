import ArgumentParser
import PromptLint

/// `remixlint eval`: measure a rule set against labelled prompts.
struct EvalCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "eval",
    abstract: "Measure the rules against labelled prompts (accuracy, catch rate, false rejects, per reason).",
    discussion: """
      CORPUS is JSON Lines: {"id": "...", "prompt": "...", "expect": "pass"|"fail", "reasons": [...]}, \
      reasons from: multi-change, rewrite, vague, empty, placeholder, other. A prompt is judged failing \
      when it has an error finding; a reason counts as found when an error finding carries it.

      Exits 1 when a threshold given with --min-accuracy, --max-false-reject or --min-recall is missed, \
      2 when the corpus or the rules do not load.
      """)

  @Argument(help: ArgumentHelp("The labelled corpus (.jsonl).", valueName: "corpus"))
  var corpus: String

  @OptionGroup var rules: RuleOptions

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  @Option(help: ArgumentHelp("Fail unless accuracy is at least X (0-1).", valueName: "x"))
  var minAccuracy: Double?

  @Option(help: ArgumentHelp("Fail unless the false-reject rate is at most X (0-1).", valueName: "x"))
  var maxFalseReject: Double?

  @Option(help: ArgumentHelp("Fail unless every labelled reason's recall is at least X (0-1).", valueName: "x"))
  var minRecall: Double?

  @Option(help: ArgumentHelp("Lint on this many threads.", valueName: "n"))
  var jobs: Int = 1

  func validate() throws {
    for (name, value) in [("--min-accuracy", minAccuracy), ("--max-false-reject", maxFalseReject), ("--min-recall", minRecall)] {
      if let value, !(0...1).contains(value) { throw ValidationError("\(name) takes a number from 0 to 1") }
    }
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  func run() throws {
    let linter = Linter(ruleSet: try rules.ruleSet(batch: true))
    let labelled = try readCorpus()
    guard !labelled.isEmpty else { throw CLIError("\(corpus): no labelled prompts") }
    var evaluation = Evaluation()
    var incomplete = 0
    for (item, result) in zip(labelled, linter.lint(labelled.map(\.prompt), jobs: jobs)) {
      evaluation.add(item, result: result)
      for diagnostic in result.diagnostics {
        incomplete += 1
        Console.error("remixlint: error: \(item.id): \(diagnostic.message) [\(diagnostic.rule)]")
      }
    }
    let missed = thresholdsMissed(evaluation)
    Console.out(format == .json ? EvalReport.json(evaluation, missed: missed) : EvalReport.text(evaluation, missed: missed))
    Console.flush()
    // A rule that did not finish makes the measurement incomplete: exit 2, as `check` does.
    if incomplete > 0 { throw ExitWith(status: .usage) }
    if !missed.isEmpty { throw ExitWith(status: .lintFailed) }
  }

  private func readCorpus() throws -> [LabelledPrompt] {
    var labelled: [LabelledPrompt] = []
    do {
      try PromptFile.forEachJSONLine(path: corpus) { item, value, line in
        switch item {
        case .failure(let error): throw error
        case .success(let input):
          guard let value else { return }
          labelled.append(try LabelledPrompt.parse(value, input: input, file: corpus, line: line))
        }
      }
    } catch let error as InputError {
      throw CLIError(error.description)
    }
    return labelled
  }

  private func thresholdsMissed(_ evaluation: Evaluation) -> [String] {
    var missed: [String] = []
    if let minAccuracy, evaluation.accuracy < minAccuracy {
      missed.append("accuracy \(EvalReport.format(evaluation.accuracy)) is below \(minAccuracy)")
    }
    if let maxFalseReject, evaluation.falseRejectRate > maxFalseReject {
      missed.append("false-reject rate \(EvalReport.format(evaluation.falseRejectRate)) is above \(maxFalseReject)")
    }
    if let minRecall {
      for reason in Reason.allCases {
        if let recall = evaluation.reasons[reason]?.recall, recall < minRecall {
          missed.append("recall of \(reason.rawValue) \(EvalReport.format(recall)) is below \(minRecall)")
        }
      }
    }
    return missed
  }
}
