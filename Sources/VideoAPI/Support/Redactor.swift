/// Makes text from the outside safe to put into an error: one line, bounded length, and the API key replaced by
/// `<redacted>` wherever it occurs (a service may echo the key it was sent, e.g. in a 401 message).
struct Redactor: Sendable, CustomReflectable {
  /// The secret to remove; empty means nothing to remove.
  let secret: String

  /// No children: the redactor holds the secret.
  var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

  /// Returns `text` on one line (control characters and runs of whitespace become one space), without the
  /// secret, cut to `limit` characters with an ellipsis.
  func clean(_ text: String, limit: Int = 300) -> String {
    var line = ""
    line.reserveCapacity(min(text.utf8.count, limit * 2))
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
        || scalar.properties.generalCategory == .format
      {
        pendingSpace = !line.isEmpty
        continue
      }
      if pendingSpace {
        line.unicodeScalars.append(" ")
        pendingSpace = false
      }
      line.unicodeScalars.append(scalar)
    }
    if !secret.isEmpty {
      line = line.replacing(secret, with: "<redacted>")
    }
    if line.count > limit {
      line = String(line.prefix(limit)) + "…"
    }
    return line
  }

  /// `clean(_:)` for an optional; nil and blank text give nil.
  func clean(optional text: String?, limit: Int = 300) -> String? {
    guard let text else { return nil }
    let cleaned = clean(text, limit: limit)
    return cleaned.isEmpty ? nil : cleaned
  }

  /// The error object with every field cleaned.
  func clean(_ body: APIErrorBody) -> APIErrorBody {
    APIErrorBody(
      message: clean(optional: body.message, limit: 500),
      type: clean(optional: body.type, limit: 80),
      param: clean(optional: body.param, limit: 80),
      code: clean(optional: body.code, limit: 80)
    )
  }
}
