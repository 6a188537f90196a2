import NIOCore
import NIOHTTP1

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A client for the Videos API (`/v1/videos`) of CometAPI or OpenAI.
///
/// - Ids are checked against `^[A-Za-z0-9_-]{1,128}$` before they reach a URL; a bad id throws without a request.
/// - GET requests are retried per the ``RetryPolicy``; ``remix(id:prompt:)`` is never retried, and its errors say
///   (``VideoAPIError/outcome``) whether a job may have been created.
/// - The API key goes only to the API's own origin, never into an error or description.
///
/// Call ``shutdown()`` when done (or use ``withClient(configuration:_:)``): the underlying HTTP client must be
/// shut down before it is released.
public final class VideoAPIClient: Sendable, CustomStringConvertible, CustomReflectable {
  /// The configuration the client was made with.
  public let configuration: VideoAPIConfiguration
  let executor: RequestExecutor

  /// Creates a client; throws ``VideoAPIError/invalidConfiguration(_:)`` for a bad base URL, plain `http` to a
  /// non-loopback host, an unusable key or non-positive timeouts.
  public init(configuration: VideoAPIConfiguration) throws(VideoAPIError) {
    self.configuration = configuration
    self.executor = try RequestExecutor(configuration: configuration)
  }

  /// Creates a client, runs `body` with it and shuts it down, also when `body` throws.
  public static func withClient<Result: Sendable>(
    configuration: VideoAPIConfiguration, _ body: (VideoAPIClient) async throws -> Result
  ) async throws -> Result {
    let client = try VideoAPIClient(configuration: configuration)
    do {
      let result = try await body(client)
      try await client.shutdown()
      return result
    } catch {
      try? await client.shutdown()
      throw error
    }
  }

  /// Shuts the HTTP client down; call it exactly once, when no request is running any more.
  public func shutdown() async throws {
    try await executor.shutdown()
  }

  /// The normalised API base, e.g. `https://api.cometapi.com/v1`.
  public var apiBaseURL: String { executor.base.description }

  /// `VideoAPIClient(<base URL>)`, without the key.
  public var description: String { "VideoAPIClient(\(apiBaseURL))" }

  /// Only the base URL and the configuration (whose key is redacted) are reflected.
  public var customMirror: Mirror {
    Mirror(self, children: ["apiBaseURL": apiBaseURL, "configuration": configuration], displayStyle: .class)
  }

  // MARK: - Endpoints

  /// `GET /v1/videos/{id}`: the job's current state. Retried on transient failures.
  public func retrieve(id: String) async throws(VideoAPIError) -> APIResponse<Video> {
    try InputValidation.checkVideoID(id, redactor: executor.redactor)
    return try await getJSON(Video.self, path: executor.base.path("/videos/\(id)"))
  }

  /// `GET /v1/videos?limit=&order=&after=`: one page of jobs. A service without this endpoint (404 or 405)
  /// gives ``VideoAPIError/unsupportedEndpoint(_:)``.
  /// - Parameters:
  ///   - limit: 1 to 100, or nil for the service's default.
  ///   - order: `desc` for newest first, or nil for the service's default.
  ///   - after: the ``VideoList/lastID`` of the previous page.
  public func list(limit: Int? = nil, order: ListOrder? = nil, after: String? = nil)
    async throws(VideoAPIError) -> APIResponse<VideoList>
  {
    var query: [(String, String)] = []
    if let limit {
      guard (1...100).contains(limit) else { throw .invalidArgument("limit must be 1 to 100, not \(limit)") }
      query.append(("limit", String(limit)))
    }
    if let order { query.append(("order", order.rawValue)) }
    if let after {
      try InputValidation.checkVideoID(after, redactor: executor.redactor)
      query.append(("after", after))
    }
    do {
      return try await getJSON(VideoList.self, path: executor.base.path("/videos", query: query))
    } catch {
      if case .http(let failure) = error, failure.status == 404 || failure.status == 405 {
        throw .unsupportedEndpoint(failure)
      }
      throw error
    }
  }

  /// `POST /v1/videos/{id}/remix` with `{"prompt": …}`: creates a new (queued) job from a completed video.
  ///
  /// Sent exactly once, never retried. On failure, ``VideoAPIError/outcome`` tells whether a job may exist:
  /// `notSent` (invalid input, no connection), `rejected` (a 3xx/4xx answer) or `unknown` (timeout or dropped
  /// connection after the request was written, a 5xx answer, an unreadable 2xx answer, cancellation in flight).
  /// - Parameter prompt: 1 to 32000 characters (Unicode scalars).
  public func remix(id: String, prompt: String) async throws(VideoAPIError) -> APIResponse<Video> {
    try InputValidation.checkVideoID(id, redactor: executor.redactor)
    try InputValidation.checkPrompt(prompt)
    let path = executor.base.path("/videos/\(id)/remix")
    let json: Data
    do {
      json = try JSONEncoder().encode(["prompt": prompt])
    } catch {
      throw .invalidArgument("the prompt could not be encoded as JSON")
    }
    let probe = SendProbe()
    let raw = try await executor.send(method: .POST, path: path, body: ByteBuffer(bytes: json), probe: probe)
    guard raw.isSuccess else {
      let outcome: RequestOutcome = raw.code >= 500 ? .unknown : .rejected
      throw .http(executor.httpFailure(raw, method: "POST", path: path, outcome: outcome))
    }
    return try executor.decode(Video.self, from: raw, method: "POST", path: path, outcome: .unknown, attempts: 1)
  }

  /// Looks for the job a remix created, newest first, by source id and exact prompt: the way to reconcile a
  /// remix whose outcome is unknown before submitting again.
  /// - Parameters:
  ///   - sourceID: the id the remix was made from (`remixed_from_video_id`).
  ///   - prompt: the prompt that was sent.
  ///   - createdAtOrAfter: ignore jobs created before this unix time (e.g. the submission time minus a margin).
  ///   - pageSize: jobs per page (1 to 100).
  ///   - maximumPages: how many pages to read at most.
  /// - Returns: the newest matching job, or nil.
  public func findRemix(
    of sourceID: String, prompt: String, createdAtOrAfter: Int? = nil, pageSize: Int = 50, maximumPages: Int = 4
  ) async throws(VideoAPIError) -> Video? {
    try InputValidation.checkVideoID(sourceID, redactor: executor.redactor)
    var after: String?
    for _ in 0..<max(1, maximumPages) {
      let page = try await list(limit: pageSize, order: .desc, after: after).value
      for video in page.data {
        if let createdAtOrAfter, let createdAt = video.createdAt, createdAt < createdAtOrAfter { return nil }
        if video.remixedFromVideoID == sourceID, video.prompt == prompt { return video }
      }
      guard page.hasMore, let last = page.lastID, last != after else { return nil }
      after = last
    }
    return nil
  }

  // MARK: - Helpers

  func getJSON<Value: Decodable & Sendable>(_ type: Value.Type, path: String)
    async throws(VideoAPIError) -> APIResponse<Value>
  {
    let executor = self.executor
    return try await executor.withRetries { attempt throws(VideoAPIError) in
      let raw = try await executor.send(method: .GET, path: path)
      guard raw.isSuccess else {
        let outcome: RequestOutcome = raw.code >= 500 ? .unknown : .rejected
        throw .http(executor.httpFailure(raw, method: "GET", path: path, outcome: outcome))
      }
      return try executor.decode(type, from: raw, method: "GET", path: path, outcome: .rejected, attempts: attempt)
    }
  }
}
