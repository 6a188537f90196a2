import ArgumentParser
import Dispatch
import VideoAPISandbox

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `remixlint-sandbox`: runs the Videos API stand-in until SIGINT or SIGTERM.
@main
struct SandboxCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remixlint-sandbox",
    abstract: "A local stand-in for the Videos API (/v1/videos) with switchable faults.",
    discussion: SandboxHelp.discussion
  )

  @Option(help: "The API port (0 picks a free one; read it from the first output line).")
  var port: Int = 0

  @Option(help: "The loopback address to listen on.")
  var host: String = "127.0.0.1"

  @Option(help: "The API key clients must send as 'Authorization: Bearer KEY'.")
  var key: String = "sk-sandbox-key"

  @Option(name: .customLong("storage-port"), help: "The storage origin's port (0 picks a free one).")
  var storagePort: Int = 0

  @Option(name: .customLong("complete-after"), help: "Seconds until a remix job is completed.")
  var completeAfter: Double = 3

  @Option(
    name: .customLong("complete-after-polls"),
    help: "Complete a remix job on its N-th retrieve instead of after --complete-after seconds.")
  var completeAfterPolls: Int?

  @Option(name: .customLong("poll-after-ms"), help: "The openai-poll-after-ms header value.")
  var pollAfterMilliseconds: Int = 1000

  @Option(name: .customLong("fault-delay"), help: "Seconds of delay for the slow and accept-then-delay faults.")
  var faultDelay: Double = 2

  @Option(
    name: .customLong("fault"), help: "A fault NAME[:ENDPOINT[:COUNT[:BODY]]] active from the start (repeatable).")
  var faults: [String] = []

  func validate() throws {
    guard (0...65535).contains(port), (0...65535).contains(storagePort) else {
      throw ValidationError("ports must be 0 to 65535")
    }
    guard completeAfter >= 0, faultDelay >= 0 else { throw ValidationError("delays must not be negative") }
    for spec in faults where FaultRule(spec: spec) == nil {
      throw ValidationError("unknown fault '\(spec)'; see --help for the names and endpoints")
    }
  }

  func run() async throws {
    let rules = faults.compactMap { FaultRule(spec: $0, delaySeconds: faultDelay) }
    let progression: JobProgression = completeAfterPolls.map { .afterPolls($0) } ?? .afterSeconds(completeAfter)
    let settings = SandboxConfiguration(
      host: host, port: port, storagePort: storagePort, apiKey: key, progression: progression,
      pollAfterMilliseconds: pollAfterMilliseconds, faults: rules)
    let signals = SignalWaiter(signals: [SIGINT, SIGTERM])
    let sandbox = try await Sandbox.start(settings)
    writeLine("sandbox listening on \(sandbox.baseURL) (storage \(sandbox.storageURL))", to: STDOUT_FILENO)
    let received = await signals.wait()
    await sandbox.stop()
    writeLine("sandbox stopped (signal \(received))", to: STDERR_FILENO)
  }

  /// Writes a line straight to the descriptor (no buffering, so a reading script sees it at once).
  private func writeLine(_ text: String, to descriptor: Int32) {
    let bytes = Array((text + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written <= 0 { return }
      offset += written
    }
  }
}
