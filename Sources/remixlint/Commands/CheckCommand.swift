import ArgumentParser
import PromptLint

/// `remixlint check`: lint prompts against the rules and report every finding.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check remix prompts against the rules before spending a credit.",
    discussion: """
      Each PROMPT argument is one prompt ('-' reads one prompt from standard input; put prompts that start \
      with '-' after '--'). --file reads a whole file as one prompt; a .jsonl file holds one prompt per \
      line as {"prompt": "...", "id": "..."}.

      Text output: one line per finding, 'source:line:column: severity: message [rule-id]', then a summary. \
      Lines and columns are 1-based; columns count Unicode characters (scalars).

      \(ExitStatus.helpText)
      """)

  @Argument(help: ArgumentHelp("Prompts to check ('-' reads one from standard input).", valueName: "prompt"))
  var prompts: [String] = []

  @Option(
    name: .customLong("file"),
    help: ArgumentHelp("Read a prompt from this file; a .jsonl file is one prompt per line (repeatable).", valueName: "path"))
  var files: [String] = []

  @OptionGroup var rules: RuleOptions

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  @Flag(help: "Warnings fail a prompt too.")
  var strict = false

  @Option(help: ArgumentHelp("Lint on this many threads (results keep their input order).", valueName: "n"))
  var jobs: Int = 1

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    guard !prompts.isEmpty || !files.isEmpty else {
      throw ValidationError("give a prompt, '-' for standard input, or --file PATH")
    }
    guard prompts.filter({ $0 == "-" }).count + files.filter({ $0 == "-" }).count <= 1 else {
      throw ValidationError("standard input ('-') can be read only once")
    }
  }

  func run() throws {
    // JIT compilation pays off over many prompts or a long one; a single short prompt runs faster on
    // PCRE2's interpreter.
    let longInput = prompts.contains { $0.utf8.count > 4096 } || files.contains { PromptFile.size(of: $0) > 4096 }
    let many = jobs > 1 || prompts.count + files.count > 16 || longInput || files.contains { $0.hasSuffix(".jsonl") }
    let ruleSet = try rules.ruleSet(batch: many)
    if jobs > 1 { ruleSet.prepareAll() }
    let linter = Linter(ruleSet: ruleSet)
    let reporter: any Reporter = format == .json ? JSONReporter() : TextReporter()
    var batch = CheckBatch(linter: linter, strict: strict, jobs: jobs, reporter: reporter)
    batch.begin()
    for (index, prompt) in prompts.enumerated() {
      if prompt == "-" {
        batch.add(try readInput { () throws(InputError) in try PromptFile.readWhole(path: "-", source: "<stdin>") })
      } else {
        batch.add(PromptInput(source: prompts.count == 1 ? "<arg>" : "<arg\(index + 1)>", text: prompt))
      }
    }
    for file in files {
      if file.hasSuffix(".jsonl") {
        do {
          try PromptFile.forEachJSONLine(path: file) { item, _, _ in
            switch item {
            case .success(let input): batch.add(input)
            case .failure(let error): batch.inputError(error)
            }
          }
        } catch let error as InputError {
          throw CLIError(error.description)
        }
      } else {
        let source = file == "-" ? "<stdin>" : file
        batch.add(try readInput { () throws(InputError) in try PromptFile.readWhole(path: file, source: source) })
      }
    }
    let summary = batch.finish()
    if batch.inputErrors > 0 || summary.diagnostics > 0 { throw ExitWith(status: .usage) }
    if summary.failed > 0 { throw ExitWith(status: .lintFailed) }
  }

  private func readInput(_ read: () throws(InputError) -> PromptInput) throws -> PromptInput {
    do {
      return try read()
    } catch {
      throw CLIError(error.description)
    }
  }
}
