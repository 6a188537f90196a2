import PCRE2

/// Expands and compiles the patterns of one pack, turning PCRE2's errors into ``RuleLoadError``s that
/// name the file, the line and the column in the pattern as written.
struct PatternCompiler {
  private var expander: FragmentExpander
  private let jit: Pattern.JITMode

  init(fragments: [String: PackSpec.Fragment], jit: Pattern.JITMode) {
    expander = FragmentExpander(fragments: fragments)
    self.jit = jit
  }

  /// Compiles `spec`; `what` names it in errors (for example "patterns[2]").
  mutating func compile(_ spec: PatternSpec, ignoreCase: Bool, what: String) throws(RuleLoadError) -> CompiledPattern {
    let expansion = try expander.expand(spec)
    do {
      let pattern = try Pattern(expansion.text, options: ignoreCase ? .caseInsensitive : [], jit: jit)
      return CompiledPattern(
        spec: spec, effectiveText: (ignoreCase ? "(?i)" : "") + expansion.text, pattern: pattern)
    } catch {
      guard case .compile(_, let message, let offset, _) = error else {
        throw RuleLoadError(.invalidPattern, file: spec.file, line: spec.line, "\(what): \(error)")
      }
      let mapped = expansion.originalOffset(of: offset)
      let column = PatternCompiler.column(ofByte: mapped.offset, in: spec.text)
      if let fragment = mapped.fragment {
        throw RuleLoadError(
          .invalidPattern, file: spec.file, line: spec.line,
          "\(what): invalid PCRE2 pattern: \(message) inside fragment '\(fragment)' used at column \(column)")
      }
      throw RuleLoadError(
        .invalidPattern, file: spec.file, line: spec.line,
        "\(what): invalid PCRE2 pattern: \(message) at column \(column)")
    }
  }

  /// The 1-based Unicode-scalar column of a byte offset in `text`.
  static func column(ofByte offset: Int, in text: String) -> Int {
    var column = 1
    for (index, byte) in text.utf8.enumerated() where index < offset && byte & 0xC0 != 0x80 {
      column += 1
    }
    return column
  }
}
