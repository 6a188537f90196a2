#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension SandboxState {
  /// The control endpoints under `/__sandbox/` (no key needed, not recorded):
  /// `GET|DELETE /__sandbox/requests`, `POST /__sandbox/reset`, `GET|POST|DELETE /__sandbox/faults`,
  /// `GET /__sandbox/jobs`, `GET /__sandbox/health`.
  func control(_ request: SandboxRequest) -> SandboxReply {
    let factory = ResponseFactory(requestID: "req_sbx_control")
    switch (request.method, request.path) {
    case (.GET, "/__sandbox/requests"):
      return .respond(factory.json(200, log))
    case (.DELETE, "/__sandbox/requests"):
      log = []
      return .respond(factory.json(200, ["ok": true]))
    case (.POST, "/__sandbox/reset"):
      reset()
      return .respond(factory.json(200, ["ok": true]))
    case (.GET, "/__sandbox/faults"):
      return .respond(factory.json(200, faults))
    case (.DELETE, "/__sandbox/faults"):
      faults = []
      return .respond(factory.json(200, faults))
    case (.POST, "/__sandbox/faults"):
      guard let rules = Self.decodeRules(request.body) else {
        let names = FaultKind.allCases.map(\.rawValue).joined(separator: ", ")
        return .respond(factory.error(400, message: "Expected fault rules ({\"faults\": [...]}); names: \(names)."))
      }
      faults = rules
      return .respond(factory.json(200, faults))
    case (.GET, "/__sandbox/jobs"):
      let all = jobs.values.sorted { $0.sequence < $1.sequence }
      return .respond(factory.json(200, all.map { VideoJSON(job: $0, omitNulls: false, storageBase: storageBase) }))
    case (.GET, "/__sandbox/health"):
      return .respond(factory.json(200, Health(ok: true, port: apiPort, storagePort: storagePort)))
    default:
      return .respond(factory.error(404, message: "Unknown sandbox control endpoint \(request.path)."))
    }
  }

  private struct Health: Encodable {
    let ok: Bool
    let port: Int
    let storagePort: Int
  }

  /// Accepts `{"faults": [...]}`, `[...]`, one rule object, or one spec string; an empty body clears the faults.
  static func decodeRules(_ body: [UInt8]) -> [FaultRule]? {
    if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return [] }
    struct Wrapper: Decodable { var faults: [FaultRule] }
    let data = Data(body)
    let decoder = JSONDecoder()
    if let wrapper = try? decoder.decode(Wrapper.self, from: data) { return wrapper.faults }
    if let rules = try? decoder.decode([FaultRule].self, from: data) { return rules }
    if let rule = try? decoder.decode(FaultRule.self, from: data) { return [rule] }
    return nil
  }
}
