import ArgumentParser
import PromptLint

/// `remixlint rules test`: run every rule's examples.
struct RulesTestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test",
    abstract: "Run the rules' examples: each fail example must trigger its rule, each pass example must not.",
    discussion: """
      With DIR arguments, the packs in those folders are tested (loaded after the default pack, whose \
      vocabulary they may use, unless --no-default-rules). Without, every rule in effect is tested. \
      Exits 1 when an example misbehaves, 2 when a pack does not load.
      """)

  @Argument(help: ArgumentHelp("Rule pack folders to test.", valueName: "dir"))
  var directories: [String] = []

  @OptionGroup var rules: RuleOptions

  func run() throws {
    var options = rules
    options.directories += directories
    let ruleSet = try options.ruleSet(batch: true)
    var tested: Set<String>?
    if !directories.isEmpty {
      let packs = ruleSet.packs.suffix(directories.count)
      tested = Set(packs.flatMap { $0.rules.map(\.id) })
    }
    let report = ExampleRunner(linter: Linter(ruleSet: ruleSet)).run(ruleIDs: tested)
    for failure in report.failures { Console.out("\(failure)\n") }
    let verdict = report.passed ? "all passed" : "\(report.failures.count) failed"
    Console.out("\(report.rules) rules, \(report.examples) examples: \(verdict)\n")
    Console.flush()
    if !report.passed { throw ExitWith(status: .lintFailed) }
  }
}
