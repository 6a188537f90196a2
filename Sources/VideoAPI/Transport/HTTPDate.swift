#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Parses the three HTTP date formats of RFC 9110 §5.6.7, in GMT:
/// `Sun, 06 Nov 1994 08:49:37 GMT`, `Sunday, 06-Nov-94 08:49:37 GMT` and `Sun Nov  6 08:49:37 1994`.
enum HTTPDate {
  private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

  /// The date, or nil when the text is not an HTTP date.
  static func parse(_ text: String) -> Date? {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
    let day: Int?
    let month: Int?
    let year: Int?
    let time: String
    if words.count == 6, words[5].uppercased() == "GMT" {
      // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT (the comma is dropped by the split).
      day = Int(words[1])
      month = monthNumber(words[2])
      year = Int(words[3])
      time = words[4]
    } else if words.count == 4, words[3].uppercased() == "GMT" {
      // RFC 850: Sunday, 06-Nov-94 08:49:37 GMT
      let parts = words[1].split(separator: "-").map(String.init)
      guard parts.count == 3 else { return nil }
      day = Int(parts[0])
      month = monthNumber(parts[1])
      year = Int(parts[2]).map { $0 < 70 ? $0 + 2000 : ($0 < 100 ? $0 + 1900 : $0) }
      time = words[2]
    } else if words.count == 5 {
      // asctime: Sun Nov  6 08:49:37 1994
      month = monthNumber(words[1])
      day = Int(words[2])
      time = words[3]
      year = Int(words[4])
    } else {
      return nil
    }
    let clock = time.split(separator: ":").compactMap { Int($0) }
    guard let day, let month, let year, clock.count == 3, (1...31).contains(day), (0...23).contains(clock[0]),
      (0...59).contains(clock[1]), (0...60).contains(clock[2])
    else { return nil }
    let days = daysFromCivil(year: year, month: month, day: day)
    let seconds = days * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]
    return Date(timeIntervalSince1970: Double(seconds))
  }

  private static func monthNumber(_ name: String) -> Int? {
    months.firstIndex(of: name.lowercased()).map { $0 + 1 }
  }

  /// Days since 1970-01-01 for a proleptic Gregorian date (Howard Hinnant's algorithm).
  private static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}
