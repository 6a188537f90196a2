import PCRE2

/// Expands and compiles the patterns of one pack, turning PCRE2's errors into ``RuleLoadError``s that
/// name the file, the line and the column in the pattern as written.
struct PatternCompiler {
  private let fragments: [String: PackSpec.Fragment]
  private var expander: FragmentExpander
  private let jit: Pattern.JITMode
  /// One compiled pattern per distinct text (and case option): rules that repeat a pattern share it,
  /// so it is compiled (and JIT-compiled) once and its matches in a prompt are found once.
  private var interned: [String: CompiledPattern] = [:]
  /// Every pattern compiled, with the spec it was compiled for (several specs may share a pattern).
  private(set) var compiled: [(spec: PatternSpec, pattern: CompiledPattern)] = []

  init(fragments: [String: PackSpec.Fragment], jit: Pattern.JITMode) {
    self.fragments = fragments
    expander = FragmentExpander(fragments: fragments)
    self.jit = jit
  }

  /// Compiles `spec` (or, when it carries build-time compiled code, prepares it to be restored on first
  /// use); `what` names it in errors (for example "patterns[2]").
  mutating func compile(_ spec: PatternSpec, ignoreCase: Bool, what: String) throws(RuleLoadError) -> CompiledPattern {
    let key = (ignoreCase ? "i:" : "c:") + spec.text
    if let shared = interned[key] {
      compiled.append((spec, shared))
      return shared
    }
    let pattern = try compileNew(spec, ignoreCase: ignoreCase, what: what)
    interned[key] = pattern
    compiled.append((spec, pattern))
    return pattern
  }

  private mutating func compileNew(_ spec: PatternSpec, ignoreCase: Bool, what: String) throws(RuleLoadError) -> CompiledPattern {
    let fragments = fragments
    let expand: @Sendable () -> String = {
      var expander = FragmentExpander(fragments: fragments)
      return (try? expander.expand(spec).text) ?? spec.text
    }
    if spec.precompiled != nil {
      return CompiledPattern(spec: spec, ignoreCase: ignoreCase, jit: jit, expand: expand)
    }
    let expansion = try expander.expand(spec)
    do {
      let pattern = try Pattern(expansion.text, options: ignoreCase ? .caseInsensitive : [], jit: jit)
      let text = expansion.text
      return CompiledPattern(spec: spec, ignoreCase: ignoreCase, compiled: pattern, expand: { text })
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

  /// The names of the capture groups a pattern defines (`(?<name>`, `(?'name'`, `(?P<name>`), read from
  /// its text so precompiled patterns need not be restored to check a rule's message.
  static func groupNames(in text: String) -> Set<String> {
    var names: Set<String> = []
    let bytes = Array(text.utf8)
    var index = 0
    while index + 3 < bytes.count {
      if bytes[index] == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if bytes[index] == UInt8(ascii: "("), bytes[index + 1] == UInt8(ascii: "?") {
        var start = index + 2
        if bytes[start] == UInt8(ascii: "P") { start += 1 }
        let opener = bytes[start]
        if opener == UInt8(ascii: "<") || opener == UInt8(ascii: "'"), start + 1 < bytes.count,
          bytes[start + 1] != UInt8(ascii: "="), bytes[start + 1] != UInt8(ascii: "!")
        {
          let closer = opener == UInt8(ascii: "<") ? UInt8(ascii: ">") : UInt8(ascii: "'")
          var end = start + 1
          while end < bytes.count, bytes[end] != closer { end += 1 }
          if end < bytes.count { names.insert(String(decoding: bytes[(start + 1)..<end], as: UTF8.self)) }
        }
      }
      index += 1
    }
    return names
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
