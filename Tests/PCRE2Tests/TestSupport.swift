import PCRE2

/// The byte ranges of every match of `pattern` in `subject`.
func matchRanges(_ pattern: Pattern, in subject: String) throws -> [Range<Int>] {
  try pattern.allMatches(in: subject).map(\.range)
}

/// The byte ranges of every match of a freshly compiled `source` in `subject`.
func matchRanges(
  _ source: String, options: Pattern.Options = [], jit: Pattern.JITMode = .attempt, in subject: String
) throws -> [Range<Int>] {
  try matchRanges(Pattern(source, options: options, jit: jit), in: subject)
}

/// The text of a byte range of `subject`.
func text(_ range: Range<Int>, of subject: String) -> String {
  String(decoding: Array(subject.utf8)[range], as: UTF8.self)
}

/// The compile error thrown for `source`, or `nil` when it compiles.
func compileError(_ source: String) -> PCRE2Error? {
  do {
    _ = try Pattern(source)
    return nil
  } catch {
    return error
  }
}
