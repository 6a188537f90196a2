import Foundation
import Testing

/// What one run of the `remixlint` binary produced.
struct CLIResult {
  var status: Int32
  var stdout: String
  var stderr: String

  var stdoutLines: [String] {
    stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLastEmpty()
  }
  var stderrLines: [String] {
    stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLastEmpty()
  }

  /// stdout parsed as a JSON object.
  func json() throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
    return try #require(value as? [String: Any], "stdout is not a JSON object: \(stdout)")
  }
}

extension Array where Element == String {
  fileprivate func dropLastEmpty() -> [String] { last == "" ? Array(dropLast()) : self }
}

/// Runs the real, built `remixlint` executable.
enum CLI {
  /// The built `remixlint`: next to the test runner (`swift build --build-tests` puts both in the same
  /// folder), or `REMIXLINT_BINARY` when set.
  static let binary: URL? = locate()

  static func locate() -> URL? {
    let manager = FileManager.default
    if let override = ProcessInfo.processInfo.environment["REMIXLINT_BINARY"],
      manager.isExecutableFile(atPath: override)
    {
      return URL(fileURLWithPath: override)
    }
    var folders: [URL] = []
    if let exe = try? manager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      folders.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
    }
    if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
    folders.append(Bundle.main.bundleURL)
    folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
    if let first = CommandLine.arguments.first {
      folders.append(URL(fileURLWithPath: first).standardizedFileURL.deletingLastPathComponent())
    }
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      folders.append(bundle.bundleURL.deletingLastPathComponent())
    }
    for folder in folders {
      // The runner may sit inside `X.xctest/Contents/MacOS/` (macOS): look a few levels up too.
      var current = folder
      for _ in 0..<4 {
        let candidate = current.appendingPathComponent("remixlint")
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
          manager.isExecutableFile(atPath: candidate.path)
        {
          return candidate
        }
        current = current.deletingLastPathComponent()
      }
    }
    return nil
  }

  static let notFound: Comment = """
    the built 'remixlint' executable was not found next to the test runner; build it first with \
    'swift build --build-tests' (or set REMIXLINT_BINARY)
    """

  /// Runs `remixlint arguments...` with `stdin` as standard input, in `directory`.
  static func run(
    _ arguments: [String], stdin: String? = nil, in directory: String? = nil, binary: URL? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> CLIResult {
    let executable = try #require(binary ?? CLI.binary, notFound, sourceLocation: sourceLocation)
    let scratch = try TempFolder()
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let outPath = scratch.path + "/stdout"
    let errPath = scratch.path + "/stderr"
    let inPath = scratch.path + "/stdin"
    try Data().write(to: URL(fileURLWithPath: outPath))
    try Data().write(to: URL(fileURLWithPath: errPath))
    try Data((stdin ?? "").utf8).write(to: URL(fileURLWithPath: inPath))
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    // A deadline, so that a hang fails this test instead of stalling the whole run.
    let deadline = Date().addingTimeInterval(120)
    while process.isRunning && Date() < deadline { usleep(5_000) }
    if process.isRunning { process.terminate() }
    process.waitUntilExit()
    try out.close()
    try err.close()
    try input.close()
    let stdout = String(decoding: try Data(contentsOf: URL(fileURLWithPath: outPath)), as: UTF8.self)
    let stderr = String(decoding: try Data(contentsOf: URL(fileURLWithPath: errPath)), as: UTF8.self)
    #expect(process.terminationReason == .exit, "remixlint was killed: \(stderr)", sourceLocation: sourceLocation)
    return CLIResult(status: process.terminationStatus, stdout: stdout, stderr: stderr)
  }
}

/// A temporary folder, removed when the value goes away.
final class TempFolder: @unchecked Sendable {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("remixlint-cli-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  /// Writes `text` to `relative` (creating folders) and returns the full path.
  @discardableResult
  func write(_ relative: String, _ text: String) throws -> String {
    try write(relative, bytes: Array(text.utf8))
  }

  @discardableResult
  func write(_ relative: String, bytes: [UInt8]) throws -> String {
    let url = URL(fileURLWithPath: path).appendingPathComponent(relative)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url)
    return url.path
  }
}

/// A small deterministic rule pack for the CLI tests (used with `--no-default-rules --rules DIR`).
enum FixturePack {
  static let packYAML = """
    name: fixture
    segmentation:
      sentence:
        - '(?<=[.!?])\\s+'
        - '\\R+'
      clause:
        - ';'
    fragments:
      todo_word: 'TODO|FIXME'

    """

  static let noTodo = """
    id: no-todo
    kind: forbid
    severity: error
    reason: placeholder
    message: 'Leftover {match}.'
    description: Leftover scaffolding.
    ignore_case: false
    patterns:
      - '\\b(?&todo_word)\\b'
    suggestions: ['Replace it with the real request.']
    examples:
      pass: ['Make the sky red.', 'a todo list']
      fail: ['Fix the TODO.', 'FIXME']

    """

  static let vibrant = """
    id: vague-vibrant
    kind: forbid
    severity: warning
    reason: vague
    message: '''{match}'' is vague.'
    description: Vague colour words.
    patterns:
      - '\\bvibrant\\b'
    examples:
      pass: ['Make the sky red.']
      fail: ['Make it vibrant.']

    """

  static let maybe = """
    id: info-maybe
    kind: forbid
    severity: info
    reason: other
    message: 'Hedging: {match}.'
    description: Hedging words.
    patterns:
      - '\\bmaybe\\b'
    examples:
      pass: ['Make the sky red.']
      fail: ['maybe red']

    """

  /// Writes the fixture pack into a new folder and returns it.
  static func make(extra: [(String, String)] = []) throws -> TempFolder {
    let folder = try TempFolder()
    try folder.write("pack.yaml", packYAML)
    try folder.write("no-todo.yaml", noTodo)
    try folder.write("vibrant.yaml", vibrant)
    try folder.write("maybe.yaml", maybe)
    for (name, text) in extra { try folder.write(name, text) }
    return folder
  }

  /// `check --no-default-rules --rules DIR` followed by `arguments`.
  static func check(_ folder: TempFolder, _ arguments: [String], stdin: String? = nil) throws -> CLIResult {
    try CLI.run(["check", "--no-default-rules", "--rules", folder.path] + arguments, stdin: stdin)
  }
}
