import PromptLint
import Testing

@Suite("rule examples")
struct ExampleRunnerTests {
  @Test("a good rule passes its examples")
  func goodRule() throws {
    let rule = Fixture.rule(
      "no-todo", patterns: [#"\bTODO\b"#],
      examples: RuleExamples(pass: ["Make it red.", "todos"], fail: ["TODO", "a TODO b"]))
    let report = ExampleRunner(linter: try Fixture.linter(rule)).run()
    #expect(report.passed)
    #expect(report.rules == 1)
    #expect(report.examples == 4)
    #expect(report.failures.isEmpty)
  }

  @Test("a fail example that does not fire and a pass example that fires are both reported")
  func badExamples() throws {
    let rule = Fixture.rule(
      "no-todo", message: "left {match}", patterns: [#"\bTODO\b"#],
      examples: RuleExamples(pass: ["fine", "a TODO \"here\""], fail: ["TODO", "nothing to see"]))
    let report = ExampleRunner(linter: try Fixture.linter(rule)).run()
    #expect(!report.passed)
    #expect(report.examples == 4)
    #expect(report.failures.count == 2)
    let missed = try #require(report.failures.first { $0.expectedToFire })
    #expect(missed.rule == "no-todo")
    #expect(missed.index == 1)
    #expect(missed.prompt == "nothing to see")
    #expect(
      missed.description
        == #"test/no-todo.yaml:1: rule 'no-todo': fail example 2 does not trigger it: "nothing to see""#)
    let fired = try #require(report.failures.first { !$0.expectedToFire })
    #expect(fired.index == 1)
    #expect(fired.message == "left TODO")
    #expect(
      fired.description
        == #"test/no-todo.yaml:1: rule 'no-todo': pass example 2 triggers it (left TODO): "a TODO \"here\"""#)
  }

  @Test("examples are linted with the whole pack (segmentation and roles apply)")
  func wholePack() throws {
    let rule = Fixture.rule(
      "change-only", scope: .clause, roles: ["change"], patterns: [#"\bred\b"#],
      examples: RuleExamples(pass: ["Make it blue; keep the red car."], fail: ["Make it red; keep the rest."]))
    #expect(ExampleRunner(linter: try Fixture.linter(rule)).run().passed)
  }

  @Test("only the chosen rules are tested")
  func chosenRules() throws {
    let good = Fixture.rule("good", patterns: ["x"], examples: RuleExamples(fail: ["x"]))
    let bad = Fixture.rule("bad", patterns: ["y"], examples: RuleExamples(fail: ["x"]))
    let runner = ExampleRunner(linter: try Fixture.linter(good, bad))
    #expect(runner.run(ruleIDs: ["good"]).passed)
    #expect(runner.run(ruleIDs: ["good"]).rules == 1)
    #expect(runner.run().failures.map(\.rule) == ["bad"])
  }
}
