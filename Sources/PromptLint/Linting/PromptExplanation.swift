/// How the pack reads a prompt: its sentences and clauses, each with its role and aspects. Shown by
/// `remixlint explain` to help write and debug rules.
public struct PromptExplanation: Sendable {
  /// One sentence or clause.
  public struct Unit: Sendable {
    public var text: String
    public var range: SourceRange
    public var role: String
    public var aspects: [String]
  }

  public var sentences: [Unit]
  /// The clauses of each sentence, in order.
  public var clauses: [[Unit]]
  /// Problems met while reading (a pack pattern hit a limit).
  public var diagnostics: [RuleDiagnostic]
}

extension Linter {
  /// Reads `prompt` the way the rules see it.
  public func explain(_ prompt: String) -> PromptExplanation {
    let analysis = PromptAnalysis(text: PromptText(prompt), ruleSet: ruleSet, scratch: .init())
    func describe(_ unit: TextUnit) -> PromptExplanation.Unit {
      let (range, text) = analysis.text.location(of: unit.range)
      let aspects = analysis.aspects(of: unit).sorted().map { ruleSet.aspectNames[$0] }
      return PromptExplanation.Unit(text: text, range: range, role: analysis.role(of: unit), aspects: aspects)
    }
    let sentences = analysis.sentences
    let clauses = sentences.map { sentence in analysis.clauses(in: sentence).map(describe) }
    return PromptExplanation(
      sentences: sentences.map(describe), clauses: clauses, diagnostics: analysis.diagnostics)
  }
}
