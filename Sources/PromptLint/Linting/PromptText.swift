/// A prompt prepared for matching: its UTF-8 bytes after a light normalisation, and the maps that turn
/// byte offsets of the normalised text back into the original text's lines and columns.
///
/// The normalisation makes invisible tricks and typographic variants ordinary input, so rules need not
/// spell them out:
/// - zero-width and other invisible format characters (U+200B–U+200F, U+2060–U+2064, U+FEFF, soft
///   hyphen, bidirectional marks, variation selectors) are removed, so `{{\u{200B}palette}}` is
///   `{{palette}}` and a vague word cannot hide behind a zero-width space;
/// - full-width ASCII forms (`ＴＯＤＯ`, `｛｛x｝｝`) become ASCII;
/// - typographic apostrophes (U+2018, U+2019, U+02BC) become `'`.
///
/// Offsets stay in bytes inside the library; they are converted to 1-based line and Unicode-scalar
/// columns only when a ``Finding`` is made.
public struct PromptText: Sendable {
  /// The prompt as given.
  public let original: String
  /// The normalised UTF-8 bytes the patterns run on.
  public let bytes: [UInt8]
  /// The original UTF-8 bytes.
  let originalBytes: [UInt8]
  /// Checkpoints of the normalised-to-original offset map: from `normalizedStarts[k]` on, an offset
  /// `n` maps to `originalStarts[k] + (n - normalizedStarts[k])`.
  private let normalizedStarts: [Int]
  private let originalStarts: [Int]
  /// Byte offsets (in the original) where each line starts.
  private let lineStarts: [Int]

  public init(_ prompt: String) {
    original = prompt
    let source = Array(prompt.utf8)
    originalBytes = source
    var output: [UInt8] = []
    output.reserveCapacity(source.count)
    var normalizedStarts = [0]
    var originalStarts = [0]
    var lineStarts = [0]
    var index = 0
    while index < source.count {
      let lead = source[index]
      if lead == 0x0A { lineStarts.append(index + 1) }
      if lead < 0x80 {
        output.append(lead)
        index += 1
        continue
      }
      let length = PromptText.sequenceLength(lead)
      let end = min(index + length, source.count)
      let scalar = PromptText.decode(source, index, end)
      if let replacement = PromptText.replacement(for: scalar) {
        if let byte = replacement { output.append(byte) }
        index = end
        normalizedStarts.append(output.count)
        originalStarts.append(index)
      } else {
        output.append(contentsOf: source[index..<end])
        index = end
      }
    }
    bytes = output
    self.normalizedStarts = normalizedStarts
    self.originalStarts = originalStarts
    self.lineStarts = lineStarts
  }

  /// The original byte offset of a normalised byte offset.
  func originalOffset(_ offset: Int) -> Int {
    var low = 0
    var high = normalizedStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if normalizedStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    return originalStarts[low] + (offset - normalizedStarts[low])
  }

  /// The 1-based line and Unicode-scalar column of an original byte offset.
  func position(ofOriginal offset: Int) -> (line: Int, column: Int) {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
    }
    var column = 1
    var cursor = lineStarts[low]
    while cursor < offset {
      if originalBytes[cursor] & 0xC0 != 0x80 { column += 1 }
      cursor += 1
    }
    return (low + 1, column)
  }

  /// The location and original text of a normalised byte range.
  public func location(of range: Range<Int>) -> (location: SourceRange, text: String) {
    let start = originalOffset(range.lowerBound)
    var end = start
    if !range.isEmpty {
      // The end of the last matched character (so characters the normalisation dropped right after
      // the match are not part of it, and a replaced character is taken whole).
      end = max(start, originalOffset(range.upperBound - 1) + 1)
      while end < originalBytes.count, originalBytes[end] & 0xC0 == 0x80 { end += 1 }
    }
    let from = position(ofOriginal: start)
    let to = position(ofOriginal: end)
    let text = String(decoding: originalBytes[start..<end], as: UTF8.self)
    return (SourceRange(line: from.line, column: from.column, endLine: to.line, endColumn: to.column), text)
  }

  private static func sequenceLength(_ lead: UInt8) -> Int {
    if lead >= 0xF0 { return 4 }
    if lead >= 0xE0 { return 3 }
    if lead >= 0xC0 { return 2 }
    return 1
  }

  private static func decode(_ bytes: [UInt8], _ start: Int, _ end: Int) -> UInt32 {
    let length = end - start
    var value = UInt32(bytes[start]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for index in (start + 1)..<end { value = value << 6 | UInt32(bytes[index] & 0x3F) }
    return value
  }

  /// `nil` to keep the character; `.some(nil)` to drop it; `.some(byte)` to replace it by an ASCII byte.
  private static func replacement(for scalar: UInt32) -> UInt8?? {
    switch scalar {
    case 0x00AD, 0x034F, 0x061C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F,
      0xFE00...0xFE0F, 0xFEFF:
      return .some(nil)
    case 0x2018, 0x2019, 0x02BC:
      return .some(0x27)
    case 0xFF01...0xFF5E:
      return .some(UInt8(scalar - 0xFEE0))
    default:
      return nil
    }
  }
}
