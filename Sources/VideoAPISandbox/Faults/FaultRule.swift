/// A fault switched on for an endpoint, for the next `count` matching requests or (count nil) always.
///
/// In JSON a rule is an object (`{"name": "error-503", "endpoint": "retrieve", "count": 2}`, optional
/// `delaySeconds`, `retryAfterSeconds`, `retryAfterMilliseconds`, `body`) or a spec string
/// (`"error-503:retrieve:2"`, `"error-503:any:always:html"`).
public struct FaultRule: Sendable, Hashable, Codable, CustomStringConvertible {
  /// What to do.
  public var kind: FaultKind
  /// Which requests it applies to.
  public var endpoint: SandboxEndpoint
  /// How many more requests it applies to; nil means always.
  public var count: Int?
  /// The delay for `slow` and `accept-then-delay`, in seconds (default 2).
  public var delaySeconds: Double?
  /// `Retry-After` in seconds for `rate-limit` (default 1; `rate-limit-long` uses 300).
  public var retryAfterSeconds: Int?
  /// `retry-after-ms` for `rate-limit` (default 100); a negative value sends none.
  public var retryAfterMilliseconds: Int?
  /// For the error-status faults: send the error as JSON or as an HTML page instead of the kind's default.
  public var body: FaultBody?

  /// Creates a rule; `endpoint` defaults to the kind's natural endpoint.
  public init(
    _ kind: FaultKind, endpoint: SandboxEndpoint? = nil, count: Int? = nil, delaySeconds: Double? = nil,
    retryAfterSeconds: Int? = nil, retryAfterMilliseconds: Int? = nil, body: FaultBody? = nil
  ) {
    self.kind = kind
    self.endpoint = endpoint ?? kind.defaultEndpoint
    self.count = count
    self.delaySeconds = delaySeconds
    self.retryAfterSeconds = retryAfterSeconds
    self.retryAfterMilliseconds = retryAfterMilliseconds
    self.body = body
  }

  /// Parses `NAME[:ENDPOINT[:COUNT[:BODY]]]`, e.g. `drop`, `error-503:retrieve:2`, `rate-limit:any:1`,
  /// `error-500:any:always:html` (COUNT `always` or empty means always; BODY is `json` or `html`).
  public init?(spec: String, delaySeconds: Double? = nil) {
    let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    guard (1...4).contains(parts.count), let kind = FaultKind(rawValue: parts[0]) else { return nil }
    var endpoint: SandboxEndpoint?
    if parts.count >= 2, !parts[1].isEmpty {
      guard let parsed = SandboxEndpoint(rawValue: parts[1]) else { return nil }
      endpoint = parsed
    }
    var count: Int?
    if parts.count >= 3, parts[2] != "always", !parts[2].isEmpty {
      guard let parsed = Int(parts[2]), parsed > 0 else { return nil }
      count = parsed
    }
    var body: FaultBody?
    if parts.count == 4 {
      guard let parsed = FaultBody(rawValue: parts[3]) else { return nil }
      body = parsed
    }
    self.init(kind, endpoint: endpoint, count: count, delaySeconds: delaySeconds, body: body)
  }

  /// `NAME:ENDPOINT:COUNT` (or `always`), plus `:BODY` when set.
  public var description: String {
    "\(kind.rawValue):\(endpoint.rawValue):\(count.map(String.init) ?? "always")"
      + (body.map { ":\($0.rawValue)" } ?? "")
  }

  /// The delay for `slow` and `accept-then-delay`.
  var delay: Duration { .milliseconds(Int((max(0, delaySeconds ?? 2) * 1000).rounded())) }

  private enum CodingKeys: String, CodingKey {
    case kind = "name"
    case endpoint, count, delaySeconds, retryAfterSeconds, retryAfterMilliseconds, body
  }

  public init(from decoder: any Decoder) throws {
    if let spec = try? decoder.singleValueContainer().decode(String.self) {
      guard let rule = FaultRule(spec: spec) else {
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad fault spec"))
      }
      self = rule
      return
    }
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try container.decode(FaultKind.self, forKey: .kind)
    self.init(
      kind,
      endpoint: try container.decodeIfPresent(SandboxEndpoint.self, forKey: .endpoint),
      count: try container.decodeIfPresent(Int.self, forKey: .count),
      delaySeconds: try container.decodeIfPresent(Double.self, forKey: .delaySeconds),
      retryAfterSeconds: try container.decodeIfPresent(Int.self, forKey: .retryAfterSeconds),
      retryAfterMilliseconds: try container.decodeIfPresent(Int.self, forKey: .retryAfterMilliseconds),
      body: try container.decodeIfPresent(FaultBody.self, forKey: .body)
    )
  }
}
