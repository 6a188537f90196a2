import PromptLint
import Testing

@Suite("evaluation against labelled prompts")
struct EvaluationTests {
  static func evaluate(_ labelled: [LabelledPrompt]) throws -> Evaluation {
    let linter = try Fixture.linter(
      Fixture.rule("no-todo", reason: .placeholder, patterns: [#"\bTODO\b"#]),
      Fixture.rule("no-vibrant", reason: .vague, patterns: [#"\bvibrant\b"#]),
      Fixture.rule("maybe", severity: .warning, reason: .vague, patterns: [#"\bmaybe\b"#]))
    var evaluation = Evaluation()
    for (item, result) in zip(labelled, linter.lint(labelled.map(\.prompt))) { evaluation.add(item, result: result) }
    return evaluation
  }

  static let labelled = [
    LabelledPrompt(id: "ok", prompt: "Make the sky red.", shouldPass: true, reasons: []),
    LabelledPrompt(id: "vague", prompt: "Make it vibrant.", shouldPass: false, reasons: [.vague]),
    LabelledPrompt(id: "wrong-reason", prompt: "TODO", shouldPass: false, reasons: [.vague]),
    LabelledPrompt(id: "false-reject", prompt: "Make it vibrant TODO", shouldPass: true, reasons: []),
    LabelledPrompt(id: "warning-only", prompt: "maybe change it", shouldPass: false, reasons: [.vague]),
  ]

  @Test("accuracy, catch rate and false-reject rate")
  func verdicts() throws {
    let evaluation = try EvaluationTests.evaluate(EvaluationTests.labelled)
    #expect(evaluation.total == 5)
    #expect(evaluation.correct == 3)
    #expect(evaluation.accuracy == 0.6)
    #expect(evaluation.labelledFail == 3)
    #expect(evaluation.caught == 2)
    #expect(evaluation.catchRate == 2.0 / 3.0)
    #expect(evaluation.labelledPass == 2)
    #expect(evaluation.falseRejects == 1)
    #expect(evaluation.falseRejectRate == 0.5)
    #expect(evaluation.misjudged.map(\.id) == ["false-reject", "warning-only"])
    #expect(evaluation.wrongReason.map(\.id) == ["wrong-reason"])
    let reject = try #require(evaluation.misjudged.first)
    #expect(reject.expectedPass)
    #expect(reject.fired.map(\.rule) == ["no-vibrant", "no-todo"])
  }

  @Test("per-reason precision and recall")
  func perReason() throws {
    let evaluation = try EvaluationTests.evaluate(EvaluationTests.labelled)
    let vague = try #require(evaluation.reasons[.vague])
    #expect([vague.truePositives, vague.falsePositives, vague.falseNegatives] == [1, 1, 2])
    #expect(vague.precision == 0.5)
    #expect(vague.recall == 1.0 / 3.0)
    let placeholder = try #require(evaluation.reasons[.placeholder])
    #expect([placeholder.truePositives, placeholder.falsePositives, placeholder.falseNegatives] == [0, 2, 0])
    #expect(placeholder.precision == 0)
    #expect(placeholder.recall == nil)
    let empty = try #require(evaluation.reasons[.empty])
    #expect(empty.precision == nil && empty.recall == nil)
    #expect(evaluation.reasons[.other] == nil)
  }

  @Test("an empty evaluation")
  func empty() {
    let evaluation = Evaluation()
    #expect(evaluation.accuracy == 0)
    #expect(evaluation.catchRate == 1)
    #expect(evaluation.falseRejectRate == 0)
  }

  @Test("a perfect set")
  func perfect() throws {
    let evaluation = try EvaluationTests.evaluate(Array(EvaluationTests.labelled.prefix(2)))
    #expect(evaluation.accuracy == 1)
    #expect(evaluation.catchRate == 1)
    #expect(evaluation.falseRejectRate == 0)
    #expect(evaluation.reasons[.vague]?.precision == 1)
    #expect(evaluation.reasons[.vague]?.recall == 1)
  }

  @Test("LabelledPrompt.parse reads a corpus line")
  func parseLine() throws {
    let value = try JSONValue.parse(
      #"{"id": "d1", "prompt": "Make it pop.", "expect": "fail", "reasons": ["vague", "multi-change"]}"#)
    let input = PromptInput(source: "c.jsonl#d1", id: "d1", text: "Make it pop.")
    let labelled = try LabelledPrompt.parse(value, input: input, file: "c.jsonl", line: 3)
    #expect(
      labelled == LabelledPrompt(id: "d1", prompt: "Make it pop.", shouldPass: false, reasons: [.vague, .multiChange]))
    let pass = try LabelledPrompt.parse(
      JSONValue.parse(#"{"prompt": "x", "expect": "pass"}"#), input: PromptInput(source: "c", text: "x"),
      file: "c.jsonl", line: 7)
    #expect(pass.id == "L7")
    #expect(pass.shouldPass)
  }

  @Test(
    "LabelledPrompt.parse rejects bad lines with file:line",
    arguments: [
      (#"{"prompt": "x", "expect": "maybe"}"#, #"c.jsonl:4: "expect" must be "pass" or "fail""#),
      (#"{"prompt": "x"}"#, #"c.jsonl:4: "expect" must be "pass" or "fail""#),
      (#"{"prompt": "x", "expect": "fail"}"#, #"c.jsonl:4: a "fail" line needs at least one reason"#),
      (#"{"prompt": "x", "expect": "fail", "reasons": "vague"}"#, #"c.jsonl:4: "reasons" must be a list"#),
    ])
  func parseErrors(line: String, message: String) throws {
    do throws(InputError) {
      _ = try LabelledPrompt.parse(
        try! JSONValue.parse(line), input: PromptInput(source: "c", text: "x"), file: "c.jsonl", line: 4)
      Issue.record("parsed \(line)")
    } catch {
      #expect(error.description == message)
    }
  }

  @Test("an unknown reason lists the known ones")
  func unknownReason() throws {
    do throws(InputError) {
      _ = try LabelledPrompt.parse(
        try! JSONValue.parse(#"{"prompt": "x", "expect": "fail", "reasons": ["boring"]}"#),
        input: PromptInput(source: "c", text: "x"), file: "c.jsonl", line: 2)
      Issue.record("parsed an unknown reason")
    } catch {
      #expect(error.description.hasPrefix("c.jsonl:2: unknown reason"))
      #expect(error.description.contains("multi-change, rewrite, vague, empty, placeholder, other"))
    }
  }
}
