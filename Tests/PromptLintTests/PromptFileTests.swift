import PromptLint
import Testing

@Suite("reading prompt files")
struct PromptFileTests {
  @Test(".jsonl: one prompt per line, ids echoed, blank lines skipped, bad lines reported with their number")
  func jsonLines() throws {
    let folder = try TempFolder()
    try folder.write(
      "p.jsonl",
      """
      {"id": "a", "prompt": "one"}

      {"id": 7, "prompt": "two\\nlines"}
      not json
      {"prompt": "three"}
      [1]
      {"id": "x"}
      {"prompt": "crlf"}\r

      """)
    let path = folder.path + "/p.jsonl"
    var seen: [String] = []
    try PromptFile.forEachJSONLine(path: path) { item, value, line in
      switch item {
      case .success(let input):
        #expect(value != nil)
        seen.append(
          "\(line) ok \(input.source.replacingOccurrences(of: path, with: "P")) \(input.id ?? "-") \(input.text)")
      case .failure(let error):
        #expect(value == nil)
        #expect(error.line == line)
        seen.append(error.description.replacingOccurrences(of: path, with: "P"))
      }
    }
    #expect(
      seen == [
        "1 ok P#a a one",
        "3 ok P#7 7 two\nlines",
        "P:4: not valid JSON: unexpected character at column 1",
        "5 ok P#L5 - three",
        #"P:6: expected a JSON object with a "prompt" field"#,
        #"P:7: missing "prompt" (a string)"#,
        "8 ok P#L8 - crlf",
      ])
  }

  @Test("a whole file is one prompt")
  func wholeFile() throws {
    let folder = try TempFolder()
    try folder.write("p.txt", "First line.\r\nSecond 🎬 line.\n")
    let input = try PromptFile.readWhole(path: folder.path + "/p.txt")
    #expect(input == PromptInput(source: folder.path + "/p.txt", text: "First line.\r\nSecond 🎬 line.\n"))
    let named = try PromptFile.readWhole(path: folder.path + "/p.txt", source: "shown")
    #expect(named.source == "shown")
  }

  @Test("a file that is not UTF-8, and a file that does not exist")
  func unreadable() throws {
    let folder = try TempFolder()
    try folder.write("bad.txt", bytes: [0x61, 0xFF, 0x62])
    do throws(InputError) {
      _ = try PromptFile.readWhole(path: folder.path + "/bad.txt")
      Issue.record("read invalid UTF-8")
    } catch {
      #expect(error.description == "\(folder.path)/bad.txt: not valid UTF-8 text")
    }
    do throws(InputError) {
      _ = try PromptFile.readWhole(path: folder.path + "/missing.txt")
      Issue.record("read a missing file")
    } catch {
      #expect(error.description == "\(folder.path)/missing.txt: no such file or directory")
    }
  }

  @Test("InputError descriptions")
  func inputErrors() {
    #expect(InputError(file: "a.jsonl", line: 3, "bad").description == "a.jsonl:3: bad")
    #expect(InputError(file: "a.txt", "bad").description == "a.txt: bad")
  }
}
