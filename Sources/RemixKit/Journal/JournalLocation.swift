/// Where the submission journal lives by default.
public enum JournalLocation {
  /// `$XDG_STATE_HOME/remixlint/journal.jsonl` when `XDG_STATE_HOME` is an absolute path, otherwise
  /// `$HOME/.local/state/remixlint/journal.jsonl`.
  public static func defaultPath(environment: [String: String]) throws(JournalError) -> String {
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return join(state, "remixlint/journal.jsonl")
    }
    if let home = environment["HOME"], !home.isEmpty {
      return join(home, ".local/state/remixlint/journal.jsonl")
    }
    throw .noLocation
  }

  private static func join(_ folder: String, _ relative: String) -> String {
    folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
  }
}
