/// Makes text from files, rule packs and servers safe to print on a terminal or in a log: control
/// characters (C0, DEL, C1), and the bidirectional overrides that reorder what a reader sees, are written
/// as visible escapes, so a prompt, an id, a rule message or a server field can never move the cursor,
/// ring the bell, change colours or forge an output line.
public enum TerminalText {
  /// `text` with every control character escaped: line feed, carriage return and tab as `\n`, `\r` and
  /// `\t`, the others as `\u{1B}`-style escapes. Printable text, including emoji and every script, is kept.
  public static func escape(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count + 8)
    for scalar in text.unicodeScalars {
      guard needsEscape(scalar) else {
        out.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
    }
    return out
  }

  /// Whether `scalar` would act on a terminal instead of being shown: C0 controls (tab and line feed
  /// included, so one field stays on one line), DEL, C1 controls, and the bidirectional embedding,
  /// override and isolate characters.
  public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F: return true
    case 0x202A...0x202E, 0x2066...0x2069: return true
    case 0x2028, 0x2029: return true
    default: return false
    }
  }
}
