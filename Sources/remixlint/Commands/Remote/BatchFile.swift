import PromptLint

/// Reads a `remix --batch` file. Every malformed line is reported (`file:LINE: …` on standard error) and the
/// batch stops with exit 2 before anything is linted or sent.
enum BatchFile {
  static func read(path: String) throws -> [BatchLine] {
    var lines: [BatchLine] = []
    var problems: [String] = []
    do {
      try PromptFile.forEachJSONLine(path: path) { item, value, number in
        switch item {
        case .failure(let error):
          problems.append(error.description)
        case .success(let input):
          guard let videoID = value?["video_id"]?.stringValue else {
            problems.append(InputError(file: path, line: number, "missing \"video_id\" (a string)").description)
            return
          }
          lines.append(
            BatchLine(id: input.id, line: number, source: input.source, videoID: videoID, prompt: input.text))
        }
      }
    } catch let error as InputError {
      throw CLIError(error.description)
    }
    guard problems.isEmpty else {
      for problem in problems.dropLast() { RemoteConsole.error(problem) }
      throw CLIError(problems.last! + " (the batch was not run; nothing was sent)")
    }
    guard !lines.isEmpty else { throw CLIError("\(path): no lines to remix") }
    return lines
  }
}
