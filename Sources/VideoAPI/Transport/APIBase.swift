#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The normalised base of the API: its origin and the path prefix that ends in `/v1`.
///
/// `https://api.cometapi.com`, `https://api.cometapi.com/`, `https://api.cometapi.com/v1` and
/// `https://api.cometapi.com/v1/` all give `https://api.cometapi.com/v1`; a proxy path is kept
/// (`https://gw.example/openai` gives `https://gw.example/openai/v1`).
struct APIBase: Sendable, Hashable {
  /// The origin requests go to (and the only one that receives the key).
  let origin: Origin
  /// The percent-encoded path prefix, e.g. `/v1`.
  let pathPrefix: String

  /// Parses and checks a base URL; plain `http` is refused unless the host is loopback.
  init(_ text: String) throws(VideoAPIError) {
    let trimmed = String(text.filter { !$0.isWhitespace })
    guard let components = URLComponents(string: trimmed), components.scheme != nil else {
      throw .invalidConfiguration("the base URL is not a valid absolute URL")
    }
    guard components.user == nil, components.password == nil else {
      throw .invalidConfiguration("the base URL must not contain credentials")
    }
    guard components.query == nil, components.fragment == nil else {
      throw .invalidConfiguration("the base URL must not have a query or fragment")
    }
    guard let origin = Origin(components: components) else {
      throw .invalidConfiguration("the base URL must be an http or https URL with a host and a valid port")
    }
    guard origin.isSecureOrLoopback else {
      throw .invalidConfiguration(
        "plain http is only allowed to a loopback host (localhost, 127.0.0.0/8, ::1), not \(origin.host); use https"
      )
    }
    var path = components.percentEncodedPath
    while path.hasSuffix("/") { path.removeLast() }
    if !path.hasSuffix("/v1") { path += "/v1" }
    if !path.hasPrefix("/") { path = "/" + path }
    self.origin = origin
    self.pathPrefix = path
  }

  /// The base as a URL string, e.g. `https://api.cometapi.com/v1`.
  var description: String { origin.description + pathPrefix }

  /// The path and query of an endpoint below the prefix, e.g. `/v1/videos/video_1?variant=video`.
  func path(_ relative: String, query: [(String, String)] = []) -> String {
    var result = pathPrefix + relative
    if !query.isEmpty {
      result += "?" + query.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
    }
    return result
  }

  /// The absolute URL string of a path produced by ``path(_:query:)``.
  func url(forPath path: String) -> String { origin.description + path }

  /// Percent-encodes everything except RFC 3986 unreserved characters.
  static func encode(_ text: String) -> String {
    var result = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."),
        UInt8(ascii: "~"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = Array("0123456789ABCDEF")
        result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
      }
    }
    return result
  }
}
