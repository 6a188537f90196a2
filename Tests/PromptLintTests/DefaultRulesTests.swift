import DefaultRules
import Foundation
import PromptLint
import Testing

/// The rules test of the default pack (its content is maintained separately; these tests check only
/// that it loads, that its own examples hold and that the embedded copy matches `rules/`).
@Suite("the embedded default pack")
struct DefaultRulesTests {
  static var packageRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  }

  @Test("it compiles into a RuleSet and is not empty")
  func loads() throws {
    let set = try RuleSet(packs: [DefaultRules.pack])
    #expect(!set.rules.isEmpty)
    #expect(DefaultRules.pack.directory == "rules")
    #expect(set.rules.allSatisfy { $0.spec.file.hasPrefix("rules/") && $0.spec.line > 0 })
  }

  @Test("every rule's examples pass")
  func examplesPass() throws {
    let report = ExampleRunner(linter: Linter(ruleSet: try RuleSet(packs: [DefaultRules.pack]))).run()
    #expect(report.rules == DefaultRules.pack.rules.count)
    #expect(report.examples > 0)
    let failures = report.failures.map(\.description)
    #expect(failures.isEmpty, "\n\(failures.joined(separator: "\n"))")
  }

  @Test("every rule documents at least one fail example")
  func examplesPresent() {
    for rule in DefaultRules.pack.rules {
      #expect(!rule.examples.fail.isEmpty, "rule \(rule.id)")
    }
  }

  @Test("the embedded pack matches rules/ (no drift)")
  func noDrift() throws {
    let rulesFolder = DefaultRulesTests.packageRoot.appendingPathComponent("rules").path
    let loaded = try PackLoader.load(directory: rulesFolder, displayName: "rules")
    let embedded = DefaultRules.pack
    #expect(loaded.rules.map(\.id) == embedded.rules.map(\.id))
    func texts(_ rule: RuleSpec) -> [String] {
      [rule.patterns, rule.exceptions, rule.when, rule.then, rule.onlyIf, rule.unless].flatMap { $0.map(\.text) }
    }
    // Compact messages: a drifted pack would otherwise print every rule in full.
    for (file, code) in zip(loaded.rules, embedded.rules) {
      let changed = Set(texts(file)).symmetricDifference(texts(code)).sorted()
      #expect(changed.isEmpty, "rule \(file.id): patterns differ: \(changed)")
      let same = file == code
      #expect(same, "rule \(file.id) in \(file.file) differs from its embedded copy")
    }
    #expect(loaded.fragments.map(\.name) == embedded.fragments.map(\.name))
    var fragmentsDiffer: [String] = []
    for (file, code) in zip(loaded.fragments, embedded.fragments) where file.pattern.text != code.pattern.text {
      fragmentsDiffer.append(file.name)
    }
    #expect(fragmentsDiffer.isEmpty, "fragments differ: \(fragmentsDiffer)")
    #expect(loaded.sentenceBoundaries.map(\.text) == embedded.sentenceBoundaries.map(\.text))
    #expect(loaded.clauseBoundaries.map(\.text) == embedded.clauseBoundaries.map(\.text))
    #expect(loaded.roles.map(\.name) == embedded.roles.map(\.name))
    #expect(loaded.aspects.map(\.name) == embedded.aspects.map(\.name))
    #expect(loaded.defaultRole == embedded.defaultRole)
    let same = loaded == embedded
    #expect(same, "the embedded pack differs from rules/ (rebuild, or fix the emitter)")
  }

  @Test("robust facts: empty fails as empty, {{palette}} as placeholder; a plain request passes")
  func robustFacts() throws {
    let linter = Linter(ruleSet: try RuleSet(packs: [DefaultRules.pack]))
    let empty = linter.lint("")
    #expect(!empty.passed())
    #expect(empty.failureReasons().contains(.empty))
    let slot = linter.lint("{{palette}}")
    #expect(!slot.passed())
    #expect(slot.failureReasons().contains(.placeholder))
    let plain = linter.lint("Make the sky overcast.")
    #expect(plain.passed(), "\(plain.findings.map(\.message))")
    #expect(plain.isComplete)
  }
}
