import PromptLint
import Testing

@Suite("linting batches")
struct ParallelLintTests {
  @Test("jobs 1 and 4 give identical results, in input order")
  func jobsAgree() throws {
    let linter = try Fixture.linter(
      Fixture.rule("id", message: "{match}", patterns: [#"\bp\d+\b"#]),
      Fixture.rule("vibrant", severity: .warning, patterns: [#"\bvibrant\b"#]),
      Fixture.rule("one-change", kind: .count, roles: ["change"], patterns: [#"\w"#], max: 1, unit: .change))
    let prompts = (0..<57).map { index in
      switch index % 4 {
      case 0: return "p\(index): make the light warmer"
      case 1: return "p\(index): vibrant 🎬 カメラ; make the palette teal"
      case 2: return ""
      default: return "p\(index)\nsecond line vibrant and swap the dog"
      }
    }
    let serial = linter.lint(prompts, jobs: 1)
    let parallel = linter.lint(prompts, jobs: 4)
    #expect(serial.count == prompts.count)
    #expect(serial == parallel)
    #expect(serial == prompts.map { linter.lint($0) })
    for (index, result) in parallel.enumerated() where index % 4 != 2 {
      #expect(result.findings.first { $0.rule == "id" }?.message == "p\(index)")
    }
  }

  @Test("more jobs than prompts, and no prompts at all")
  func edgeCases() throws {
    let linter = try Fixture.linter(Fixture.rule("x", patterns: ["x"]))
    #expect(linter.lint(["x", "y"], jobs: 8).map(\.findings.count) == [1, 0])
    #expect(linter.lint([], jobs: 4).isEmpty)
  }
}
