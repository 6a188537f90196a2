/// Tells whether a pattern depends on where its subject starts or ends (`^`, `$`, `\A`, `\z`, `\Z`,
/// `\G`): such a pattern may match in a sentence or clause but not in the whole prompt, so it cannot
/// be used to skip a rule after one look at the whole prompt.
enum AnchorScanner {
  static func isAnchored(_ pattern: String) -> Bool {
    let bytes = Array(pattern.utf8)
    var index = 0
    var inClass = false
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\") {
        if index + 1 < bytes.count, "AzZG".utf8.contains(bytes[index + 1]), !inClass { return true }
        index += 2
        continue
      }
      if inClass {
        if byte == UInt8(ascii: "]") { inClass = false }
        index += 1
        continue
      }
      if byte == UInt8(ascii: "[") {
        inClass = true
        index += 1
        if index < bytes.count, bytes[index] == UInt8(ascii: "^") { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1 }
        continue
      }
      if byte == UInt8(ascii: "^") || byte == UInt8(ascii: "$") { return true }
      index += 1
    }
    return false
  }
}
