/// A parsed JSON value (for `.jsonl` prompt files and labelled corpora), read without Foundation so the
/// `check` path stays light.
public enum JSONValue: Hashable, Sendable {
  case null
  case bool(Bool)
  case number(Double, text: String)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  public subscript(key: String) -> JSONValue? {
    if case .object(let members) = self { return members[key] }
    return nil
  }

  public var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  /// Strings as they are, numbers as written; other values `nil` (for ids, which may be either).
  public var idValue: String? {
    switch self {
    case .string(let value): return value
    case .number(_, let text): return text
    default: return nil
    }
  }

  public var arrayValue: [JSONValue]? {
    if case .array(let values) = self { return values }
    return nil
  }

  /// Parses one JSON document.
  public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
    var parser = JSONParser(Array(text.utf8))
    return try parser.parseDocument()
  }
}

/// Why a JSON text did not parse, with the 1-based column (in characters) where it went wrong.
public struct JSONParseError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public var column: Int
  public var description: String { "\(message) at column \(column)" }
}
