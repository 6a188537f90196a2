import ArgumentParser
import PromptLint

/// `remixlint explain`: show how the rules read a prompt.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Show how the rules read a prompt: sentences, clauses, roles, aspects and findings.",
    discussion: """
      For writing and debugging rules: each clause is shown with the role the pack gives it (change, \
      invariant, state, ...) and the aspects it is about (lighting, palette, ...), then the findings.
      """)

  @Argument(help: ArgumentHelp("The prompt ('-' reads it from standard input).", valueName: "prompt"))
  var prompt: String

  @OptionGroup var rules: RuleOptions

  func run() throws {
    let linter = Linter(ruleSet: try rules.ruleSet())
    var text = prompt
    if prompt == "-" {
      do {
        text = try PromptFile.readWhole(path: "-", source: "<stdin>").text
      } catch {
        throw CLIError(error.description)
      }
    }
    let explanation = linter.explain(text)
    for (index, sentence) in explanation.sentences.enumerated() {
      Console.out("sentence \(index + 1) [\(sentence.role)] \(JSONWriter.string(sentence.text))\n")
      for clause in explanation.clauses[index] {
        let aspects = clause.aspects.isEmpty ? "" : " {\(clause.aspects.joined(separator: ", "))}"
        Console.out("  \(clause.range.line):\(clause.range.column) \(clause.role)\(aspects): \(JSONWriter.string(clause.text))\n")
      }
    }
    for diagnostic in explanation.diagnostics { Console.out("diagnostic: \(diagnostic.rule): \(diagnostic.message)\n") }
    let result = linter.lint(text)
    for finding in result.findings {
      Console.out("\(finding.range.line):\(finding.range.column): \(finding.severity.rawValue): \(finding.message) [\(finding.rule)]\n")
    }
    if result.findings.isEmpty { Console.out("no findings\n") }
    Console.flush()
  }
}
