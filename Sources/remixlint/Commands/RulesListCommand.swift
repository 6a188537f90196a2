import ArgumentParser
import PromptLint

/// `remixlint rules list`: the rules in effect.
struct RulesListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "list", abstract: "List the rules in effect.")

  @OptionGroup var rules: RuleOptions

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  func run() throws {
    let ruleSet = try rules.ruleSet()
    switch format {
    case .json:
      let items = ruleSet.rules.map { rule -> String in
        let spec = rule.spec
        return JSONWriter.object([
          ("id", JSONWriter.string(spec.id)), ("kind", JSONWriter.string(spec.kind.rawValue)),
          ("severity", JSONWriter.string(spec.severity.rawValue)), ("reason", JSONWriter.string(spec.reason.rawValue)),
          ("scope", JSONWriter.string(spec.scope.rawValue)), ("file", JSONWriter.string(spec.file)),
          ("description", JSONWriter.string(spec.description)),
        ])
      }
      Console.out(JSONWriter.array(items) + "\n")
    case .text:
      let width = ruleSet.rules.map(\.spec.id.count).max() ?? 0
      for rule in ruleSet.rules {
        let spec = rule.spec
        let id = spec.id.padding(toLength: width)
        let summary = spec.description.split(separator: "\n").first.map(String.init) ?? ""
        Console.out("\(id)  \(spec.severity.rawValue.padding(toLength: 7))  \(spec.reason.rawValue.padding(toLength: 12))  \(summary)\n")
      }
      let packs = ruleSet.packs.map { "\($0.name) (\($0.directory))" }.joined(separator: ", ")
      Console.out("\(ruleSet.rules.count) rules from \(packs)\n")
    }
    Console.flush()
  }
}

extension String {
  /// The string padded with spaces to `length` characters (never truncated).
  func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
