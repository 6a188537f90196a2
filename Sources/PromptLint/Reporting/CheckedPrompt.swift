/// A prompt and what the linter said about it, as reporters receive it.
public struct CheckedPrompt: Sendable {
  public var input: PromptInput
  public var result: LintResult
  /// Whether the prompt passed (no errors; with `--strict`, no warnings either).
  public var passed: Bool

  public init(input: PromptInput, result: LintResult, passed: Bool) {
    self.input = input
    self.result = result
    self.passed = passed
  }
}
