import ArgumentParser

/// `remixlint rules`: inspect and test rule packs.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List, test and print the rules in effect.",
    subcommands: [RulesListCommand.self, RulesTestCommand.self, RulesPatternsCommand.self],
    defaultSubcommand: RulesListCommand.self)
}
