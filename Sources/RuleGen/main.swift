import Foundation
import PromptLint

// remixlint-rulegen RULES_DIR OUTPUT.swift [--display-name NAME]
//
// Build-time tool run by the EmbedDefaultRules plugin: loads the default pack from RULES_DIR, compiles
// every pattern (so a broken rule fails the build with file:line: message), and writes Swift source that
// rebuilds the pack without YAML.

var arguments = Array(CommandLine.arguments.dropFirst())
var displayName: String?
if let flag = arguments.firstIndex(of: "--display-name"), flag + 1 < arguments.count {
  displayName = arguments[flag + 1]
  arguments.removeSubrange(flag...(flag + 1))
}
guard arguments.count == 2 else {
  FileHandle.standardError.write(Data("usage: remixlint-rulegen RULES_DIR OUTPUT.swift [--display-name NAME]\n".utf8))
  exit(2)
}
do {
  var pack = try PackLoader.load(directory: arguments[0], displayName: displayName)
  let serialized = try RuleSet(packs: [pack], jit: .never).serializedPatterns()
  pack.attachPrecompiled(serialized)
  let source = PackEmitter.emit(pack)
  let output = URL(fileURLWithPath: arguments[1])
  if (try? String(contentsOf: output, encoding: .utf8)) != source {
    try source.write(to: output, atomically: true, encoding: .utf8)
  }
} catch let error as RuleLoadError {
  FileHandle.standardError.write(Data("\(error.file):\(max(error.line, 1)): error: \(error.message)\n".utf8))
  exit(1)
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
