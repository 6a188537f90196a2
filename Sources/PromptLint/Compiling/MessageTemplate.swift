/// A rule message with named placeholders: `{match}` (the matched text), `{count}`, `{min}`, `{max}`
/// (count rules), `{aspects}` (what the counted changes are about), `{rule}` (the rule id), and the name
/// of any named capture group of the rule's patterns. `{{` and `}}` are literal braces.
struct MessageTemplate: Sendable {
  enum Piece: Sendable {
    case text(String)
    case placeholder(String)
  }

  /// The placeholders every rule may use.
  static let builtIn: Set<String> = ["match", "count", "min", "max", "aspects", "rule"]

  let pieces: [Piece]

  /// Parses `message`; a placeholder outside `allowed` is an error (returned as its text).
  init(_ message: String, allowed: Set<String>) throws(TemplateError) {
    var pieces: [Piece] = []
    var literal = ""
    var index = message.startIndex
    while index < message.endIndex {
      let character = message[index]
      let next = message.index(after: index)
      if character == "{", next < message.endIndex, message[next] == "{" {
        literal.append("{")
        index = message.index(after: next)
        continue
      }
      if character == "}", next < message.endIndex, message[next] == "}" {
        literal.append("}")
        index = message.index(after: next)
        continue
      }
      if character == "{" {
        guard let close = message[next...].firstIndex(of: "}") else {
          throw TemplateError(problem: "'{' without a closing '}' (write '{{' for a literal brace)")
        }
        let name = String(message[next..<close])
        guard allowed.contains(name) else {
          let known = allowed.sorted().map { "{\($0)}" }.joined(separator: ", ")
          throw TemplateError(problem: "unknown placeholder {\(name)} (known: \(known))")
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        literal = ""
        pieces.append(.placeholder(name))
        index = message.index(after: close)
        continue
      }
      literal.append(character)
      index = next
    }
    if !literal.isEmpty { pieces.append(.text(literal)) }
    self.pieces = pieces
  }

  /// The message with `values` filled in (a missing value becomes an empty string).
  func render(_ values: [String: String]) -> String {
    var result = ""
    for piece in pieces {
      switch piece {
      case .text(let text): result += text
      case .placeholder(let name): result += values[name] ?? ""
      }
    }
    return result
  }

  struct TemplateError: Error {
    var problem: String
  }
}
