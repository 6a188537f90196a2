import ArgumentParser

/// The `remixlint` command: lint remix prompts, then submit only the ones that pass.
struct RemixLint: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remixlint",
    abstract: "Lint video remix prompts before they cost a credit, then remix safely.",
    discussion: ExitStatus.helpText,
    version: "remixlint 0.1.0",
    subcommands: [
      CheckCommand.self, RulesCommand.self, EvalCommand.self, ExplainCommand.self, RemixCommand.self, StatusCommand.self,
      WaitCommand.self, DownloadCommand.self,
    ])
}
