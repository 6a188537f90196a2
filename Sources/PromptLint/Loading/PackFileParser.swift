import Yams

/// Reads a pack's `pack.yaml` (name, segmentation, roles, aspects, fragments) and its vocabulary files
/// (`vocab/*.yaml`, which hold only `fragments`).
public enum PackFileParser {
  /// The keys of `pack.yaml`.
  public static let packKeys = ["name", "description", "fragments", "segmentation", "roles", "default_role", "aspects"]
  /// The keys of a vocabulary file.
  public static let vocabularyKeys = ["description", "fragments"]

  /// Fills the pack-level parts of `pack` from the text of its `pack.yaml`.
  public static func parsePackFile(_ yaml: String, file: String, into pack: inout PackSpec) throws(RuleLoadError) {
    let map = try YAMLMapping(try YAMLDocument.root(of: yaml, file: file), file: file, what: "pack.yaml")
    if let name = try map.string("name", required: false, what: "the pack") { pack.name = name }
    pack.description = try map.string("description", required: false, what: "the pack") ?? ""
    pack.defaultRole = try map.string("default_role", required: false, what: "the pack")
    if let node = map.node("fragments") { pack.fragments += try fragments(node, file: file) }
    if let node = map.node("segmentation") {
      let segmentation = try YAMLMapping(node, file: file, what: "'segmentation'")
      pack.sentenceBoundaries += try segmentation.patterns("sentence")
      pack.clauseBoundaries += try segmentation.patterns("clause")
      try segmentation.finish(allowed: ["sentence", "clause"])
    }
    if let node = map.node("roles") { pack.roles += try labels(node, key: "roles", file: file) }
    if let node = map.node("aspects") { pack.aspects += try labels(node, key: "aspects", file: file) }
    try map.finish(allowed: packKeys)
  }

  /// The fragments of a vocabulary file.
  public static func parseVocabularyFile(_ yaml: String, file: String) throws(RuleLoadError) -> [PackSpec.Fragment] {
    let map = try YAMLMapping(try YAMLDocument.root(of: yaml, file: file), file: file, what: "a vocabulary file")
    let result = try fragments(try map.required("fragments", what: "a vocabulary file"), file: file)
    try map.finish(allowed: vocabularyKeys)
    return result
  }

  /// `name: 'pattern'` pairs.
  static func fragments(_ node: Node, file: String) throws(RuleLoadError) -> [PackSpec.Fragment] {
    let map = try YAMLMapping(node, file: file, what: "'fragments'")
    var result: [PackSpec.Fragment] = []
    for name in map.keys {
      guard isValidName(name) else {
        throw RuleLoadError(
          .invalidValue, file: file, line: map.line(of: name),
          "fragment name '\(name)' must be letters, digits and '_', starting with a letter")
      }
      let patterns = try YAMLMapping.patterns(map.node(name)!, key: name, file: file)
      guard patterns.count == 1 else {
        throw RuleLoadError(.invalidValue, file: file, line: map.line(of: name), "fragment '\(name)' must be one pattern")
      }
      result.append(PackSpec.Fragment(name: name, pattern: patterns[0]))
    }
    return result
  }

  /// `name: [patterns]` pairs, in file order.
  private static func labels(_ node: Node, key: String, file: String) throws(RuleLoadError) -> [PackSpec.Label] {
    let map = try YAMLMapping(node, file: file, what: "'\(key)'")
    var result: [PackSpec.Label] = []
    for name in map.keys {
      guard isValidName(name.replacingDashes) else {
        throw RuleLoadError(.invalidValue, file: file, line: map.line(of: name), "\(key) name '\(name)' must be a plain word")
      }
      result.append(PackSpec.Label(name: name, patterns: try YAMLMapping.patterns(map.node(name)!, key: name, file: file)))
    }
    return result
  }

  static func isValidName(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
    return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
  }
}

extension String {
  /// The name with `-` read as `_`, so role and aspect names may use either.
  fileprivate var replacingDashes: String { String(map { $0 == "-" ? "_" : $0 }) }
}
