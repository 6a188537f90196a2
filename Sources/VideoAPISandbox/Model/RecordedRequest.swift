#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A request the sandbox received (control endpoints under `/__sandbox/` are not recorded).
public struct RecordedRequest: Sendable, Hashable, Codable {
  /// One header line.
  public struct Header: Sendable, Hashable, Codable {
    /// The header name as sent.
    public var name: String
    /// The header value.
    public var value: String
  }

  /// The order of arrival, from 1.
  public var sequence: Int
  /// `api` or `storage`.
  public var origin: String
  /// Which endpoint it addressed.
  public var endpoint: SandboxEndpoint
  /// The method, e.g. `POST`.
  public var method: String
  /// The path without the query.
  public var path: String
  /// The raw query, if any.
  public var query: String?
  /// The headers in the order received.
  public var headers: [Header]
  /// The body as UTF-8 text.
  public var body: String
  /// The fault applied to it, e.g. `drop`.
  public var fault: String?
  /// The status answered, or nil when no answer was sent (dropped).
  public var status: Int?

  /// The first value of a header (case-insensitive name).
  public func header(_ name: String) -> String? {
    headers.first { $0.name.lowercased() == name.lowercased() }?.value
  }

  /// Whether an `Authorization` header was present.
  public var hasAuthorization: Bool { header("authorization") != nil }

  /// Encodes every key, with `null` for an absent query, fault or status (scripts can rely on the keys).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(sequence, forKey: .sequence)
    try container.encode(origin, forKey: .origin)
    try container.encode(endpoint, forKey: .endpoint)
    try container.encode(method, forKey: .method)
    try container.encode(path, forKey: .path)
    try container.encode(query, forKey: .query)
    try container.encode(headers, forKey: .headers)
    try container.encode(body, forKey: .body)
    try container.encode(fault, forKey: .fault)
    try container.encode(status, forKey: .status)
  }

  /// The `prompt` of a JSON body, if any.
  public var prompt: String? {
    struct Body: Decodable { var prompt: String? }
    return (try? JSONDecoder().decode(Body.self, from: Data(body.utf8)))?.prompt
  }
}
