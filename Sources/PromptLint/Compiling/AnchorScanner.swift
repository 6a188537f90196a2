/// Tells whether a pattern depends on where its subject starts or ends (`^`, `$`, `\A`, `\z`, `\Z`,
/// `\G`): such a pattern may match in a sentence or clause but not in the whole prompt, so it cannot
/// be used to skip a rule after one look at the whole prompt.
enum AnchorScanner {
  static func isAnchored(_ pattern: String) -> Bool {
    var anchored = false
    PatternSyntaxWalker.walk(Array(pattern.utf8)) { event in
      switch event {
      case .escape(let byte, _): anchored = "AzZG".utf8.contains(byte)
      case .byte(let byte, _): anchored = byte == UInt8(ascii: "^") || byte == UInt8(ascii: "$")
      }
      return anchored ? nil : 0
    }
    return anchored
  }
}
