import Foundation
import Testing

/// The few CLI tests about the built-in pack; they assert only facts that hold whatever its rules say.
@Suite("remixlint with its default rules")
struct DefaultPackTests {
  func reasons(_ result: CLIResult) throws -> [String] {
    let results = try #require(try result.json()["results"] as? [[String: Any]])
    let findings = try #require(results.first?["findings"] as? [[String: Any]])
    return findings.filter { $0["severity"] as? String == "error" }.compactMap { $0["reason"] as? String }
  }

  @Test("an empty prompt fails with reason empty")
  func empty() throws {
    let result = try CLI.run(["check", "--format", "json", ""])
    #expect(result.status == 1)
    #expect(try reasons(result).contains("empty"))
  }

  @Test("{{palette}} fails with reason placeholder")
  func placeholder() throws {
    let result = try CLI.run(["check", "--format", "json", "{{palette}}"])
    #expect(result.status == 1)
    #expect(try reasons(result).contains("placeholder"))
  }

  @Test("a plain single change passes")
  func plainChange() throws {
    let result = try CLI.run(["check", "Make the sky overcast."])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdout.hasSuffix("1 prompt checked: 1 passed, 0 failed (0 errors, 0 warnings, 0 infos)\n"))
  }

  @Test("rules test on the default pack passes")
  func rulesTest() throws {
    let result = try CLI.run(["rules", "test"])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    #expect(result.stdoutLines.last?.hasSuffix("examples: all passed") == true)
  }

  @Test("every pattern of the default pack, as printed, compiles with PCRE2")
  func patternsCompile() throws {
    let result = try CLI.run(["rules", "patterns"])
    #expect(result.status == 0)
    try expectCompiles(result.stdoutLines)
  }

  @Test("the binary copied alone to another folder still has its default rules")
  func copiedBinary() throws {
    let binary = try #require(CLI.binary, CLI.notFound)
    let folder = try TempFolder()
    let copy = URL(fileURLWithPath: folder.path).appendingPathComponent("remixlint")
    try FileManager.default.copyItem(at: binary, to: copy)
    let list = try CLI.run(["rules", "list"], in: folder.path, binary: copy)
    #expect(list.status == 0, "\(list.stderr)")
    let summary = try #require(list.stdoutLines.last)
    #expect(summary.wholeMatch(of: /[1-9]\d* rules from .+ \(rules\)/) != nil, "\(summary)")
    #expect(list.stdoutLines.count > 1)
    let empty = try CLI.run(["check", ""], in: folder.path, binary: copy)
    #expect(empty.status == 1)
  }
}
