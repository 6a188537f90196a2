import DefaultRules
import Foundation
import PromptLint
import RemixKit
import Testing
import VideoAPI
import VideoAPISandbox

/// A distinctive key: no output, error text or journal may ever contain it.
let remixTestKey = "sk-remixkit-SECRET-7c1e94a2b3d5"

/// Prompts that pass and fail the default rules.
enum TestPrompts {
  /// Passes; has non-ASCII characters and quotes, so that "sent exactly as written" means something.
  static let passing =
    "Shift the color palette to teal, sand, and rust, with a warm backlight — keep the \"café\" sign as it is."
  /// Passes.
  static let other = "Slow dolly-in toward the singer over the full clip; keep everything else the same."
  /// Passes, with a warning (a resolution in the prose).
  static let warningOnly = "Make the sky overcast, in 4K."
  /// Fails (vague lighting and camera).
  static let failing = "Same shot, but with better lighting."
}

/// A sandbox on loopback, a client pointed at it and a scratch folder for the journal and downloads.
struct GateHarness {
  let sandbox: Sandbox
  let client: VideoAPIClient
  let directory: String

  static let linter: Linter = {
    do {
      return Linter(ruleSet: try RuleSet(packs: [DefaultRules.pack]))
    } catch {
      fatalError("the default rules do not compile: \(error)")
    }
  }()

  /// Runs `body` with a fresh sandbox (random ports), client and folder; everything is stopped and removed after.
  static func run(
    progression: JobProgression = .afterPolls(2), pollAfterMilliseconds: Int = 250,
    requestTimeout: Duration = .seconds(5), maximumRetries: Int = 2, clientKey: String = remixTestKey,
    _ body: (GateHarness) async throws -> Void
  ) async throws {
    let sandbox = try await Sandbox.start(
      SandboxConfiguration(
        apiKey: remixTestKey, progression: progression, pollAfterMilliseconds: pollAfterMilliseconds))
    let directory = FileManager.default.temporaryDirectory.path + "/remixkit-tests-" + UUID().uuidString
    let client: VideoAPIClient
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      client = try VideoAPIClient(
        configuration: VideoAPIConfiguration(
          apiKey: clientKey, baseURL: sandbox.baseURL, requestTimeout: requestTimeout, connectTimeout: .seconds(2),
          retryPolicy: RetryPolicy(
            maximumRetries: maximumRetries, initialBackoff: .milliseconds(5), maximumBackoff: .milliseconds(20),
            sleep: { _ in await Task.yield() })))
    } catch {
      await sandbox.stop()
      throw error
    }
    let harness = GateHarness(sandbox: sandbox, client: client, directory: directory)
    do {
      try await body(harness)
    } catch {
      await harness.tearDown()
      throw error
    }
    await harness.tearDown()
  }

  private func tearDown() async {
    try? await client.shutdown()
    await sandbox.stop()
    try? FileManager.default.removeItem(atPath: directory)
  }

  /// The journal path (its folders do not exist until the first write).
  var journalPath: String { directory + "/state/remixlint/journal.jsonl" }

  /// A gate with the default rules and this harness's journal.
  func gate(strict: Bool = false, events: EventLog? = nil, client: VideoAPIClient? = nil) -> RemixGate {
    RemixGate(
      linter: Self.linter, client: client ?? self.client, journal: SubmissionJournal(path: journalPath),
      strict: strict, onEvent: { event in events?.add(event) })
  }

  /// A path inside the scratch folder.
  func path(_ name: String) -> String { directory + "/" + name }

  /// The recorded requests to one endpoint.
  func requests(_ endpoint: SandboxEndpoint) async -> [RecordedRequest] {
    await sandbox.requests(to: endpoint)
  }

  /// The journal's kinds, in file order.
  func journalKinds() async throws -> [JournalEntry.Kind] {
    try await SubmissionJournal(path: journalPath).readEntries().map(\.kind)
  }

  /// The journal's text ("" when it does not exist).
  func journalText() -> String {
    (try? String(contentsOfFile: journalPath, encoding: .utf8)) ?? ""
  }

  /// Whether the journal file exists.
  var journalExists: Bool { FileManager.default.fileExists(atPath: journalPath) }
}

/// The events a gate reported.
final class EventLog: Sendable {
  private let lock = NSLock()
  nonisolated(unsafe) private var events: [RemixEvent] = []

  func add(_ event: RemixEvent) { lock.withLock { events.append(event) } }

  var all: [RemixEvent] { lock.withLock { events } }
}

/// Checks every text form of a value for the test key.
func expectNoKey(_ value: Any, sourceLocation: SourceLocation = #_sourceLocation) {
  var dumped = ""
  dump(value, to: &dumped)
  for text in [String(describing: value), String(reflecting: value), dumped] {
    #expect(!text.contains(remixTestKey), "the key leaked into: \(text.prefix(300))", sourceLocation: sourceLocation)
  }
}
