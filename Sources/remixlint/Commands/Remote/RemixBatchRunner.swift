import PromptLint
import RemixKit

/// `remix --batch`: lints every line and reports all lint results before any request, then runs the lines
/// (`concurrency` at a time) and reports every result in input order. The exit code is the highest of the
/// lines' codes.
struct RemixBatchRunner: Sendable {
  let runner: RemixRunner
  let concurrency: Int
  let path: String

  func run(_ lines: [BatchLine]) async -> Int32 {
    let format = runner.format
    reportLint(lines)
    let outcomes = await process(lines)
    var worst: Int32 = 0
    var failures = 0
    var json: [String] = []
    for (line, outcome) in zip(lines, outcomes) {
      worst = max(worst, outcome.exitCode)
      if outcome.exitCode != 0 { failures += 1 }
      switch format {
      case .text: RemoteConsole.out(text(line, outcome))
      case .json:
        json.append(
          RemoteJSON.remix(
            outcome.report, followUp: outcome.followUp, exitCode: outcome.exitCode, reason: outcome.reason,
            batch: line))
      }
    }
    let submitted = outcomes.filter { if case .submitted = $0.report.decision { true } else { false } }.count
    switch format {
    case .text:
      RemoteConsole.out(
        "batch: \(lines.count) \(lines.count == 1 ? "line" : "lines"): \(submitted) submitted, "
          + "\(lines.count - failures) succeeded, \(failures) did not; exit \(worst) (the highest code of any line)\n")
    case .json:
      let summary = JSONWriter.object([
        ("lines", String(lines.count)), ("succeeded", String(lines.count - failures)),
        ("failed", String(failures)), ("submitted", String(submitted)), ("exitCode", String(worst)),
      ])
      RemoteConsole.out(
        JSONWriter.object([
          ("version", "1"), ("command", JSONWriter.string("remix")), ("batch", JSONWriter.string(path)),
          ("results", JSONWriter.array(json)), ("summary", summary),
        ]) + "\n")
    }
    if worst != 0 {
      RemoteConsole.error(
        "\(failures) of \(lines.count) batch \(lines.count == 1 ? "line" : "lines") did not succeed "
          + "(highest exit code \(worst))")
    }
    return worst
  }

  /// Lints every line before anything is sent; in text mode, prints each line's findings and a `check`-style
  /// summary (the JSON document carries the findings in each result).
  private func reportLint(_ lines: [BatchLine]) {
    let results = runner.gate.linter.lint(lines.map(\.prompt))
    guard runner.format == .text else { return }
    var reporter = TextReporter()
    var summary = CheckSummary()
    var out = ""
    for (line, result) in zip(lines, results) {
      let checked = CheckedPrompt(
        input: PromptInput(source: line.source, id: line.id, text: line.prompt), result: result,
        passed: result.passed(strict: runner.gate.strict))
      summary.add(checked)
      out += reporter.report(checked)
    }
    RemoteConsole.out(out + reporter.finish(summary))
    RemoteConsole.flush()
  }

  /// Runs the lines, at most `concurrency` at a time; the outcomes are in input order.
  private func process(_ lines: [BatchLine]) async -> [RemixOutcome] {
    let runner = self.runner
    var outcomes: [Int: RemixOutcome] = [:]
    await withTaskGroup(of: (Int, RemixOutcome).self) { group in
      var next = 0
      func start() {
        let index = next
        let line = lines[index]
        next += 1
        group.addTask { (index, await runner.run(source: line.videoID, prompt: line.prompt)) }
      }
      while next < min(concurrency, lines.count) { start() }
      for await (index, outcome) in group {
        outcomes[index] = outcome
        if next < lines.count { start() }
      }
    }
    return lines.indices.map { outcomes[$0]! }
  }

  private func text(_ line: BatchLine, _ outcome: RemixOutcome) -> String {
    let report = outcome.report
    var out = ""
    switch report.decision {
    case .submitted, .wouldSubmit:
      out += "\(line.source): \(report.reason)" + (report.entryID.map { " [journal entry \($0)]" } ?? "") + "\n"
    default:
      out += "\(line.source): exit \(outcome.exitCode): \(report.reason)\n"
    }
    if let jobID = report.jobID, let followUp = outcome.followUp {
      for text in RemoteText.followUp(jobID: jobID, followUp).split(separator: "\n") {
        out += "\(line.source): \(text)\n"
      }
      if followUp.exitCode != 0, let reason = followUp.reason {
        out += "\(line.source): exit \(followUp.exitCode): \(reason)\n"
      }
    }
    return out
  }
}
