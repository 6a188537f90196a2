extension String {
  /// The string without leading and trailing characters from `set`.
  func trimmed(of set: String) -> String {
    let characters = Set(set)
    guard let first = firstIndex(where: { !characters.contains($0) }),
      let last = lastIndex(where: { !characters.contains($0) })
    else { return "" }
    return String(self[first...last])
  }
}

extension Substring {
  func trimmed(of set: String) -> String { String(self).trimmed(of: set) }
}
