import Foundation
import Testing

@Suite("remixlint check inputs")
struct InputTests {
  @Test("a prompt from standard input with '-'")
  func standardInput() throws {
    let pack = try FixturePack.make()
    let result = try FixturePack.check(pack, ["-"], stdin: "Fix the TODO\n")
    #expect(result.status == 1)
    #expect(result.stdoutLines.first == "<stdin>:1:9: error: Leftover TODO. [no-todo]")
  }

  @Test("a multi-line prompt from standard input")
  func multiLineStandardInput() throws {
    let pack = try FixturePack.make()
    let result = try FixturePack.check(pack, ["-"], stdin: "First line.\r\nThen 🎬 FIXME\nend\n")
    #expect(result.status == 1)
    #expect(result.stdoutLines.first == "<stdin>:2:8: error: Leftover FIXME. [no-todo]")
  }

  @Test("a whole file is one prompt with --file")
  func wholeFile() throws {
    let pack = try FixturePack.make()
    let prompts = try TempFolder()
    let path = try prompts.write("x.txt", "First line.\nSecond TODO here.\n\nMake it vibrant.\n")
    let result = try FixturePack.check(pack, ["--file", path])
    #expect(result.status == 1)
    #expect(
      result.stdoutLines == [
        "\(path):2:8: error: Leftover TODO. [no-todo]",
        "    suggestion: Replace it with the real request.",
        "\(path):4:9: warning: 'vibrant' is vague. [vague-vibrant]",
        "1 prompt checked: 0 passed, 1 failed (1 error, 1 warning, 0 infos)",
      ])
  }

  @Test("a missing file is an input error")
  func missingFile() throws {
    let pack = try FixturePack.make()
    let result = try FixturePack.check(pack, ["--file", pack.path + "/nope.txt"])
    #expect(result.status == 2)
    #expect(result.stderrLines == ["remixlint: error: \(pack.path)/nope.txt: no such file or directory"])
  }

  @Test(".jsonl: ids echoed in JSON output, results in input order, with any number of jobs")
  func jsonLines() throws {
    let pack = try FixturePack.make()
    let prompts = try TempFolder()
    var lines = [
      #"{"id": "b", "prompt": "Fix the TODO."}"#,
      #"{"id": 7, "prompt": "Make it vibrant."}"#,
      #"{"prompt": "Make the sky overcast."}"#,
    ]
    lines += (0..<40).map { #"{"id": "n\#($0)", "prompt": "\#($0.isMultiple(of: 3) ? "TODO" : "fine") \#($0)"}"# }
    let path = try prompts.write("p.jsonl", lines.joined(separator: "\n") + "\n")
    let result = try FixturePack.check(pack, ["--format", "json", "--file", path])
    #expect(result.status == 1)
    let results = try #require(try result.json()["results"] as? [[String: Any]])
    #expect(results.count == 43)
    #expect(results[0]["id"] as? String == "b")
    #expect(results[1]["id"] as? String == "7")
    #expect(results[2]["id"] is NSNull)
    #expect(results.dropFirst(3).map { $0["id"] as? String } == (0..<40).map { "n\($0)" })
    #expect(results.prefix(3).map { $0["source"] as? String } == ["\(path)#b", "\(path)#7", "\(path)#L3"])
    #expect(results.prefix(3).map { $0["passed"] as? Bool } == [false, true, true])
    #expect(results.dropFirst(3).map { $0["passed"] as? Bool } == (0..<40).map { !$0.isMultiple(of: 3) })
    for jobs in ["2", "4"] {
      let parallel = try FixturePack.check(pack, ["--format", "json", "--jobs", jobs, "--file", path])
      #expect(parallel.status == 1)
      #expect(parallel.stdout == result.stdout)
    }
  }

  @Test("several prompt arguments are named <arg1>, <arg2>...; a prompt starting with '-' goes after '--'")
  func arguments() throws {
    let pack = try FixturePack.make()
    let result = try FixturePack.check(pack, ["TODO", "fine", "--", "-FIXME"])
    #expect(result.status == 1)
    #expect(
      result.stdoutLines.filter { !$0.hasPrefix(" ") } == [
        "<arg1>:1:1: error: Leftover TODO. [no-todo]",
        "<arg3>:1:2: error: Leftover FIXME. [no-todo]",
        "3 prompts checked: 1 passed, 2 failed (2 errors, 0 warnings, 0 infos)",
      ])
  }

  @Test("prompts from arguments, standard input and files together")
  func mixedInputs() throws {
    let pack = try FixturePack.make()
    let prompts = try TempFolder()
    let path = try prompts.write("a.txt", "TODO")
    let result = try FixturePack.check(pack, ["--format", "json", "--file", path, "fine", "-"], stdin: "maybe")
    let results = try #require(try result.json()["results"] as? [[String: Any]])
    #expect(results.map { $0["source"] as? String } == ["<arg1>", "<stdin>", path])
  }
}
