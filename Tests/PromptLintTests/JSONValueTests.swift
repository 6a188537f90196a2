import PromptLint
import Testing

@Suite("JSONValue.parse")
struct JSONValueTests {
  @Test(
    "string escapes",
    arguments: [
      (#""plain""#, "plain"),
      (#""a\"b\\c\/d""#, "a\"b\\c/d"),
      (#""\b\f\n\r\t""#, "\u{08}\u{0C}\n\r\t"),
      (#""caf\u00e9 \u00E9""#, "café é"),
      (#""\ud83c\udfac clap""#, "🎬 clap"),
      (#""\u0000""#, "\u{0}"),
      (#""カメラ 🎬 raw""#, "カメラ 🎬 raw"),
      (#""""#, ""),
    ])
  func strings(json: String, expected: String) throws {
    #expect(try JSONValue.parse(json) == .string(expected))
  }

  @Test(
    "numbers keep their text",
    arguments: [
      ("0", 0.0), ("-0", -0.0), ("42", 42.0), ("-7", -7.0), ("0.25", 0.25), ("1.5e3", 1500.0), ("2E-2", 0.02),
      ("1e+2", 100.0),
    ])
  func numbers(json: String, value: Double) throws {
    #expect(try JSONValue.parse(json) == .number(value, text: json))
    #expect(try JSONValue.parse(json).idValue == json)
  }

  @Test("literals, arrays, objects and nesting")
  func structures() throws {
    #expect(try JSONValue.parse(" true ") == .bool(true))
    #expect(try JSONValue.parse("false") == .bool(false))
    #expect(try JSONValue.parse("null") == .null)
    #expect(try JSONValue.parse("[]") == .array([]))
    #expect(try JSONValue.parse("{}") == .object([:]))
    let value = try JSONValue.parse(#" { "id" : 7 , "list" : [1, "two", [null], {"k": false}], "s": "x" } "#)
    #expect(value["id"]?.idValue == "7")
    #expect(value["s"]?.stringValue == "x")
    #expect(value["missing"] == nil)
    let list = try #require(value["list"]?.arrayValue)
    #expect(list == [.number(1, text: "1"), .string("two"), .array([.null]), .object(["k": .bool(false)])])
    #expect(list[3]["k"] == .bool(false))
    #expect(JSONValue.string("x")["k"] == nil)
    #expect(JSONValue.null.idValue == nil)
    #expect(JSONValue.bool(true).stringValue == nil)
  }

  @Test("a duplicate key keeps the last value")
  func duplicateKey() throws {
    #expect(try JSONValue.parse(#"{"a": 1, "a": 2}"#)["a"] == .number(2, text: "2"))
  }

  @Test(
    "errors name the problem and the 1-based column in characters",
    arguments: [
      ("", "unexpected end of input", 1),
      (#"{"a": tru}"#, "unexpected character", 7),
      (#"{"é": x}"#, "unexpected character", 7),
      (#"[1,]"#, "unexpected character", 4),
      (#"[1 2]"#, "expected ',' or ']'", 4),
      (#"{"a" 1}"#, "expected ':' after a key", 6),
      (#"{1: 2}"#, "expected a string key", 2),
      (#"{"a": 1,}"#, "expected a string key", 9),
      (#""abc"#, "unterminated string", 5),
      ("\"a\u{01}b\"", "unescaped control character in a string", 3),
      (#""\x""#, "invalid escape sequence", 4),
      (#""\u12""#, "incomplete \\u escape", 4),
      (#""\u12xy""#, "invalid hex digit in a \\u escape", 6),
      (#""\ud83c""#, "unpaired surrogate in a \\u escape", 8),
      (#""\udfac""#, "unpaired surrogate in a \\u escape", 8),
      (#""\ud83c\u0041""#, "unpaired surrogate in a \\u escape", 14),
      ("01", "unexpected text after the JSON value", 2),
      ("1.", "invalid number", 3),
      ("-", "invalid number", 2),
      ("+1", "unexpected character", 1),
      (#"{} {}"#, "unexpected text after the JSON value", 4),
      ("nul", "unexpected character", 1),
    ])
  func errors(json: String, message: String, column: Int) throws {
    do throws(JSONParseError) {
      _ = try JSONValue.parse(json)
      Issue.record("parsed \(json)")
    } catch {
      #expect(error.message == message)
      #expect(error.column == column)
      #expect(error.description == "\(message) at column \(column)")
    }
  }

  @Test("nesting deeper than 512 levels is refused")
  func depth() throws {
    #expect(try JSONValue.parse(String(repeating: "[", count: 512) + String(repeating: "]", count: 512)) != .null)
    do throws(JSONParseError) {
      _ = try JSONValue.parse(String(repeating: "[", count: 513) + String(repeating: "]", count: 513))
      Issue.record("parsed 513 levels")
    } catch {
      #expect(error.message == "nesting is too deep")
    }
  }
}
