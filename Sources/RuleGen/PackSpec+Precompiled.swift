import PromptLint

extension PackSpec {
  /// Attaches build-time compiled code to every pattern of the pack that has some.
  mutating func attachPrecompiled(_ serialized: [String: String]) {
    func attach(_ specs: inout [PatternSpec]) {
      for index in specs.indices { specs[index].precompiled = serialized[specs[index].precompiledKey] }
    }
    attach(&sentenceBoundaries)
    attach(&clauseBoundaries)
    for index in roles.indices { attach(&roles[index].patterns) }
    for index in aspects.indices { attach(&aspects[index].patterns) }
    for index in rules.indices {
      attach(&rules[index].patterns)
      attach(&rules[index].exceptions)
      attach(&rules[index].when)
      attach(&rules[index].then)
      attach(&rules[index].onlyIf)
      attach(&rules[index].unless)
    }
  }
}
