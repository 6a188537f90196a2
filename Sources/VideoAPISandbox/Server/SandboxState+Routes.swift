#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension SandboxState {
  /// The normal (fault-free) answer to a request.
  func route(
    _ request: SandboxRequest, origin: SandboxOrigin, endpoint: SandboxEndpoint, factory: ResponseFactory
  ) -> SandboxResponse {
    if origin == .storage { return storage(request) }
    if request.path == "/docs/moved" {
      return factory.html(200, title: "API documentation", text: "This page moved.")
    }
    if let refusal = checkKey(request, factory: factory) { return refusal }
    let segments = request.segments
    switch endpoint {
    case .list: return list(request, factory: factory)
    case .retrieve: return retrieve(id: segments[2], factory: factory)
    case .content: return content(id: segments[2], request: request, factory: factory)
    case .remix: return remix(sourceID: segments[2], request: request, factory: factory)
    default:
      if segments.count >= 2, segments[0] == "v1", segments[1] == "videos", (2...4).contains(segments.count) {
        return factory.error(405, message: "Method \(request.method.rawValue) is not allowed on \(request.path).")
      }
      return factory.error(404, message: "Invalid URL (\(request.method.rawValue) \(request.path))")
    }
  }

  /// 401 with the OpenAI envelope unless `Authorization: Bearer <expected key>` was sent. Like OpenAI's, the
  /// message repeats the key that was presented (clients must not print it).
  private func checkKey(_ request: SandboxRequest, factory: ResponseFactory) -> SandboxResponse? {
    guard let header = request.headers.first(name: "authorization") else {
      return factory.error(
        401,
        message: "You didn't provide an API key. You need to provide your API key in an Authorization header "
          + "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).")
    }
    let presented = header.hasPrefix("Bearer ") ? String(header.dropFirst(7)) : header
    guard presented == configuration.apiKey else {
      return factory.error(
        401, message: "Incorrect API key provided: \(presented). You can find your API key in your dashboard.",
        code: "invalid_api_key")
    }
    return nil
  }

  private var pollHeader: [(String, String)] {
    [("openai-poll-after-ms", String(configuration.pollAfterMilliseconds))]
  }

  private func retrieve(id: String, factory: ResponseFactory) -> SandboxResponse {
    guard jobs[id] != nil else { return notFound(id, factory: factory) }
    jobs[id]?.advance(configuration.progression, now: Self.unixNow(), countPoll: true)
    let job = jobs[id]!
    return factory.json(200, VideoJSON(job: job, omitNulls: false, storageBase: storageBase), extraHeaders: pollHeader)
  }

  private func list(_ request: SandboxRequest, factory: ResponseFactory) -> SandboxResponse {
    var limit = 20
    if let text = request.queryValue("limit") {
      guard let value = Int(text), (1...100).contains(value) else {
        return factory.error(400, message: "Invalid 'limit': expected an integer from 1 to 100.", param: "limit")
      }
      limit = value
    }
    let order = request.queryValue("order") ?? "desc"
    guard order == "asc" || order == "desc" else {
      return factory.error(400, message: "Invalid 'order': expected 'asc' or 'desc'.", param: "order")
    }
    let now = Self.unixNow()
    for id in jobs.keys { jobs[id]?.advance(configuration.progression, now: now, countPoll: false) }
    var sorted = jobs.values.sorted { $0.sequence < $1.sequence }
    if order == "desc" { sorted.reverse() }
    if let after = request.queryValue("after") {
      guard let index = sorted.firstIndex(where: { $0.id == after }) else {
        return factory.error(400, message: "Invalid 'after': no video with id '\(after)'.", param: "after")
      }
      sorted = Array(sorted[(index + 1)...])
    }
    let page = Array(sorted.prefix(limit))
    let body = ListJSON(
      data: page.map { VideoJSON(job: $0, omitNulls: false, storageBase: storageBase) },
      firstID: page.first?.id, lastID: page.last?.id, hasMore: sorted.count > page.count)
    return factory.json(200, body)
  }

  private func content(id: String, request: SandboxRequest, factory: ResponseFactory) -> SandboxResponse {
    let variant = request.queryValue("variant") ?? "video"
    guard let contentType = SampleContent.contentTypes[variant] else {
      return factory.error(
        400, message: "Invalid 'variant': expected video, thumbnail or spritesheet.", param: "variant")
    }
    guard let job = jobs[id] else { return notFound(id, factory: factory) }
    switch job.status {
    case "completed":
      return SandboxResponse(
        status: 200, headers: [("Content-Type", contentType), ("x-request-id", factory.requestID)],
        body: SampleContent.bytes(for: id, variant: variant))
    case "expired":
      return factory.error(410, message: "The assets of video '\(id)' have expired.", code: "video_expired")
    case "queued", "in_progress":
      return factory.error(
        400, message: "Video '\(id)' is not ready yet (status \(job.status)).", code: "video_not_ready")
    default:
      return factory.error(
        400, message: "Video '\(id)' has no content (status \(job.status)).", code: "video_unavailable")
    }
  }

  private func remix(sourceID: String, request: SandboxRequest, factory: ResponseFactory) -> SandboxResponse {
    struct Body: Decodable { var prompt: String? }
    guard let body = try? JSONDecoder().decode(Body.self, from: Data(request.body)) else {
      return factory.error(400, message: "We could not parse the JSON body of your request.")
    }
    guard let prompt = body.prompt, !prompt.isEmpty else {
      return factory.error(
        400, message: "Missing required parameter: 'prompt'.", param: "prompt", code: "missing_required_parameter")
    }
    guard prompt.unicodeScalars.count <= 32_000 else {
      return factory.error(
        400, message: "Invalid 'prompt': string too long. Expected a string with maximum length 32000.",
        param: "prompt", code: "string_above_max_length")
    }
    guard let source = jobs[sourceID] else { return notFound(sourceID, factory: factory) }
    guard source.isCompleted else {
      return factory.error(
        400, message: "Video '\(sourceID)' cannot be remixed: its status is \(source.status), not completed.",
        code: "invalid_video_state")
    }
    let sequence = (jobs.values.map(\.sequence).max() ?? 0) + 1
    let job = SandboxJob.remix(of: source, id: nextJobID(), sequence: sequence, prompt: prompt, now: Self.unixNow())
    jobs[job.id] = job
    return factory.json(200, VideoJSON(job: job, omitNulls: true, storageBase: storageBase), extraHeaders: pollHeader)
  }

  private func notFound(_ id: String, factory: ResponseFactory) -> SandboxResponse {
    factory.error(404, message: "Video with id '\(id)' not found.", param: "video_id", code: "not_found")
  }

  // MARK: - Storage origin

  /// The storage host: serves `/storage/{id}/{variant}?sig=…` without authentication, and refuses requests that
  /// carry an `Authorization` header, as a presigned-URL store does.
  private func storage(_ request: SandboxRequest) -> SandboxResponse {
    if request.headers.first(name: "authorization") != nil {
      return xmlError(400, code: "InvalidArgument", message: "Only one auth mechanism allowed")
    }
    let segments = request.segments
    guard request.method == .GET, segments.count >= 3, segments[0] == "storage" else {
      return xmlError(404, code: "NoSuchKey", message: "The specified key does not exist.")
    }
    if segments[1] == "loop", let step = Int(segments[2]) {
      return SandboxResponse(status: 302, headers: [("Location", "/storage/loop/\(step + 1)?sig=sandbox")])
    }
    guard request.queryValue("sig") != nil else {
      return xmlError(403, code: "AccessDenied", message: "Request has expired or is not signed")
    }
    guard let job = jobs[segments[1]], job.isCompleted, let contentType = SampleContent.contentTypes[segments[2]]
    else { return xmlError(404, code: "NoSuchKey", message: "The specified key does not exist.") }
    return SandboxResponse(
      status: 200, headers: [("Content-Type", contentType)],
      body: SampleContent.bytes(for: job.id, variant: segments[2]))
  }

  private func xmlError(_ status: Int, code: String, message: String) -> SandboxResponse {
    let text =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>\(code)</Code><Message>\(message)</Message></Error>"
    return SandboxResponse(status: status, headers: [("Content-Type", "application/xml")], body: Array(text.utf8))
  }
}
