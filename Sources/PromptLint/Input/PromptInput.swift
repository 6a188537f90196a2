/// One prompt to lint and where it came from.
public struct PromptInput: Hashable, Sendable {
  /// Where the prompt came from, as shown in reports: a file path, `path#id` / `path#L3` for a line of
  /// a `.jsonl` file, `<arg1>` for a command-line argument, `<stdin>`.
  public var source: String
  /// The id given in a `.jsonl` line, if any.
  public var id: String?
  public var text: String

  public init(source: String, id: String? = nil, text: String) {
    self.source = source
    self.id = id
    self.text = text
  }
}
