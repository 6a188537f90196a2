import CPCRE2

/// The per-thread working memory for matching: match data (the ovector), a match context carrying the
/// limits, and, when a deep match needs it, a private JIT stack.
///
/// A `MatchScratch` must not be used by two threads at once; create one per task or worker and reuse it
/// for every pattern that worker runs. Compiled ``Pattern``s, in contrast, are shared freely.
public final class MatchScratch {
  private(set) var matchData: OpaquePointer
  private var pairCapacity: Int
  let context: OpaquePointer
  private var jitStack: OpaquePointer?
  private var appliedLimits: MatchLimits?

  /// The largest JIT stack a scratch will grow to (the address space is reserved lazily by PCRE2).
  public static let maximumJITStackBytes = 64 * 1024 * 1024

  /// Creates working memory for patterns with up to `captureGroups` groups (it grows when needed).
  public init(captureGroups: Int = 9) {
    pairCapacity = max(1, captureGroups + 1)
    guard let data = pcre2_match_data_create_8(UInt32(pairCapacity), nil),
      let context = pcre2_match_context_create_8(nil)
    else {
      fatalError("PCRE2 could not allocate match data")
    }
    matchData = data
    self.context = context
  }

  deinit {
    pcre2_match_data_free_8(matchData)
    pcre2_match_context_free_8(context)
    if let jitStack { pcre2_jit_stack_free_8(jitStack) }
  }

  /// Makes sure the ovector holds `pairs` pairs.
  func reserve(pairs: Int) {
    guard pairs > pairCapacity else { return }
    guard let data = pcre2_match_data_create_8(UInt32(pairs), nil) else { return }
    pcre2_match_data_free_8(matchData)
    matchData = data
    pairCapacity = pairs
  }

  /// Sets the limits on the match context (a no-op when they are already in force).
  func apply(_ limits: MatchLimits) {
    guard appliedLimits != limits else { return }
    pcre2_set_match_limit_8(context, limits.matchLimit)
    pcre2_set_depth_limit_8(context, limits.depthLimit)
    pcre2_set_heap_limit_8(context, limits.heapLimitKiB)
    appliedLimits = limits
  }

  /// Gives JIT code a private, larger stack after it ran out of the default 32 KiB one.
  /// Returns false when it already had the largest stack.
  func growJITStack() -> Bool {
    guard jitStack == nil else { return false }
    guard let stack = pcre2_jit_stack_create_8(32 * 1024, MatchScratch.maximumJITStackBytes, nil) else {
      return false
    }
    pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(stack))
    jitStack = stack
    return true
  }
}
