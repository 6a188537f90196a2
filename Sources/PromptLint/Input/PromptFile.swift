#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads prompts from files: a plain file is one prompt; a `.jsonl` file is one prompt per line.
public enum PromptFile {
  /// The size of a file in bytes (0 when it cannot be read, or for standard input).
  public static func size(of path: String) -> Int {
    guard path != "-" else { return 0 }
    var info = stat()
    return stat(path, &info) == 0 ? Int(info.st_size) : 0
  }

  /// Reads a whole file (or `-` for standard input) as one UTF-8 prompt.
  public static func readWhole(path: String, source: String? = nil) throws(InputError) -> PromptInput {
    let reader = path == "-" ? LineReader(standardInput: ()) : try LineReader(path: path)
    let bytes = reader.readAll()
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw InputError(file: source ?? path, "not valid UTF-8 text")
    }
    return PromptInput(source: source ?? path, text: text)
  }

  /// Calls `body` with each prompt of a `.jsonl` file (`{"prompt": "...", "id": ...}` per line; blank
  /// lines are skipped), with the parsed line and its 1-based number. A bad line is passed to `body` as
  /// an ``InputError`` and reading goes on.
  public static func forEachJSONLine(
    path: String, _ body: (_ item: Result<PromptInput, InputError>, _ value: JSONValue?, _ line: Int) throws -> Void
  ) throws {
    let reader = try LineReader(path: path)
    var number = 0
    while let bytes = reader.nextLine() {
      number += 1
      if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
      guard let text = String(validating: bytes, as: UTF8.self) else {
        try body(.failure(InputError(file: path, line: number, "not valid UTF-8")), nil, number)
        continue
      }
      let value: JSONValue
      do {
        value = try JSONValue.parse(text)
      } catch {
        try body(.failure(InputError(file: path, line: number, "not valid JSON: \(error)")), nil, number)
        continue
      }
      guard case .object = value else {
        try body(.failure(InputError(file: path, line: number, "expected a JSON object with a \"prompt\" field")), nil, number)
        continue
      }
      guard let prompt = value["prompt"]?.stringValue else {
        try body(.failure(InputError(file: path, line: number, "missing \"prompt\" (a string)")), nil, number)
        continue
      }
      let id = value["id"]?.idValue
      let source = id.map { "\(path)#\($0)" } ?? "\(path)#L\(number)"
      try body(.success(PromptInput(source: source, id: id, text: prompt)), value, number)
    }
  }
}
