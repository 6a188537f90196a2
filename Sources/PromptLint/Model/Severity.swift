/// How much a finding matters. A prompt passes when it has no `error` findings (`--strict` counts
/// warnings too).
public enum Severity: String, CaseIterable, Comparable, Hashable, Sendable {
  case info
  case warning
  case error

  private var rank: Int {
    switch self {
    case .info: return 0
    case .warning: return 1
    case .error: return 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
