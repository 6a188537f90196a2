import Dispatch

/// Where matching time goes: calls and nanoseconds per pattern (keyed `file:line`), collected when a
/// profile is passed to ``Linter/lint(_:scratch:profile:)``. For tuning rule packs (`remixlint-bench`).
public final class PatternProfile {
  public private(set) var calls: [String: Int] = [:]
  public private(set) var nanoseconds: [String: UInt64] = [:]

  public init() {}

  func record(_ key: String, _ elapsed: UInt64) {
    calls[key, default: 0] += 1
    nanoseconds[key, default: 0] += elapsed
  }

  /// The `count` most expensive patterns, as (key, calls, milliseconds).
  public func top(_ count: Int) -> [(key: String, calls: Int, milliseconds: Double)] {
    nanoseconds.sorted { $0.value > $1.value }.prefix(count).map { ($0.key, calls[$0.key] ?? 0, Double($0.value) / 1e6) }
  }
}
