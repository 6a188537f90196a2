import NIOHTTP1

/// Turns error bodies into short, safe text: the service's error object when there is one, otherwise a summary
/// such as `an HTML body (Bad Gateway)`. A body is never dumped.
enum ResponseBodySummary {
  /// The lower-cased media type of `Content-Type`, without parameters.
  static func mediaType(_ headers: HTTPHeaders) -> String? {
    guard let value = headers.first(name: "content-type") else { return nil }
    let type = value.split(separator: ";", maxSplits: 1).first.map(String.init) ?? value
    let trimmed = type.trimmed(of: " \t").lowercased()
    return trimmed.isEmpty ? nil : trimmed
  }

  /// Whether a media type is JSON (`application/json`, `…+json`).
  static func isJSON(_ mediaType: String?) -> Bool {
    guard let mediaType else { return false }
    return mediaType == "application/json" || mediaType.hasSuffix("+json") || mediaType == "text/json"
  }

  /// The first byte that is not whitespace.
  static func firstSignificantByte(_ bytes: some Collection<UInt8>) -> UInt8? {
    bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
  }

  /// Whether the body looks like JSON (by type or by its first byte).
  static func looksLikeJSON(mediaType: String?, body: [UInt8]) -> Bool {
    isJSON(mediaType) || firstSignificantByte(body) == UInt8(ascii: "{")
  }

  /// Whether the body looks like HTML (by type or by its first byte).
  static func looksLikeHTML(mediaType: String?, body: [UInt8]) -> Bool {
    mediaType == "text/html" || mediaType == "application/xhtml+xml" || firstSignificantByte(body) == UInt8(ascii: "<")
  }

  /// The text of the first `<title>` (or `<h1>`) element, tags and entities simplified.
  static func htmlTitle(_ body: [UInt8]) -> String? {
    let head = Array(body.prefix(65_536))
    let lower = head.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }
    for tag in ["title", "h1"] {
      if let inner = innerText(of: Array(tag.utf8), lower: lower, original: head) { return inner }
    }
    return nil
  }

  private static func innerText(of tag: [UInt8], lower: [UInt8], original: [UInt8]) -> String? {
    guard let open = find([UInt8(ascii: "<")] + tag, in: lower, from: 0),
      let openEnd = lower[(open + tag.count)...].firstIndex(of: UInt8(ascii: ">")),
      let close = find([UInt8(ascii: "<"), UInt8(ascii: "/")] + tag, in: lower, from: openEnd)
    else { return nil }
    var inner = String(decoding: original[(openEnd + 1)..<close], as: UTF8.self)
    while let tagStart = inner.firstIndex(of: "<"), let tagEnd = inner[tagStart...].firstIndex(of: ">") {
      inner.removeSubrange(tagStart...tagEnd)
    }
    let entities = [("&amp;", "&"), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&nbsp;", " ")]
    for (entity, replacement) in entities { inner = inner.replacing(entity, with: replacement) }
    let trimmed = inner.trimmed(of: " \t\r\n")
    return trimmed.isEmpty ? nil : trimmed
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
    for index in start...(haystack.count - needle.count)
    where haystack[index..<(index + needle.count)].elementsEqual(needle) {
      return index
    }
    return nil
  }

  /// A summary of a body that is not an error object, or nil for an empty body.
  static func summary(mediaType: String?, body: [UInt8], reason: String, redactor: Redactor) -> String? {
    if body.isEmpty { return nil }
    if looksLikeHTML(mediaType: mediaType, body: body) {
      let title = htmlTitle(body).map { redactor.clean($0, limit: 80) } ?? reason
      return title.isEmpty ? "an HTML body" : "an HTML body (\(title))"
    }
    if looksLikeJSON(mediaType: mediaType, body: body) { return "a JSON body without an error object" }
    if mediaType?.hasPrefix("text/") ?? true, let text = String(validating: body.prefix(4096), as: UTF8.self) {
      let excerpt = redactor.clean(text, limit: 120)
      if !excerpt.isEmpty { return "a text body (\"\(excerpt)\")" }
    }
    return "a \(body.count)-byte \(mediaType ?? "untyped") body"
  }

  /// Splits `… (request id: ABC)` into the message without it and the id.
  static func splitRequestID(from message: String) -> (message: String, requestID: String?) {
    guard let marker = message.firstRange(of: "(request id:"),
      let close = message[marker.upperBound...].firstIndex(of: ")")
    else { return (message, nil) }
    let id = message[marker.upperBound..<close].trimmed(of: " ")
    var rest = message
    rest.removeSubrange(marker.lowerBound...close)
    return (rest.trimmed(of: " "), id.isEmpty ? nil : id)
  }
}
