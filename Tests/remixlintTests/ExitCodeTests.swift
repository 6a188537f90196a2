import Foundation
import Testing

@Suite("remixlint exit codes")
struct ExitCodeTests {
  @Test("0 when every prompt passes")
  func allPass() throws {
    let pack = try FixturePack.make()
    let result = try FixturePack.check(pack, ["Make the sky overcast.", "Add a soft key light."])
    #expect(result.status == 0)
    #expect(result.stdout == "2 prompts checked: 2 passed, 0 failed (0 errors, 0 warnings, 0 infos)\n")
    #expect(result.stderr.isEmpty)
  }

  @Test("1 when a prompt has an error finding")
  func errorFinding() throws {
    let pack = try FixturePack.make()
    let result = try FixturePack.check(pack, ["Make the sky overcast.", "Fix the TODO."])
    #expect(result.status == 1)
    #expect(result.stdoutLines.last == "2 prompts checked: 1 passed, 1 failed (1 error, 0 warnings, 0 infos)")
  }

  @Test("warnings fail only with --strict; infos never")
  func strict() throws {
    let pack = try FixturePack.make()
    #expect(try FixturePack.check(pack, ["Make it vibrant."]).status == 0)
    let strict = try FixturePack.check(pack, ["--strict", "Make it vibrant."])
    #expect(strict.status == 1)
    #expect(strict.stdoutLines.last == "1 prompt checked: 0 passed, 1 failed (0 errors, 1 warning, 0 infos)")
    #expect(try FixturePack.check(pack, ["--strict", "maybe red"]).status == 0)
  }

  @Test(
    "2 for usage errors, with a message on stderr and no backtrace",
    arguments: [
      ["check", "--bogus", "x"],
      ["check"],
      ["check", "--no-default-rules", "x"],
      ["check", "--jobs", "0", "x"],
      ["check", "-", "-"],
      ["check", "--format", "xml", "x"],
      ["frobnicate"],
      ["eval"],
    ])
  func usage(arguments: [String]) throws {
    let result = try CLI.run(arguments)
    #expect(result.status == 2)
    #expect(!result.stderr.isEmpty)
    #expect(!result.stderr.contains("Fatal error"))
    #expect(!result.stderr.contains("Backtrace"))
  }

  @Test("--no-default-rules without --rules explains itself in one line")
  func noRulesLeft() throws {
    let result = try CLI.run(["check", "--no-default-rules", "x"])
    #expect(result.status == 2)
    #expect(
      result.stderrLines == ["remixlint: error: --no-default-rules leaves no rules; add at least one --rules DIR"])
    #expect(result.stdout.isEmpty)
  }

  @Test("2 for a rule-file error: one line naming the file and line")
  func ruleFileError() throws {
    let typo = FixturePack.vibrant.replacingOccurrences(of: "patterns:", with: "patern:")
    let pack = try FixturePack.make(extra: [("vibrant.yaml", typo)])
    let result = try FixturePack.check(pack, ["Make the sky overcast."])
    #expect(result.status == 2)
    #expect(result.stderrLines.count == 1)
    let line = try #require(result.stderrLines.first)
    #expect(
      line.hasPrefix("remixlint: error: \(pack.path)/vibrant.yaml:7:1: unknown key 'patern' (did you mean 'patterns'?)")
    )
    #expect(!result.stderr.contains("Backtrace"))
    #expect(result.stdout.isEmpty)
  }

  @Test("2 for an invalid pattern, with PCRE2's message and the column")
  func invalidPattern() throws {
    let broken = FixturePack.vibrant.replacingOccurrences(of: #"'\bvibrant\b'"#, with: #"'\bvib(rant\b'"#)
    let pack = try FixturePack.make(extra: [("vibrant.yaml", broken)])
    let result = try FixturePack.check(pack, ["x"])
    #expect(result.status == 2)
    #expect(
      result.stderrLines == [
        "remixlint: error: \(pack.path)/vibrant.yaml:8: patterns[1]: invalid PCRE2 pattern: missing closing parenthesis at column 13"
      ])
  }

  @Test("2 for a bad .jsonl line, naming file:LINE; the good lines are still checked")
  func badJSONLine() throws {
    let pack = try FixturePack.make()
    let prompts = try TempFolder()
    let path = try prompts.write(
      "p.jsonl", "{\"id\": \"a\", \"prompt\": \"Make it red.\"}\n{\"id\": \"b\", \"prompt\": \n{\"prompt\": \"TODO\"}\n"
    )
    let result = try FixturePack.check(pack, ["--file", path])
    #expect(result.status == 2)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderrLines.first?.hasPrefix("remixlint: error: \(path):2: not valid JSON: ") == true)
    #expect(result.stdoutLines.first == "\(path)#L3:1:1: error: Leftover TODO. [no-todo]")
    #expect(result.stdoutLines.last == "2 prompts checked: 1 passed, 1 failed (1 error, 0 warnings, 0 infos)")
  }

  static let greedy = """
    id: greedy
    kind: forbid
    severity: error
    reason: other
    message: 'greedy {match}'
    description: Backtracks catastrophically.
    patterns:
      - '(a+)+$'
    match_limit: 10000
    examples:
      pass: ['b']
      fail: ['aaa']

    """

  @Test("2 when a rule hits a limit (an incomplete run), other findings still reported")
  func limitHit() throws {
    let pack = try FixturePack.make(extra: [("greedy.yaml", ExitCodeTests.greedy)])
    let prompt = String(repeating: "a", count: 40) + "b TODO"
    let result = try FixturePack.check(pack, [prompt])
    #expect(result.status == 2)
    #expect(
      result.stdoutLines == [
        "<arg>:1:43: error: Leftover TODO. [no-todo]",
        "    suggestion: Replace it with the real request.",
        "<arg>: error: rule did not finish: match limit exceeded (the pattern backtracks too much on this prompt) [greedy]",
        "1 prompt checked: 0 passed, 1 failed (1 error, 0 warnings, 0 infos); incomplete: 1 rule run did not finish",
      ])
    let json = try FixturePack.check(pack, ["--format", "json", String(repeating: "a", count: 40) + "b"])
    #expect(json.status == 2)
    let summary = try #require(try json.json()["summary"] as? [String: Any])
    #expect(summary["diagnostics"] as? Int == 1)
    #expect(summary["passed"] as? Int == 1)
  }
}
