/// Walks the bytes of a PCRE2 pattern outside character classes, `\Q...\E` quotes and `(?#...)`
/// comments, so vocabulary expansion and anchor detection read the same syntax the same way.
enum PatternSyntaxWalker {
  /// What the walker reports.
  enum Event {
    /// A backslash escape outside a class: the byte after the backslash, at `index` (of the backslash).
    case escape(UInt8, index: Int)
    /// Any other byte outside a class, at `index`.
    case byte(UInt8, index: Int)
  }

  /// Calls `body` for each event; `body` returns how many further bytes to skip (usually 0), or `nil`
  /// to stop.
  static func walk(_ bytes: [UInt8], _ body: (Event) -> Int?) {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\") {
        guard index + 1 < bytes.count else { return }
        if bytes[index + 1] == UInt8(ascii: "Q") {
          index = skipQuoted(bytes, from: index + 2)
          continue
        }
        guard let skip = body(.escape(bytes[index + 1], index: index)) else { return }
        index += 2 + skip
        continue
      }
      if byte == UInt8(ascii: "[") {
        index = skipClass(bytes, from: index)
        continue
      }
      if byte == UInt8(ascii: "("), index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "?"),
        bytes[index + 2] == UInt8(ascii: "#")
      {
        while index < bytes.count, bytes[index] != UInt8(ascii: ")") { index += 1 }
        index += 1
        continue
      }
      guard let skip = body(.byte(byte, index: index)) else { return }
      index += 1 + skip
    }
  }

  /// The index after the class that starts at `start` (a `[`), POSIX classes and escapes included.
  private static func skipClass(_ bytes: [UInt8], from start: Int) -> Int {
    var index = start + 1
    if index < bytes.count, bytes[index] == UInt8(ascii: "^") { index += 1 }
    if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1 }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if byte == UInt8(ascii: "["), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ":") {
        var end = index + 2
        while end + 1 < bytes.count, !(bytes[end] == UInt8(ascii: ":") && bytes[end + 1] == UInt8(ascii: "]")) {
          end += 1
        }
        index = end + 2
        continue
      }
      if byte == UInt8(ascii: "]") { return index + 1 }
      index += 1
    }
    return bytes.count
  }

  private static func skipQuoted(_ bytes: [UInt8], from start: Int) -> Int {
    var index = start
    while index + 1 < bytes.count {
      if bytes[index] == UInt8(ascii: "\\") && bytes[index + 1] == UInt8(ascii: "E") { return index + 2 }
      index += 1
    }
    return bytes.count
  }
}
