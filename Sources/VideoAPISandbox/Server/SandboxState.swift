#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Everything the sandbox remembers: jobs, the request log and the active faults. All requests go through
/// ``handle(_:origin:)``, which decides the reply (faults included) and records the request.
actor SandboxState {
  let configuration: SandboxConfiguration
  let apiPort: Int
  let storagePort: Int
  var jobs: [String: SandboxJob] = [:]
  var faults: [FaultRule]
  var log: [RecordedRequest] = []
  private var requestCounter = 0
  private var jobCounter = 0

  init(configuration: SandboxConfiguration, apiPort: Int, storagePort: Int) {
    self.configuration = configuration
    self.apiPort = apiPort
    self.storagePort = storagePort
    self.faults = configuration.faults
    self.jobs = Self.seedJobs(now: Self.unixNow())
    self.jobCounter = jobs.count
  }

  var apiBase: String { "http://\(Self.hostForURL(configuration.host)):\(apiPort)" }
  var storageBase: String { "http://\(Self.hostForURL(configuration.host)):\(storagePort)" }

  static func hostForURL(_ host: String) -> String { host.contains(":") ? "[\(host)]" : host }

  static func unixNow() -> Int { Int(Date().timeIntervalSince1970) }

  // MARK: - Control

  /// Forgets every request and job created since the start, restores the seeds and the initial faults.
  func reset() {
    jobs = Self.seedJobs(now: Self.unixNow())
    jobCounter = jobs.count
    log = []
    faults = configuration.faults
  }

  func clearRequests() { log = [] }

  func requests() -> [RecordedRequest] { log }

  func setFaults(_ rules: [FaultRule]) { faults = rules }

  func addFault(_ rule: FaultRule) { faults.append(rule) }

  func activeFaults() -> [FaultRule] { faults }

  // MARK: - Handling

  /// Decides the reply to a request and records it (control requests are not recorded).
  func handle(_ request: SandboxRequest, origin: SandboxOrigin) -> SandboxReply {
    if origin == .api, request.path.hasPrefix("/__sandbox") {
      return control(request)
    }
    requestCounter += 1
    let factory = ResponseFactory(requestID: "req_sbx_\(requestCounter)")
    let endpoint = Self.classify(request, origin: origin)
    var faultName: String?
    var reply: SandboxReply
    if let rule = takeFault(for: endpoint, afterSuccess: false) {
      faultName = rule.kind.rawValue
      if rule.kind == .slow {
        reply = .respond(route(request, origin: origin, endpoint: endpoint, factory: factory), delay: rule.delay)
      } else {
        reply = faultReply(rule, request: request, factory: factory)
      }
    } else {
      let response = route(request, origin: origin, endpoint: endpoint, factory: factory)
      reply = .respond(response)
      if response.isSuccess, let rule = takeFault(for: endpoint, afterSuccess: true) {
        faultName = rule.kind.rawValue
        reply = transform(response, by: rule, request: request, factory: factory)
      }
    }
    record(request, origin: origin, endpoint: endpoint, fault: faultName, reply: reply)
    return reply
  }

  static func classify(_ request: SandboxRequest, origin: SandboxOrigin) -> SandboxEndpoint {
    if origin == .storage { return .storage }
    let segments = request.segments
    guard segments.count >= 2, segments[0] == "v1", segments[1] == "videos" else { return .other }
    switch (request.method, segments.count) {
    case (.GET, 2): return .list
    case (.GET, 3): return .retrieve
    case (.GET, 4) where segments[3] == "content": return .content
    case (.POST, 4) where segments[3] == "remix": return .remix
    default: return .other
    }
  }

  private func record(
    _ request: SandboxRequest, origin: SandboxOrigin, endpoint: SandboxEndpoint, fault: String?, reply: SandboxReply
  ) {
    let status: Int?
    switch reply {
    case .respond(let response, _, _): status = response.status
    case .drop: status = nil
    }
    log.append(
      RecordedRequest(
        sequence: log.count + 1, origin: origin.rawValue, endpoint: endpoint, method: request.method.rawValue,
        path: request.path, query: request.query,
        headers: request.headers.map { RecordedRequest.Header(name: $0.name, value: $0.value) },
        body: String(decoding: request.body, as: UTF8.self), fault: fault, status: status))
  }

  /// Takes the first active rule for the endpoint and phase, counting it down.
  private func takeFault(for endpoint: SandboxEndpoint, afterSuccess: Bool) -> FaultRule? {
    guard
      let index = faults.firstIndex(where: {
        $0.endpoint.matches(endpoint) && $0.kind.needsSuccess == afterSuccess && ($0.count ?? 1) > 0
      })
    else { return nil }
    let rule = faults[index]
    if let count = rule.count {
      if count <= 1 { faults.remove(at: index) } else { faults[index].count = count - 1 }
    }
    return rule
  }

  /// A new job id such as `video_sbx3f2a…0007`.
  func nextJobID() -> String {
    jobCounter += 1
    let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
    let counter = String(jobCounter, radix: 16)
    return "video_sbx" + String(repeating: "0", count: 8 - random.count) + random
      + String(repeating: "0", count: max(0, 6 - counter.count)) + counter
  }

  // MARK: - Seeds

  static let seedPrompt = "A calico cat plays a grand piano on a rooftop at dusk, cinematic lighting"

  static func seedJobs(now: Int) -> [String: SandboxJob] {
    let seeds: [SandboxJob] = [
      .seed(
        id: "video_completed", sequence: 1, status: "completed", progress: 100, createdAt: now - 600,
        prompt: seedPrompt, completedAt: now - 480, expiresAt: now + 86_400),
      .seed(id: "video_queued", sequence: 2, status: "queued", progress: 0, createdAt: now - 500, prompt: seedPrompt),
      .seed(
        id: "video_in_progress", sequence: 3, status: "in_progress", progress: 42, createdAt: now - 400,
        prompt: seedPrompt),
      .seed(
        id: "video_failed", sequence: 4, status: "failed", progress: 0, createdAt: now - 300, prompt: seedPrompt,
        errorCode: "moderation_blocked", errorMessage: "Your request was blocked by our moderation system.",
        completedAt: now - 290),
      .seed(
        id: "video_expired", sequence: 5, status: "expired", progress: 100, createdAt: now - 200_000,
        prompt: seedPrompt, completedAt: now - 199_000, expiresAt: now - 100_000),
      .seed(
        id: "video_canceled", sequence: 6, status: "canceled", progress: 0, createdAt: now - 100, prompt: seedPrompt),
    ]
    return Dictionary(uniqueKeysWithValues: seeds.map { ($0.id, $0) })
  }
}
