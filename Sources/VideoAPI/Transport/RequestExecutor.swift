import AsyncHTTPClient
import NIOCore
import NIOHTTP1

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Sends the client's requests: one attempt at a time with errors mapped to ``VideoAPIError``, and the retry
/// loop used for GET requests.
final class RequestExecutor: Sendable, CustomReflectable {
  /// The largest JSON body accepted from a successful response.
  static let jsonBodyLimit = 16 << 20
  /// How much of an error body is read for the summary.
  static let errorBodyLimit = 64 << 10

  let http: HTTPClient
  let base: APIBase
  let redactor: Redactor
  let requestTimeout: Duration
  let retryPolicy: RetryPolicy
  private let authorization: String
  private let userAgent: String

  init(configuration: VideoAPIConfiguration) throws(VideoAPIError) {
    if let problem = configuration.apiKey.headerProblem { throw .invalidConfiguration(problem) }
    guard configuration.requestTimeout > .zero, configuration.connectTimeout > .zero else {
      throw .invalidConfiguration("timeouts must be positive")
    }
    base = try APIBase(configuration.baseURL)
    redactor = Redactor(secret: configuration.apiKey.secret)
    requestTimeout = configuration.requestTimeout
    retryPolicy = configuration.retryPolicy
    authorization = "Bearer \(configuration.apiKey.secret)"
    userAgent = configuration.userAgent.filter { $0.isASCII && !$0.isNewline }
    var settings = HTTPClient.Configuration(
      redirectConfiguration: .disallow,
      timeout: .init(
        connect: Self.timeAmount(configuration.connectTimeout),
        read: Self.timeAmount(configuration.requestTimeout)
      )
    )
    settings.decompression = .disabled
    http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: settings)
  }

  static func timeAmount(_ duration: Duration) -> TimeAmount {
    .nanoseconds(Int64(min(duration.secondsValue, 9e9) * 1e9))
  }

  /// Only the base URL: the executor holds the `Authorization` value.
  var customMirror: Mirror { Mirror(self, children: ["base": base.description], displayStyle: .class) }

  func shutdown() async throws {
    try await http.shutdown()
  }

  // MARK: - One attempt

  /// Starts a request and returns its response with the body still streaming. The `Authorization` header is
  /// added only when `origin` is the API's own origin.
  func open(
    method: HTTPMethod, url: String, path: String, origin: Origin, accept: String, body: ByteBuffer? = nil,
    probe: SendProbe? = nil
  ) async throws(VideoAPIError) -> HTTPClientResponse {
    var request = HTTPClientRequest(url: url)
    request.method = method
    request.headers.add(name: "User-Agent", value: userAgent)
    request.headers.add(name: "Accept", value: accept)
    if origin == base.origin {
      request.headers.add(name: "Authorization", value: authorization)
    }
    if let body {
      request.headers.add(name: "Content-Type", value: "application/json")
      if let probe {
        request.body = .stream(ProbedBody(bytes: body, probe: probe), length: .known(Int64(body.readableBytes)))
      } else {
        request.body = .bytes(body)
      }
    }
    do {
      return try await http.execute(request, deadline: .now() + Self.timeAmount(requestTimeout))
    } catch {
      throw await transportError(error, method: method.rawValue, path: path, probe: probe)
    }
  }

  /// Reads the body up to `limit` bytes; beyond it, throws when `strict`, otherwise stops reading.
  func readBody(
    _ response: HTTPClientResponse, limit: Int, strict: Bool, method: String, path: String, probe: SendProbe?
  ) async throws(VideoAPIError) -> [UInt8] {
    var bytes: [UInt8] = []
    do {
      for try await chunk in response.body {
        if bytes.count + chunk.readableBytes > limit {
          if strict {
            throw VideoAPIError.invalidResponse(
              InvalidResponse(
                method: method, path: path, status: Int(response.status.code),
                detail: "the body is larger than \(limit) bytes", requestID: nil,
                outcome: probe == nil ? .notSent : .unknown))
          }
          bytes.append(contentsOf: chunk.readableBytesView.prefix(limit - bytes.count))
          break
        }
        bytes.append(contentsOf: chunk.readableBytesView)
      }
    } catch let error as VideoAPIError {
      throw error
    } catch {
      throw await transportError(error, method: method, path: path, probe: probe, responseStarted: true)
    }
    return bytes
  }

  /// One complete request: sends it and reads the body (JSON-sized for success, a prefix for errors).
  func send(method: HTTPMethod, path: String, body: ByteBuffer? = nil, probe: SendProbe? = nil)
    async throws(VideoAPIError) -> RawResponse
  {
    let response = try await open(
      method: method, url: base.url(forPath: path), path: path, origin: base.origin, accept: "application/json",
      body: body, probe: probe)
    let success = (200..<300).contains(Int(response.status.code))
    let bytes = try await readBody(
      response, limit: success ? Self.jsonBodyLimit : Self.errorBodyLimit, strict: success,
      method: method.rawValue, path: path, probe: probe)
    return RawResponse(status: response.status, headers: response.headers, body: bytes)
  }

  // MARK: - Mapping

  /// Maps an error from the HTTP stack. With a probe (POST), the outcome is `notSent` until the request body
  /// started, `unknown` after; without one, it is `notSent` only for connection failures.
  func transportError(
    _ error: any Error, method: String, path: String, probe: SendProbe?, responseStarted: Bool = false
  ) async -> VideoAPIError {
    let (kind, detail) = TransportErrorClassifier.classify(error, timeout: requestTimeout)
    let outcome: RequestOutcome
    if responseStarted {
      outcome = .unknown
    } else if let probe {
      outcome = await probe.bodyStarted ? .unknown : .notSent
    } else {
      outcome = kind == .connectionFailed ? .notSent : .unknown
    }
    if TransportErrorClassifier.isCancellation(error) || Task.isCancelled {
      return .cancelled(outcome: outcome)
    }
    return .transport(
      TransportFailure(
        kind: kind, method: method, path: path, detail: redactor.clean(detail, limit: 200), outcome: outcome))
  }

  /// The failure for a non-2xx response, with the service's error object or a summary of the body.
  func httpFailure(_ raw: RawResponse, method: String, path: String, outcome: RequestOutcome) -> HTTPFailure {
    let mediaType = ResponseBodySummary.mediaType(raw.headers)
    var apiError: APIErrorBody?
    var summary: String?
    if ResponseBodySummary.looksLikeJSON(mediaType: mediaType, body: raw.body),
      let decoded = try? JSONDecoder().decode(APIErrorBody.self, from: Data(raw.body))
    {
      apiError = redactor.clean(decoded)
    } else {
      summary = ResponseBodySummary.summary(
        mediaType: mediaType, body: raw.body, reason: raw.status.reasonPhrase, redactor: redactor)
    }
    var requestID = raw.requestIDHeader.map { redactor.clean($0, limit: 100) }
    if let message = apiError?.message {
      let split = ResponseBodySummary.splitRequestID(from: message)
      apiError?.message = split.message.isEmpty ? nil : split.message
      requestID = requestID ?? split.requestID.map { redactor.clean($0, limit: 100) }
    }
    var location: String?
    if (300..<400).contains(raw.code), let target = raw.headers.first(name: "location") {
      let withoutQuery = target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? target
      location = redactor.clean(withoutQuery, limit: 200)
    }
    return HTTPFailure(
      method: method, path: path, status: raw.code, reason: raw.status.reasonPhrase, apiError: apiError,
      bodySummary: summary, requestID: requestID, retryAfter: RetryAfter.delay(in: raw.headers), location: location,
      outcome: outcome, shouldRetryHint: raw.shouldRetryHint)
  }

  /// Decodes a successful JSON response into an ``APIResponse``.
  func decode<Value: Decodable & Sendable>(
    _ type: Value.Type, from raw: RawResponse, method: String, path: String, outcome: RequestOutcome, attempts: Int
  ) throws(VideoAPIError) -> APIResponse<Value> {
    let requestID = raw.requestIDHeader.map { redactor.clean($0, limit: 100) }
    let value: Value
    do {
      value = try JSONDecoder().decode(Value.self, from: Data(raw.body))
    } catch {
      let mediaType = ResponseBodySummary.mediaType(raw.headers)
      let detail: String
      if raw.body.isEmpty {
        detail = "the body is empty"
      } else if ResponseBodySummary.looksLikeHTML(mediaType: mediaType, body: raw.body) {
        let summary = ResponseBodySummary.summary(
          mediaType: mediaType, body: raw.body, reason: raw.status.reasonPhrase, redactor: redactor)
        detail = "expected JSON but got \(summary ?? "an HTML body") (check the base URL)"
      } else {
        detail = "the body is not a valid \(Self.name(of: Value.self)) (\(Self.describe(error)))"
      }
      throw .invalidResponse(
        InvalidResponse(
          method: method, path: path, status: raw.code, detail: redactor.clean(detail, limit: 300),
          requestID: requestID, outcome: outcome))
    }
    return APIResponse(
      value: value, statusCode: raw.code, requestID: requestID, pollAfter: raw.pollAfter, rawBody: raw.body,
      attempts: attempts)
  }

  private static func name<Value>(of type: Value.Type) -> String {
    switch type {
    case is Video.Type: "video object"
    case is VideoList.Type: "video list"
    default: "response"
    }
  }

  private static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "malformed JSON" }
    switch error {
    case .keyNotFound(let key, let context):
      return "missing \"\(path(context.codingPath + [key]))\""
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return "unexpected value at \"\(path(context.codingPath))\""
    case .dataCorrupted(let context):
      return context.codingPath.isEmpty ? "malformed JSON" : "invalid value at \"\(path(context.codingPath))\""
    @unknown default:
      return "malformed JSON"
    }
  }

  private static func path(_ keys: [any CodingKey]) -> String {
    keys.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
  }

  // MARK: - Retries

  /// Runs `operation` (one GET attempt) and retries it according to the retry policy.
  func withRetries<Value>(
    _ operation: (_ attempt: Int) async throws(VideoAPIError) -> Value
  ) async throws(VideoAPIError) -> Value {
    var attempt = 1
    while true {
      do {
        return try await operation(attempt)
      } catch {
        let retriesSoFar = attempt - 1
        let decision = RetryDecision.make(for: error, policy: retryPolicy)
        switch decision {
        case .fail:
          throw error.with(attempts: attempt)
        case .giveUp(let limit):
          throw error.with(attempts: attempt, retryAfterLimit: limit)
        case .retry(let requested):
          guard retriesSoFar < retryPolicy.maximumRetries else { throw error.with(attempts: attempt) }
          let delay = requested ?? retryPolicy.backoff(afterRetries: retriesSoFar)
          do {
            try await retryPolicy.sleep(delay)
          } catch {
            throw .cancelled(outcome: .notSent)
          }
          if Task.isCancelled { throw .cancelled(outcome: .notSent) }
          attempt += 1
        }
      }
    }
  }
}
