extension KeyedDecodingContainer {
  /// A string that may be absent, null, empty (treated as nil) or a number (kept as its decimal text).
  func lenientString(forKey key: Key) -> String? {
    if let text = try? decodeIfPresent(String.self, forKey: key) {
      return text.isEmpty ? nil : text
    }
    if let number = try? decodeIfPresent(Int.self, forKey: key) { return String(number) }
    if let number = try? decodeIfPresent(Double.self, forKey: key) { return String(number) }
    return nil
  }

  /// An integer that may be absent, null, a floating-point number (truncated) or a numeric string.
  func lenientInt(forKey key: Key) -> Int? {
    if let number = try? decodeIfPresent(Int.self, forKey: key) { return number }
    if let number = try? decodeIfPresent(Double.self, forKey: key), number.isFinite,
      abs(number) < 9.0e15
    {
      return Int(number)
    }
    if let text = try? decodeIfPresent(String.self, forKey: key) { return Int(text) }
    return nil
  }

  /// A boolean that may be absent or null.
  func lenientBool(forKey key: Key) -> Bool? {
    (try? decodeIfPresent(Bool.self, forKey: key)) ?? nil
  }
}
