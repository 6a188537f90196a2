import Foundation
import Testing
import VideoAPI
import VideoAPISandbox

/// A distinctive key: no error text may ever contain it.
let testKey = "sk-test-SECRET-5f3a9c0e7b21d4"

/// A sandbox, a client pointed at it, the client's recorded retry sleeps and a scratch directory.
struct Harness {
  let sandbox: Sandbox
  let client: VideoAPIClient
  let sleeps: SleepRecorder
  let directory: String

  /// Runs `body` with a fresh sandbox (random ports) and client; everything is stopped and removed afterwards.
  static func run(
    sandbox sandboxConfiguration: SandboxConfiguration = SandboxConfiguration(
      apiKey: testKey, progression: .afterPolls(2), pollAfterMilliseconds: 250),
    clientKey: String = testKey,
    requestTimeout: Duration = .seconds(5),
    maximumRetries: Int = 2,
    _ body: (Harness) async throws -> Void
  ) async throws {
    let sandbox = try await Sandbox.start(sandboxConfiguration)
    let sleeps = SleepRecorder()
    let directory = try makeScratchDirectory()
    let client: VideoAPIClient
    do {
      client = try VideoAPIClient(
        configuration: VideoAPIConfiguration(
          apiKey: clientKey, baseURL: sandbox.baseURL, requestTimeout: requestTimeout, connectTimeout: .seconds(2),
          retryPolicy: RetryPolicy(
            maximumRetries: maximumRetries, initialBackoff: .milliseconds(10), maximumBackoff: .milliseconds(40),
            sleep: { duration in await sleeps.sleep(duration) })))
    } catch {
      await sandbox.stop()
      throw error
    }
    let harness = Harness(sandbox: sandbox, client: client, sleeps: sleeps, directory: directory)
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

  /// A path inside the scratch directory.
  func path(_ name: String) -> String { directory + "/" + name }

  /// The names in the scratch directory (temporary files included).
  func directoryContents() -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
  }

  /// The recorded requests to one endpoint.
  func requests(_ endpoint: SandboxEndpoint) async -> [RecordedRequest] {
    await sandbox.requests(to: endpoint)
  }
}

/// Records the delays the client asks for between retries, sleeping only briefly.
actor SleepRecorder {
  private(set) var delays: [Duration] = []

  func sleep(_ duration: Duration) async {
    delays.append(duration)
    await Task.yield()
  }
}

func makeScratchDirectory() throws -> String {
  let path = FileManager.default.temporaryDirectory.path + "/videoapi-tests-" + UUID().uuidString
  try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// Runs `body`, which must throw a ``VideoAPIError``, checks that no text form of the error contains the key,
/// and returns it.
@discardableResult
func expectAPIError(
  sourceLocation: SourceLocation = #_sourceLocation, _ body: () async throws -> some Any
) async -> VideoAPIError? {
  do {
    _ = try await body()
    Issue.record("expected a VideoAPIError, but the call succeeded", sourceLocation: sourceLocation)
    return nil
  } catch let error as VideoAPIError {
    expectKeyAbsent(error, sourceLocation: sourceLocation)
    return error
  } catch {
    Issue.record("expected a VideoAPIError, got \(error)", sourceLocation: sourceLocation)
    return nil
  }
}

/// Checks every text form of a value (description, debug description, dump) for the test key.
func expectKeyAbsent(_ value: Any, sourceLocation: SourceLocation = #_sourceLocation) {
  var dumped = ""
  dump(value, to: &dumped)
  let texts = [String(describing: value), String(reflecting: value), dumped]
  for text in texts {
    #expect(!text.contains(testKey), "the API key leaked into: \(text.prefix(300))", sourceLocation: sourceLocation)
  }
  ErrorLedger.shared.add(texts)
}

/// Every error text produced by the tests, for the final sweep.
final class ErrorLedger: @unchecked Sendable {
  static let shared = ErrorLedger()
  private let lock = NSLock()
  private var texts: [String] = []

  func add(_ newTexts: [String]) {
    lock.withLock { texts.append(contentsOf: newTexts) }
  }

  var all: [String] { lock.withLock { texts } }
}
