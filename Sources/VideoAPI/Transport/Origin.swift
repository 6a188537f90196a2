#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The scheme, host and port of a URL; the `Authorization` header goes only to the API's own origin.
struct Origin: Sendable, Hashable, CustomStringConvertible {
  /// `http` or `https`, lower-cased.
  let scheme: String
  /// The host, lower-cased, without IPv6 brackets.
  let host: String
  /// The effective port (80 or 443 when the URL has none).
  let port: Int

  /// The origin of URL components, or nil when they are not an absolute `http`/`https` URL without credentials.
  init?(components: URLComponents) {
    guard let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
      var host = components.host, !host.isEmpty, components.user == nil, components.password == nil
    else { return nil }
    if host.hasPrefix("["), host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
    let port = components.port ?? (scheme == "https" ? 443 : 80)
    guard (1...65535).contains(port) else { return nil }
    self.scheme = scheme
    self.host = host.lowercased()
    self.port = port
  }

  /// `scheme://host[:port]`, with brackets around IPv6 literals and the port only when not the default.
  var description: String {
    let hostPart = host.contains(":") ? "[\(host)]" : host
    let isDefault = (scheme == "https" && port == 443) || (scheme == "http" && port == 80)
    return isDefault ? "\(scheme)://\(hostPart)" : "\(scheme)://\(hostPart):\(port)"
  }

  /// Whether the host is loopback: `localhost`, 127.0.0.0/8 or `::1`.
  var isLoopback: Bool {
    if host == "localhost" || host.hasSuffix(".localhost") { return true }
    if host == "::1" || host == "0:0:0:0:0:0:0:1" { return true }
    let octets = host.split(separator: ".", omittingEmptySubsequences: false)
    guard octets.count == 4, octets.allSatisfy({ UInt8($0) != nil }) else { return false }
    return octets[0] == "127"
  }

  /// Whether a client may send requests here: `https` anywhere, plain `http` only to loopback.
  var isSecureOrLoopback: Bool { scheme == "https" || isLoopback }
}
