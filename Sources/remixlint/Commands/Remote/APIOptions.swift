import ArgumentParser
import VideoAPI

/// `--base-url` and `--request-timeout`, and the API key from `COMETAPI_KEY`.
struct APIOptions: ParsableArguments {
  @Option(
    name: .customLong("base-url"),
    help: ArgumentHelp(
      "The API base URL (default: COMETAPI_BASE_URL, else https://api.cometapi.com).", valueName: "url"))
  var baseURL: String?

  @Option(
    name: .customLong("request-timeout"),
    help: ArgumentHelp("Seconds to wait for each API answer.", valueName: "seconds"))
  var requestTimeout: Double = 60

  func validate() throws {
    guard requestTimeout > 0, requestTimeout.isFinite else {
      throw ValidationError("--request-timeout must be positive")
    }
  }

  /// The client configuration. Throws (exit 2) when `COMETAPI_KEY` is missing or empty. The key is also handed
  /// to ``RemoteConsole`` so that it can never be printed.
  func configuration() throws -> VideoAPIConfiguration {
    guard let key = RemoteEnvironment.value("COMETAPI_KEY"), !key.isEmpty else {
      throw CLIError("COMETAPI_KEY is not set; export your CometAPI key as COMETAPI_KEY (it is never printed)")
    }
    RemoteConsole.protect(secret: key)
    let base = baseURL ?? RemoteEnvironment.value("COMETAPI_BASE_URL").flatMap { $0.isEmpty ? nil : $0 }
    return VideoAPIConfiguration(
      apiKey: key, baseURL: base ?? VideoAPIConfiguration.cometAPIBaseURL,
      requestTimeout: .milliseconds(Int64((requestTimeout * 1000).rounded())))
  }

  /// Creates a client, runs `body` with it, and shuts it down. A bad configuration exits 2.
  func withClient<Result: Sendable>(_ body: (VideoAPIClient) async throws -> Result) async throws -> Result {
    let client: VideoAPIClient
    do {
      client = try VideoAPIClient(configuration: try configuration())
    } catch let error as VideoAPIError {
      throw CLIError(RemoteConsole.redact(error.description))
    }
    do {
      let result = try await body(client)
      try? await client.shutdown()
      return result
    } catch {
      try? await client.shutdown()
      throw error
    }
  }
}
