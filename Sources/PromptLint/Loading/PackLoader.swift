import Foundation

/// Loads a rule pack from a folder:
/// - `pack.yaml` (optional): the pack's name, fragments, segmentation, roles and aspects;
/// - `vocab/*.yaml` (optional): vocabulary fragments;
/// - every other `*.yaml` / `*.yml` file (in any subfolder): one rule each.
///
/// Files are read in path order, so the rules' order (and the output) is deterministic.
public enum PackLoader {
  /// Loads the pack in `directory`; errors name files as `displayName/relative/path.yaml`
  /// (`displayName` defaults to `directory` as given).
  public static func load(directory: String, displayName: String? = nil) throws(RuleLoadError) -> PackSpec {
    let shownRoot = displayName ?? directory
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) else {
      throw RuleLoadError(.io, file: shownRoot, "no such rules folder")
    }
    guard isDirectory.boolValue else {
      throw RuleLoadError(.io, file: shownRoot, "not a folder (--rules takes a folder of rule files)")
    }
    // Follow a symlinked folder (the enumerator does not descend into a link).
    let directory = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
    let files = yamlFiles(in: directory)
    let name = URL(fileURLWithPath: directory).standardizedFileURL.lastPathComponent
    var pack = PackSpec(name: name, directory: shownRoot)
    var fragmentFiles: [String: String] = [:]
    func addFragments(_ fragments: [PackSpec.Fragment]) throws(RuleLoadError) {
      for fragment in fragments {
        if let earlier = fragmentFiles[fragment.name] {
          throw RuleLoadError(
            .reference, file: fragment.pattern.file, line: fragment.pattern.line,
            "fragment '\(fragment.name)' is already defined in \(earlier)")
        }
        fragmentFiles[fragment.name] = fragment.pattern.location
      }
    }
    if files.contains("pack.yaml") {
      try PackFileParser.parsePackFile(
        try read(directory, "pack.yaml", shownRoot), file: join(shownRoot, "pack.yaml"), into: &pack)
      try addFragments(pack.fragments)
    }
    for relative in files where relative.hasPrefix("vocab/") {
      let fragments = try PackFileParser.parseVocabularyFile(
        try read(directory, relative, shownRoot), file: join(shownRoot, relative))
      try addFragments(fragments)
      pack.fragments += fragments
    }
    for relative in files where relative != "pack.yaml" && !relative.hasPrefix("vocab/") {
      pack.rules.append(try RuleFileParser.parse(try read(directory, relative, shownRoot), file: join(shownRoot, relative)))
    }
    guard !pack.rules.isEmpty else {
      throw RuleLoadError(.io, file: shownRoot, "the folder holds no rule files (*.yaml)")
    }
    return pack
  }

  /// The YAML files below `directory`, as sorted relative paths.
  static func yamlFiles(in directory: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
      if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") { files.append(relative) }
    }
    return files.sorted()
  }

  private static func read(_ directory: String, _ relative: String, _ shownRoot: String) throws(RuleLoadError) -> String {
    let path = join(directory, relative)
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RuleLoadError(.io, file: join(shownRoot, relative), "cannot read the file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw RuleLoadError(.io, file: join(shownRoot, relative), "the file is not valid UTF-8")
    }
    return text
  }

  private static func join(_ root: String, _ relative: String) -> String {
    root.hasSuffix("/") ? root + relative : root + "/" + relative
  }
}
