import Yams

/// Strict, typed access to a YAML mapping: every read names the file, line and column on error, and
/// ``finish(allowed:)`` rejects keys nobody read (Yams' decoders ignore unknown keys, which would let a
/// typo such as `patern` silently disable a pattern).
struct YAMLMapping {
  let file: String
  let line: Int
  let column: Int
  private let pairs: [(key: String, value: Node, line: Int, column: Int)]

  init(_ node: Node, file: String, what: String) throws(RuleLoadError) {
    self.file = file
    line = node.mark?.line ?? 0
    column = node.mark?.column ?? 0
    guard case .mapping(let mapping) = node else {
      throw RuleLoadError(.invalidValue, file: file, line: line, column: column, "\(what) must be a mapping of keys to values")
    }
    var pairs: [(String, Node, Int, Int)] = []
    for (key, value) in mapping {
      guard case .scalar(let scalar) = key else {
        throw RuleLoadError(.invalidValue, file: file, line: key.mark?.line ?? line, "keys must be plain words")
      }
      pairs.append((scalar.string, value, key.mark?.line ?? line, key.mark?.column ?? 0))
    }
    self.pairs = pairs
  }

  var keys: [String] { pairs.map(\.key) }

  func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

  /// The line of a key (or of the mapping when absent).
  func line(of key: String) -> Int { pairs.first { $0.key == key }?.line ?? line }

  func node(_ key: String) -> Node? { pairs.first { $0.key == key }?.value }

  /// Rejects keys outside `allowed`, suggesting the closest known key.
  func finish(allowed: [String]) throws(RuleLoadError) {
    for pair in pairs where !allowed.contains(pair.key) {
      var message = "unknown key '\(pair.key)'"
      if let guess = YAMLMapping.closest(to: pair.key, in: allowed) { message += " (did you mean '\(guess)'?)" }
      message += "; known keys: \(allowed.joined(separator: ", "))"
      throw RuleLoadError(.unknownKey, file: file, line: pair.line, column: pair.column, message)
    }
  }

  func required(_ key: String, what: String) throws(RuleLoadError) -> Node {
    guard let value = node(key) else {
      throw RuleLoadError(.missingKey, file: file, line: line, column: column, "\(what) is missing the required key '\(key)'")
    }
    return value
  }

  func string(_ key: String, required: Bool, what: String) throws(RuleLoadError) -> String? {
    guard let value = required ? try self.required(key, what: what) : node(key) else { return nil }
    return try YAMLMapping.string(value, key: key, file: file)
  }

  func strings(_ key: String, what: String) throws(RuleLoadError) -> [String] {
    guard let value = node(key) else { return [] }
    return try YAMLMapping.strings(value, key: key, file: file)
  }

  func patterns(_ key: String) throws(RuleLoadError) -> [PatternSpec] {
    guard let value = node(key) else { return [] }
    return try YAMLMapping.patterns(value, key: key, file: file)
  }

  func integer(_ key: String) throws(RuleLoadError) -> Int? {
    guard let value = node(key) else { return nil }
    guard case .scalar(let scalar) = value, scalar.style == .plain, let number = Int(scalar.string) else {
      throw RuleLoadError(.invalidValue, file: file, line: value.mark?.line ?? line, "'\(key)' must be a whole number")
    }
    return number
  }

  func bool(_ key: String) throws(RuleLoadError) -> Bool? {
    guard let value = node(key) else { return nil }
    guard case .scalar(let scalar) = value, scalar.style == .plain, ["true", "false"].contains(scalar.string) else {
      throw RuleLoadError(.invalidValue, file: file, line: value.mark?.line ?? line, "'\(key)' must be true or false")
    }
    return scalar.string == "true"
  }

  /// An enum-valued key, with the allowed values in the error.
  func choice<T: RawRepresentable & CaseIterable>(
    _ key: String, _ type: T.Type, required: Bool, what: String
  ) throws(RuleLoadError) -> T? where T.RawValue == String {
    guard let text = try string(key, required: required, what: what) else { return nil }
    guard let value = T(rawValue: text) else {
      let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
      throw RuleLoadError(
        .invalidValue, file: file, line: self.line(of: key), "'\(key)' is '\(text)'; it must be one of: \(allowed)")
    }
    return value
  }

  // MARK: - Node helpers

  static func string(_ node: Node, key: String, file: String) throws(RuleLoadError) -> String {
    guard case .scalar(let scalar) = node else {
      throw RuleLoadError(.invalidValue, file: file, line: node.mark?.line ?? 0, "'\(key)' must be text")
    }
    return scalar.string
  }

  static func strings(_ node: Node, key: String, file: String) throws(RuleLoadError) -> [String] {
    guard case .sequence(let sequence) = node else {
      throw RuleLoadError(.invalidValue, file: file, line: node.mark?.line ?? 0, "'\(key)' must be a list")
    }
    var result: [String] = []
    for item in sequence {
      guard case .scalar(let scalar) = item else {
        throw RuleLoadError(.invalidValue, file: file, line: item.mark?.line ?? 0, "every item of '\(key)' must be text")
      }
      result.append(scalar.string)
    }
    return result
  }

  /// A list of patterns (or a single pattern). Double-quoted patterns are refused: YAML would turn
  /// `\b` into a backspace; single quotes keep backslashes exactly as written.
  static func patterns(_ node: Node, key: String, file: String) throws(RuleLoadError) -> [PatternSpec] {
    let items: [Node]
    switch node {
    case .sequence(let sequence): items = Array(sequence)
    case .scalar: items = [node]
    default:
      throw RuleLoadError(.invalidValue, file: file, line: node.mark?.line ?? 0, "'\(key)' must be a list of patterns")
    }
    var result: [PatternSpec] = []
    for item in items {
      let line = item.mark?.line ?? 0
      guard case .scalar(let scalar) = item else {
        throw RuleLoadError(.invalidValue, file: file, line: line, "every item of '\(key)' must be a pattern string")
      }
      if scalar.style == .doubleQuoted {
        throw RuleLoadError(
          .invalidValue, file: file, line: line, column: item.mark?.column ?? 0,
          "'\(key)': write patterns in single quotes ('...'); in double quotes YAML rewrites backslashes")
      }
      if scalar.string.isEmpty {
        throw RuleLoadError(.invalidValue, file: file, line: line, "'\(key)': a pattern must not be empty")
      }
      result.append(PatternSpec(scalar.string, file: file, line: line))
    }
    return result
  }

  /// The allowed key closest to `key` by edit distance, if it is close enough to be a typo.
  static func closest(to key: String, in allowed: [String]) -> String? {
    let scored = allowed.map { ($0, editDistance(key, $0)) }.min { $0.1 < $1.1 }
    guard let (best, distance) = scored, distance <= max(2, key.count / 3) else { return nil }
    return best
  }

  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
