import ArgumentParser
import PromptLint

/// `remixlint rules patterns`: every pattern exactly as PCRE2 compiles it.
struct RulesPatternsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "patterns",
    abstract: "Print every pattern of the rules in effect, one per line, exactly as PCRE2 compiles it.",
    discussion: """
      Vocabulary references are expanded and '(?i)' is prepended where a rule is case-insensitive, so \
      the output can be fed to other PCRE2 tools, e.g. 'pcre2grep -f patterns.txt'. The patterns are \
      compiled with UTF and UCP (pcre2grep: -u); --owner prefixes each line with its rule id and a tab.
      """)

  @OptionGroup var rules: RuleOptions

  @Flag(help: "Prefix each pattern with its owner (rule id, or the pack part) and a tab.")
  var owner = false

  @Flag(help: "Only the rules' patterns, not the pack's segmentation, roles and aspects.")
  var rulesOnly = false

  func run() throws {
    let ruleSet = try rules.ruleSet()
    let ruleIDs = Set(ruleSet.rules.map(\.spec.id))
    for (name, pattern) in ruleSet.effectivePatterns where !rulesOnly || ruleIDs.contains(name) {
      Console.out(owner ? "\(name)\t\(pattern.effectiveText)\n" : "\(pattern.effectiveText)\n")
    }
    Console.flush()
  }
}
