import Yams

/// Parses YAML text into a node tree, turning Yams' multi-line errors into one-line ``RuleLoadError``s.
enum YAMLDocument {
  static func root(of yaml: String, file: String) throws(RuleLoadError) -> Node {
    let node: Node?
    do {
      node = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw convert(error, file: file)
    } catch {
      throw RuleLoadError(.invalidYAML, file: file, "invalid YAML: \(error)")
    }
    guard let node else { throw RuleLoadError(.invalidYAML, file: file, "the file is empty") }
    return node
  }

  private static func convert(_ error: YamlError, file: String) -> RuleLoadError {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
      return RuleLoadError(.invalidYAML, file: file, line: mark.line, column: mark.column, "invalid YAML: \(detail)")
    case .reader(let problem, _, _, _):
      return RuleLoadError(.invalidYAML, file: file, "invalid YAML: \(problem)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return RuleLoadError(
        .invalidYAML, file: file, line: context.mark.line, column: context.mark.column,
        "invalid YAML: duplicate key(s) \(duplicates.joined(separator: ", "))")
    default:
      return RuleLoadError(.invalidYAML, file: file, "invalid YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
    }
  }
}
