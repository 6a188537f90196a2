import Foundation
import Testing

@Suite("remixlint eval")
struct EvalCommandTests {
  static let lines = [
    #"{"id": "a", "prompt": "Make the sky red.", "expect": "pass", "reasons": []}"#,
    #"{"id": "b", "prompt": "Fix the TODO.", "expect": "fail", "reasons": ["placeholder"]}"#,
    #"{"id": "c", "prompt": "Add rain and snow.", "expect": "fail", "reasons": ["multi-change"]}"#,
  ]

  func corpus(_ lines: [String]) throws -> (TempFolder, String) {
    let folder = try TempFolder()
    let path = try folder.write("corpus.jsonl", lines.joined(separator: "\n") + "\n")
    return (folder, path)
  }

  @Test("prints accuracy, catch rate, false-reject rate and the per-reason table")
  func report() throws {
    let pack = try FixturePack.make()
    let (folder, path) = try corpus(EvalCommandTests.lines)
    _ = folder
    let result = try CLI.run(["eval", "--no-default-rules", "--rules", pack.path, path])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        prompts: 3 (1 labelled pass, 2 labelled fail)
        accuracy:          0.667  (2/3)
        catch rate:        0.500  (1/2 fails caught)
        false-reject rate: 0.000  (0/1 passes rejected)
        reason        precision  recall   tp  fp  fn
        multi-change  -          0.000     0   0   1
        placeholder   1.000      1.000     1   0   0
        misjudged (1):
          c: expected fail (multi-change), fired nothing: "Add rain and snow."

        """)
  }

  @Test("--min-accuracy 1.0 exits 1 when missed, 0 when met")
  func threshold() throws {
    let pack = try FixturePack.make()
    let (missedFolder, missedPath) = try corpus(EvalCommandTests.lines)
    let missed = try CLI.run(["eval", "--no-default-rules", "--rules", pack.path, "--min-accuracy", "1.0", missedPath])
    #expect(missed.status == 1)
    #expect(missed.stdoutLines.last == "threshold missed: accuracy 0.667 is below 1.0")
    let (metFolder, metPath) = try corpus(Array(EvalCommandTests.lines.prefix(2)))
    let met = try CLI.run(["eval", "--no-default-rules", "--rules", pack.path, "--min-accuracy", "1.0", metPath])
    #expect(met.status == 0)
    #expect(met.stdoutLines.contains("accuracy:          1.000  (2/2)"))
    #expect(!met.stdout.contains("threshold missed"))
    _ = (missedFolder, metFolder)
  }

  @Test("--format json")
  func json() throws {
    let pack = try FixturePack.make()
    let (folder, path) = try corpus(EvalCommandTests.lines)
    _ = folder
    let result = try CLI.run(["eval", "--format", "json", "--no-default-rules", "--rules", pack.path, path])
    #expect(result.status == 0)
    let root = try result.json()
    #expect(
      Set(root.keys) == [
        "prompts", "accuracy", "catchRate", "falseRejectRate", "reasons", "misjudged", "wrongReason",
        "thresholdsMissed",
      ])
    #expect(root["prompts"] as? Int == 3)
    #expect(root["accuracy"] as? Double == 0.667)
    #expect(root["catchRate"] as? Double == 0.5)
    #expect(root["falseRejectRate"] as? Double == 0)
    let reasons = try #require(root["reasons"] as? [String: [String: Any]])
    #expect(reasons["placeholder"]?["precision"] as? Double == 1)
    #expect(reasons["multi-change"]?["precision"] is NSNull)
    #expect(reasons["multi-change"]?["falseNegatives"] as? Int == 1)
    let misjudged = try #require(root["misjudged"] as? [[String: Any]])
    #expect(misjudged.map { $0["id"] as? String } == ["c"])
  }

  @Test(
    "a bad corpus line exits 2 naming file:LINE",
    arguments: [
      (#"{"id": "x", "prompt": "x", "expect": "maybe"}"#, #""expect" must be "pass" or "fail""#),
      (#"{"id": "x", "prompt": "x", "expect": "fail"}"#, #"a "fail" line needs at least one reason"#),
      (#"{"id": "x", "prompt": "#, "not valid JSON: "),
    ])
  func badLine(line: String, message: String) throws {
    let pack = try FixturePack.make()
    let (folder, path) = try corpus([EvalCommandTests.lines[0], line])
    _ = folder
    let result = try CLI.run(["eval", "--no-default-rules", "--rules", pack.path, path])
    #expect(result.status == 2)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderrLines.first?.hasPrefix("remixlint: error: \(path):2: \(message)") == true)
  }

  @Test("a rule that hits a limit makes the evaluation incomplete: exit 2, naming the rule")
  func limitHit() throws {
    let pack = try FixturePack.make(extra: [("greedy.yaml", ExitCodeTests.greedy)])
    let long = String(repeating: "a", count: 40) + "b"
    let (folder, path) = try corpus([
      EvalCommandTests.lines[0], #"{"id": "g", "prompt": "\#(long)", "expect": "fail", "reasons": ["other"]}"#,
    ])
    _ = folder
    let result = try CLI.run(["eval", "--no-default-rules", "--rules", pack.path, path])
    // Like `check`, a limit hit must not count as "no match" silently.
    #expect(result.status == 2)
    #expect(result.stderr.contains("greedy"))
  }

  @Test("an out-of-range threshold is a usage error")
  func badThreshold() throws {
    let pack = try FixturePack.make()
    let (folder, path) = try corpus(EvalCommandTests.lines)
    _ = folder
    #expect(try CLI.run(["eval", "--no-default-rules", "--rules", pack.path, "--min-accuracy", "2", path]).status == 2)
  }
}
