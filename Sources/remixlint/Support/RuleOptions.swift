import ArgumentParser
import DefaultRules
import PCRE2
import PromptLint

/// The options that choose the rules in effect, shared by `check`, `rules`, `eval` and `remix`.
struct RuleOptions: ParsableArguments {
  @Option(
    name: .customLong("rules"),
    help: ArgumentHelp("Add the rule pack in this folder (repeatable).", valueName: "dir"))
  var directories: [String] = []

  @Flag(name: .customLong("no-default-rules"), help: "Do not use the built-in default rules.")
  var noDefaultRules = false

  /// The packs in effect: the default pack (unless dropped), then each `--rules` folder.
  func packs() throws -> [PackSpec] {
    if noDefaultRules && directories.isEmpty {
      throw CLIError("--no-default-rules leaves no rules; add at least one --rules DIR")
    }
    var packs: [PackSpec] = noDefaultRules ? [] : [DefaultRules.pack]
    for directory in directories {
      do {
        packs.append(try PackLoader.load(directory: directory))
      } catch {
        throw CLIError(error.description)
      }
    }
    return packs
  }

  /// The compiled rules in effect. `batch` asks for JIT-compiled patterns (worth their compile time
  /// over many prompts); a single prompt runs faster on PCRE2's interpreter.
  func ruleSet(batch: Bool = false) throws -> RuleSet {
    let packs = try packs()
    do {
      return try RuleSet(packs: packs, jit: batch ? .attempt : .never)
    } catch {
      throw CLIError(error.description)
    }
  }
}
