import Foundation
import PackagePlugin

/// Turns the package's `rules/` folder (the default pack, the single source of truth) into generated
/// Swift in the `DefaultRules` target, so the built `remixlint` carries its default rules, pre-parsed,
/// wherever the binary is copied. Editing, adding or removing a rule file triggers a rebuild.
@main
struct EmbedDefaultRules: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    // Resolve a symlinked rules folder so its files are tracked as inputs (the enumerator does not
    // descend into a link).
    let rules = context.package.directoryURL.appending(path: "rules").resolvingSymlinksInPath()
    let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRules.swift")
    var inputs: [URL] = []
    if let enumerator = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil) {
      for case let url as URL in enumerator where ["yaml", "yml"].contains(url.pathExtension) {
        inputs.append(url)
      }
    }
    return [
      .buildCommand(
        displayName: "Embedding the default rules from rules/",
        executable: try context.tool(named: "remixlint-rulegen").url,
        arguments: [rules.path, output.path, "--display-name", "rules"],
        inputFiles: inputs.sorted { $0.path < $1.path },
        outputFiles: [output]
      )
    ]
  }
}
