import PromptLint

/// Lints a stream of prompts in input order, in chunks (on several threads with `jobs` > 1), and
/// writes each result through the reporter as soon as its chunk is done, so memory stays flat however
/// long the input is.
struct CheckBatch {
  let linter: Linter
  let strict: Bool
  let jobs: Int
  private var reporter: any Reporter
  private var pending: [PromptInput] = []
  private(set) var summary = CheckSummary()
  private(set) var inputErrors = 0

  init(linter: Linter, strict: Bool, jobs: Int, reporter: any Reporter) {
    self.linter = linter
    self.strict = strict
    self.jobs = jobs
    self.reporter = reporter
  }

  private var chunkSize: Int { jobs == 1 ? 1 : 256 * jobs }

  mutating func begin() {
    Console.out(reporter.begin())
  }

  mutating func add(_ input: PromptInput) {
    pending.append(input)
    if pending.count >= chunkSize { drain() }
  }

  /// A line of input that could not be read: reported on standard error, the run goes on and exits 2.
  mutating func inputError(_ error: InputError) {
    drain()
    inputErrors += 1
    Console.error("remixlint: error: \(error)")
  }

  mutating func finish() -> CheckSummary {
    drain()
    Console.out(reporter.finish(summary))
    Console.flush()
    return summary
  }

  private mutating func drain() {
    guard !pending.isEmpty else { return }
    let results = linter.lint(pending.map(\.text), jobs: jobs)
    for (input, result) in zip(pending, results) {
      let checked = CheckedPrompt(input: input, result: result, passed: result.passed(strict: strict))
      summary.add(checked)
      Console.out(reporter.report(checked))
    }
    pending.removeAll(keepingCapacity: true)
  }
}
