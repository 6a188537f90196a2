import DefaultRules
import Dispatch
import PCRE2
import PromptLint

// remixlint-bench: in-process measurements for Benchmarks/run.sh.
//
//   remixlint-bench compile [RUNS]          load and compile the default rules (interpreted, and with JIT)
//   remixlint-bench lint FILE.jsonl [JOBS]  lint every prompt of a .jsonl file in-process (prompts/s)
//
// Prints one line per figure: `name value unit` (medians over RUNS runs), for the script to read.

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func measureCompile(runs: Int) throws {
  for (name, jit) in [("compile_interpreted_ms", Pattern.JITMode.never), ("compile_jit_ms", .attempt)] {
    var times: [Double] = []
    for _ in 0..<runs {
      let start = now()
      let ruleSet = try RuleSet(packs: [DefaultRules.pack], jit: jit)
      _ = Linter(ruleSet: ruleSet).lint("Make the sky overcast.")
      times.append(Double(now() - start) / 1e6)
    }
    print("\(name) \(median(times)) ms")
  }
}

func measureLint(path: String, jobs: Int) throws {
  var prompts: [String] = []
  try PromptFile.forEachJSONLine(path: path) { item, _, _ in
    if case .success(let input) = item { prompts.append(input.text) }
  }
  let linter = Linter(ruleSet: try RuleSet(packs: [DefaultRules.pack], jit: .attempt))
  _ = linter.lint(Array(prompts.prefix(100)), jobs: jobs)
  let start = now()
  let results = linter.lint(prompts, jobs: jobs)
  let seconds = Double(now() - start) / 1e9
  let findings = results.reduce(0) { $0 + $1.findings.count }
  print("lint_prompts \(prompts.count) prompts")
  print("lint_findings \(findings) findings")
  print("lint_throughput \(Double(prompts.count) / seconds) prompts/s")
}

func profile(path: String) throws {
  var prompts: [String] = []
  try PromptFile.forEachJSONLine(path: path) { item, _, _ in
    if case .success(let input) = item { prompts.append(input.text) }
  }
  let ruleSet = try RuleSet(packs: [DefaultRules.pack], jit: .attempt)
  ruleSet.prepareAll()
  let linter = Linter(ruleSet: ruleSet)
  let scratch = MatchScratch()
  let profile = PatternProfile()
  for prompt in prompts { _ = linter.lint(prompt, scratch: scratch, profile: profile) }
  for entry in profile.top(40) {
    print("\(entry.key) \(entry.calls) calls \(entry.milliseconds) ms")
  }
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
  switch arguments.first {
  case "compile":
    try measureCompile(runs: arguments.count > 1 ? Int(arguments[1]) ?? 5 : 5)
  case "profile" where arguments.count >= 2:
    try profile(path: arguments[1])
  case "lint" where arguments.count >= 2:
    try measureLint(path: arguments[1], jobs: arguments.count > 2 ? Int(arguments[2]) ?? 1 : 1)
  default:
    print("usage: remixlint-bench compile [RUNS] | lint FILE.jsonl [JOBS]")
  }
} catch {
  print("error: \(error)")
}
