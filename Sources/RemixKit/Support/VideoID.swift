import VideoAPI

/// The local check of a video id, done before anything else so that a bad id never reaches a URL, the journal
/// or the network. It is the same rule the Videos API client applies: `^[A-Za-z0-9_-]{1,128}$`.
public enum VideoID {
  /// Whether `id` is 1 to 128 ASCII letters, digits, `_` or `-`.
  public static func isValid(_ id: String) -> Bool { InputValidation.isValidVideoID(id) }

  /// A one-line explanation when `id` is not valid, or nil. The id is shown escaped and cut short.
  public static func problem(with id: String) -> String? {
    guard !isValid(id) else { return nil }
    var shown = String(id.debugDescription.dropFirst().dropLast())
    if shown.count > 60 { shown = String(shown.prefix(60)) + "…" }
    return "invalid video id \"\(shown)\": expected 1 to 128 letters, digits, '_' or '-'"
  }
}
