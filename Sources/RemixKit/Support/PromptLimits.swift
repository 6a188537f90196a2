/// The prompt length the Videos API accepts for a remix, checked locally before any request.
public enum PromptLimits {
  /// The longest prompt, in Unicode scalars (the API's JSON Schema `maxLength` counts code points).
  public static let maximumLength = 32_000

  /// A one-line explanation when the prompt is empty or too long, or nil.
  public static func problem(with prompt: String) -> String? {
    let length = prompt.unicodeScalars.count
    if length == 0 { return "the prompt is empty" }
    if length > maximumLength {
      return "the prompt has \(length) characters; the API accepts at most \(maximumLength)"
    }
    return nil
  }
}
