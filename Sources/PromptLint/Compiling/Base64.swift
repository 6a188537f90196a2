/// Standard base64 (RFC 4648) for the compiled patterns embedded in the binary, without Foundation.
enum Base64 {
  private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  private static let values: [UInt8] = {
    var table = [UInt8](repeating: 0xFF, count: 256)
    for (index, byte) in alphabet.enumerated() { table[Int(byte)] = UInt8(index) }
    return table
  }()

  static func encode(_ bytes: [UInt8]) -> String {
    var output: [UInt8] = []
    output.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index + 2 < bytes.count {
      let value = UInt32(bytes[index]) << 16 | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2])
      output += [alphabet[Int(value >> 18 & 63)], alphabet[Int(value >> 12 & 63)], alphabet[Int(value >> 6 & 63)], alphabet[Int(value & 63)]]
      index += 3
    }
    let rest = bytes.count - index
    if rest > 0 {
      let value = UInt32(bytes[index]) << 16 | (rest == 2 ? UInt32(bytes[index + 1]) << 8 : 0)
      output += [alphabet[Int(value >> 18 & 63)], alphabet[Int(value >> 12 & 63)]]
      output += rest == 2 ? [alphabet[Int(value >> 6 & 63)], UInt8(ascii: "=")] : [UInt8(ascii: "="), UInt8(ascii: "=")]
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// The decoded bytes, or `nil` when `text` is not valid base64.
  static func decode(_ text: String) -> [UInt8]? {
    var text = text
    return text.withUTF8 { input -> [UInt8]? in
      guard input.count % 4 == 0 else { return nil }
      var output: [UInt8] = []
      output.reserveCapacity(input.count / 4 * 3)
      var index = 0
      while index < input.count {
        let a = values[Int(input[index])]
        let b = values[Int(input[index + 1])]
        let c = input[index + 2] == UInt8(ascii: "=") ? 0 : values[Int(input[index + 2])]
        let d = input[index + 3] == UInt8(ascii: "=") ? 0 : values[Int(input[index + 3])]
        guard a | b | c | d != 0xFF, a < 64, b < 64, c < 64, d < 64 else { return nil }
        let value = UInt32(a) << 18 | UInt32(b) << 12 | UInt32(c) << 6 | UInt32(d)
        output.append(UInt8(value >> 16 & 0xFF))
        if input[index + 2] != UInt8(ascii: "=") { output.append(UInt8(value >> 8 & 0xFF)) }
        if input[index + 3] != UInt8(ascii: "=") { output.append(UInt8(value & 0xFF)) }
        index += 4
      }
      return output
    }
  }
}
