/// Expands vocabulary references in patterns: `(?&name)`, where `name` is a fragment of the pack (or of
/// a pack loaded before it), becomes `(?:fragment)`. References to names that are not fragments are
/// left alone, so PCRE2's own `(?&group)` subroutine calls to `(?<group>...)` still work.
///
/// The syntax is PCRE2's subroutine call, so a pattern reads the same before and after expansion; the
/// difference is that the fragment is pasted in (it backtracks like any group and adds no numbered
/// groups), and fragments can be shared by every rule of every pack.
struct FragmentExpander {
  /// One pasted-in fragment: where it sits in the expanded text and where its reference was.
  struct Span {
    var expanded: Range<Int>
    var original: Range<Int>
    var name: String
  }

  /// A pattern after expansion.
  struct Expansion {
    var text: String
    var spans: [Span]

    /// Maps a byte offset of the expanded text back to the original pattern: the offset itself, or the
    /// reference it falls inside (with the fragment's name).
    func originalOffset(of offset: Int) -> (offset: Int, fragment: String?) {
      var shift = 0
      for span in spans {
        if offset < span.expanded.lowerBound { break }
        if offset < span.expanded.upperBound { return (span.original.lowerBound, span.name) }
        shift += span.expanded.count - span.original.count
      }
      return (offset - shift, nil)
    }
  }

  private let fragments: [String: PackSpec.Fragment]
  private var expanded: [String: String] = [:]

  init(fragments: [String: PackSpec.Fragment]) {
    self.fragments = fragments
  }

  /// Expands `pattern`, recursively expanding fragments that use other fragments.
  mutating func expand(_ pattern: PatternSpec) throws(RuleLoadError) -> Expansion {
    var visiting: [String] = []
    return try expand(pattern, visiting: &visiting)
  }

  private mutating func expand(_ pattern: PatternSpec, visiting: inout [String]) throws(RuleLoadError) -> Expansion {
    let references = FragmentExpander.references(in: pattern.text)
    guard !references.isEmpty else { return Expansion(text: pattern.text, spans: []) }
    let source = Array(pattern.text.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(source.count)
    var spans: [Span] = []
    var cursor = 0
    for reference in references {
      guard let fragment = fragments[reference.name] else { continue }
      output.append(contentsOf: source[cursor..<reference.range.lowerBound])
      let body = try body(of: fragment, visiting: &visiting)
      let start = output.count
      output.append(contentsOf: Array("(?:".utf8))
      output.append(contentsOf: Array(body.utf8))
      output.append(UInt8(ascii: ")"))
      spans.append(Span(expanded: start..<output.count, original: reference.range, name: reference.name))
      cursor = reference.range.upperBound
    }
    output.append(contentsOf: source[cursor...])
    return Expansion(text: String(decoding: output, as: UTF8.self), spans: spans)
  }

  private mutating func body(of fragment: PackSpec.Fragment, visiting: inout [String]) throws(RuleLoadError) -> String {
    if let done = expanded[fragment.name] { return done }
    if visiting.contains(fragment.name) {
      let cycle = (visiting + [fragment.name]).joined(separator: " -> ")
      throw RuleLoadError(
        .reference, file: fragment.pattern.file, line: fragment.pattern.line,
        "fragment '\(fragment.name)' refers to itself (\(cycle))")
    }
    visiting.append(fragment.name)
    let text = try expand(fragment.pattern, visiting: &visiting).text
    visiting.removeLast()
    expanded[fragment.name] = text
    return text
  }

  /// The `(?&name)` references in a pattern, outside character classes, `\Q...\E` and comments.
  static func references(in pattern: String) -> [(name: String, range: Range<Int>)] {
    let bytes = Array(pattern.utf8)
    var found: [(String, Range<Int>)] = []
    PatternSyntaxWalker.walk(bytes) { event in
      guard case .byte(let byte, let index) = event, byte == UInt8(ascii: "("), index + 3 < bytes.count,
        bytes[index + 1] == UInt8(ascii: "?"), bytes[index + 2] == UInt8(ascii: "&"), !isDigit(bytes[index + 3])
      else { return 0 }
      var end = index + 3
      while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
      guard end > index + 3, end < bytes.count, bytes[end] == UInt8(ascii: ")") else { return 0 }
      found.append((String(decoding: bytes[(index + 3)..<end], as: UTF8.self), index..<(end + 1)))
      return end - index
    }
    return found
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || isDigit(byte) || byte == UInt8(ascii: "_")
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
