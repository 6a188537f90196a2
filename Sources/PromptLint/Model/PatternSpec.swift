/// A PCRE2 pattern as written in a rule or pack file, with where it was written (for error messages).
public struct PatternSpec: Hashable, Sendable {
  /// The pattern text, before vocabulary expansion.
  public var text: String
  /// The file it came from, as shown to people (for example `rules/vague-lighting.yaml`).
  public var file: String
  /// The 1-based line of the pattern in that file (0 when unknown).
  public var line: Int
  /// The compiled pattern in PCRE2's serialized form, base64-encoded, when the pattern was compiled at
  /// build time (the embedded default pack); `nil` for patterns read from files at run time.
  public var precompiled: String?

  public init(_ text: String, file: String = "", line: Int = 0, precompiled: String? = nil) {
    self.text = text
    self.file = file
    self.line = line
    self.precompiled = precompiled
  }

  /// Two specs are equal when they are the same pattern written at the same place; the precompiled
  /// code is a cache of the text and does not take part.
  public static func == (lhs: PatternSpec, rhs: PatternSpec) -> Bool {
    lhs.text == rhs.text && lhs.file == rhs.file && lhs.line == rhs.line
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(file)
    hasher.combine(line)
  }

  /// The key the build step uses to attach precompiled code to this pattern.
  public var precompiledKey: String { "\(file):\(line):\(text)" }

  /// `file:line`, or just the file when the line is unknown.
  public var location: String { line > 0 ? "\(file):\(line)" : file }
}
