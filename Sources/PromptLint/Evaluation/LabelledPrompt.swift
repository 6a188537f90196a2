/// A prompt with its human verdict, as in the labelled corpora (`{"id", "prompt", "expect", "reasons"}`).
public struct LabelledPrompt: Hashable, Sendable {
  public var id: String
  public var prompt: String
  /// `true` when the prompt is labelled `pass`.
  public var shouldPass: Bool
  /// The labelled reasons of a `fail` (empty for a `pass`).
  public var reasons: Set<Reason>

  public init(id: String, prompt: String, shouldPass: Bool, reasons: Set<Reason>) {
    self.id = id
    self.prompt = prompt
    self.shouldPass = shouldPass
    self.reasons = reasons
  }

  /// Reads one labelled line; `file` and `line` name it in errors.
  public static func parse(_ value: JSONValue, input: PromptInput, file: String, line: Int) throws(InputError) -> LabelledPrompt {
    guard let expect = value["expect"]?.stringValue, ["pass", "fail"].contains(expect) else {
      throw InputError(file: file, line: line, "\"expect\" must be \"pass\" or \"fail\"")
    }
    var reasons: Set<Reason> = []
    if let list = value["reasons"] {
      guard let items = list.arrayValue else { throw InputError(file: file, line: line, "\"reasons\" must be a list") }
      for item in items {
        guard let text = item.stringValue, let reason = Reason(rawValue: text) else {
          let known = Reason.allCases.map(\.rawValue).joined(separator: ", ")
          throw InputError(file: file, line: line, "unknown reason \(item) (known: \(known))")
        }
        reasons.insert(reason)
      }
    }
    if expect == "fail" && reasons.isEmpty {
      throw InputError(file: file, line: line, "a \"fail\" line needs at least one reason")
    }
    return LabelledPrompt(id: input.id ?? "L\(line)", prompt: input.text, shouldPass: expect == "pass", reasons: reasons)
  }
}
