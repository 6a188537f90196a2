/// Resource limits applied to every `pcre2_match` call, so that a pathological pattern ends with a
/// typed error (`PCRE2Error.matchLimit`, ...) instead of hanging.
public struct MatchLimits: Hashable, Sendable {
  /// PCRE2's `match_limit`: how many times the internal match function may be entered (backtracking
  /// steps) in one call. Honoured by the interpreter and by JIT code.
  public var matchLimit: UInt32
  /// PCRE2's `depth_limit`: how deeply backtracking may nest. Honoured by the interpreter only.
  public var depthLimit: UInt32
  /// PCRE2's `heap_limit` in KiB: the heap the interpreter may use for backtracking frames.
  public var heapLimitKiB: UInt32

  /// Creates limits; the defaults stop `(a+)+$` on forty `a`s and a `b` within a few milliseconds while
  /// leaving ordinary patterns on 32,000-character prompts far below the limit.
  public init(matchLimit: UInt32 = 1_000_000, depthLimit: UInt32 = 10_000, heapLimitKiB: UInt32 = 65_536) {
    self.matchLimit = matchLimit
    self.depthLimit = depthLimit
    self.heapLimitKiB = heapLimitKiB
  }

  /// The limits used when a rule does not set its own.
  public static let standard = MatchLimits()
}
