/// Swift source literals for generated code.
enum SwiftLiteral {
  /// A string literal that reproduces `text` exactly (every backslash, quote and control character
  /// escaped), so no rule text can end the literal early.
  static func string(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": result += "\\\\"
      case "\"": result += "\\\""
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
          || scalar.properties.generalCategory == .format
        {
          result += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  static func strings(_ values: [String]) -> String {
    values.isEmpty ? "[]" : "[" + values.map(string).joined(separator: ", ") + "]"
  }

  static func optional(_ value: Int?) -> String { value.map(String.init) ?? "nil" }

  static func optional(_ value: String?) -> String { value.map(string) ?? "nil" }
}
