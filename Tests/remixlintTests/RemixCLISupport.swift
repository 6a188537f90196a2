import Foundation
import Testing
import VideoAPISandbox

/// The key the remote end-to-end tests give the child process; no output may ever contain it.
let remixCLIKey = "sk-cli-SECRET-93b1f0e2a4c6d8"

/// What one run of the built `remixlint` produced.
struct RemixRunResult {
  var status: Int32
  var stdout: String
  var stderr: String

  var stdoutLines: [String] { stdout.split(separator: "\n").map(String.init) }
  var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }

  /// Standard output parsed as one JSON object.
  func json(sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    let value = try JSONSerialization.jsonObject(with: Data(stdout.utf8))
    return try #require(
      value as? [String: Any], "stdout is not a JSON object: \(stdout)", sourceLocation: sourceLocation)
  }
}

/// Runs the built `remixlint` as a child process, without blocking a thread of the test's concurrency pool
/// (the in-process sandbox needs them).
enum RemixCLI {
  /// The built `remixlint`, next to the test runner (`swift build --build-tests` puts them in one folder), or
  /// `REMIXLINT_BINARY`.
  static let binary: URL? = CLI.binary

  /// Runs `remixlint arguments…` with `COMETAPI_KEY` set to `key` (unless nil), `HOME` pointing into `scratch`
  /// and `environment` added. Checks that neither output contains the key.
  static func run(
    _ arguments: [String], key: String? = remixCLIKey, scratch: RemixScratch, environment: [String: String] = [:],
    stdin: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) async throws -> RemixRunResult {
    let executable = try #require(
      binary, "the built 'remixlint' was not found next to the test runner; run 'swift build --build-tests'",
      sourceLocation: sourceLocation)
    let id = UUID().uuidString
    let outPath = scratch.path("run-\(id).out")
    let errPath = scratch.path("run-\(id).err")
    let inPath = scratch.path("run-\(id).in")
    for path in [outPath, errPath] { _ = FileManager.default.createFile(atPath: path, contents: nil) }
    _ = FileManager.default.createFile(atPath: inPath, contents: Data((stdin ?? "").utf8))
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    let input = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
    defer {
      try? out.close()
      try? err.close()
      try? input.close()
      for path in [outPath, errPath, inPath] { try? FileManager.default.removeItem(atPath: path) }
    }
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    var variables = ["HOME": scratch.path("home"), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
    if let key { variables["COMETAPI_KEY"] = key }
    variables.merge(environment) { _, new in new }
    process.environment = variables
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    let status: Int32 = try await withCheckedThrowingContinuation { continuation in
      process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
      do {
        try process.run()
      } catch {
        process.terminationHandler = nil
        continuation.resume(throwing: error)
      }
    }
    let stdout = String(decoding: try Data(contentsOf: URL(fileURLWithPath: outPath)), as: UTF8.self)
    let stderr = String(decoding: try Data(contentsOf: URL(fileURLWithPath: errPath)), as: UTF8.self)
    #expect(process.terminationReason == .exit, "remixlint was killed: \(stderr)", sourceLocation: sourceLocation)
    for secret in [remixCLIKey, key].compactMap({ $0 }) where !secret.isEmpty {
      #expect(!stdout.contains(secret), "the key leaked into stdout", sourceLocation: sourceLocation)
      #expect(!stderr.contains(secret), "the key leaked into stderr", sourceLocation: sourceLocation)
    }
    #expect(!stderr.contains("Fatal error"), "crash: \(stderr)", sourceLocation: sourceLocation)
    return RemixRunResult(status: status, stdout: stdout, stderr: stderr)
  }
}

/// A scratch folder for one test (journal, downloads, HOME), removed afterwards.
final class RemixScratch: Sendable {
  let root: String

  init() throws {
    root = FileManager.default.temporaryDirectory.path + "/remixlint-remote-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: root + "/home", withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: root)
  }

  func path(_ relative: String) -> String { root + "/" + relative }

  /// The journal of this test.
  var journal: String { path("journal.jsonl") }

  @discardableResult
  func write(_ relative: String, _ text: String) throws -> String {
    let target = path(relative)
    try FileManager.default.createDirectory(
      atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    try Data(text.utf8).write(to: URL(fileURLWithPath: target))
    return target
  }
}

/// A sandbox for the end-to-end tests, with the child's key and quick jobs.
enum RemixSandbox {
  static func run(
    apiKey: String = remixCLIKey, progression: JobProgression = .afterPolls(2), pollAfterMilliseconds: Int = 100,
    _ body: (Sandbox, RemixScratch) async throws -> Void
  ) async throws {
    let sandbox = try await Sandbox.start(
      SandboxConfiguration(apiKey: apiKey, progression: progression, pollAfterMilliseconds: pollAfterMilliseconds))
    let scratch: RemixScratch
    do {
      scratch = try RemixScratch()
      try await body(sandbox, scratch)
    } catch {
      await sandbox.stop()
      throw error
    }
    await sandbox.stop()
  }
}

/// Prompts that pass and fail the default rules.
enum RemixCLIPrompts {
  static let passing =
    "Shift the color palette to teal, sand, and rust, with a warm backlight — keep the \"café\" sign."
  static let other = "Slow dolly-in toward the singer over the full clip; keep everything else the same."
  static let failing = "Same shot, but with better lighting."
}

/// The arguments every remote test passes: the sandbox's base URL and the test's journal.
func remoteArguments(_ sandbox: Sandbox, _ scratch: RemixScratch) -> [String] {
  ["--base-url", sandbox.baseURL, "--journal", scratch.journal]
}
