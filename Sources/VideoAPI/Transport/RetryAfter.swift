import NIOHTTP1

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads the delay a response asks for: `retry-after-ms` (milliseconds, fractions allowed) first, then
/// `Retry-After` as seconds (fractions allowed) or as an HTTP date (IMF-fixdate, RFC 850 or asctime).
enum RetryAfter {
  /// The requested delay, or nil when the headers ask for none. A date in the past gives zero.
  static func delay(in headers: HTTPHeaders, now: Date = Date()) -> Duration? {
    if let text = headers.first(name: "retry-after-ms"), let millis = Double(trimmed(text)), millis.isFinite,
      millis >= 0
    {
      return .fromSeconds(millis / 1000)
    }
    guard let text = headers.first(name: "retry-after") else { return nil }
    let value = trimmed(text)
    if let seconds = Double(value), seconds.isFinite, seconds >= 0 {
      return .fromSeconds(seconds)
    }
    guard let date = HTTPDate.parse(value) else { return nil }
    return .fromSeconds(date.timeIntervalSince(now))
  }

  private static func trimmed(_ text: String) -> String {
    String(text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
  }
}
