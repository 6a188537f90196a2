import ArgumentParser

/// `--format` for `check` and `eval`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
}
