import CPCRE2

/// An error reported by PCRE2, either while compiling a pattern or while matching.
public enum PCRE2Error: Error, Equatable, Sendable, CustomStringConvertible {
  /// The pattern does not compile. `offset` is the byte offset in the pattern where PCRE2 stopped,
  /// `column` the same position as a 1-based count of Unicode scalars (what a person counts).
  case compile(code: Int32, message: String, offset: Int, column: Int)
  /// The match limit (`match_limit`) was reached: the pattern backtracks too much on this subject.
  case matchLimit
  /// The depth limit (`depth_limit`) was reached: backtracking nested too deeply.
  case depthLimit
  /// The heap limit was reached while matching.
  case heapLimit
  /// The JIT stack was too small even after the fallback to the interpreter.
  case jitStackLimit
  /// PCRE2 could not get the memory it needed.
  case noMemory
  /// Any other negative result from `pcre2_match`.
  case match(code: Int32, message: String)

  /// True for the errors that mean "this pattern is too expensive on this subject", as opposed to a bug.
  public var isResourceLimit: Bool {
    switch self {
    case .matchLimit, .depthLimit, .heapLimit, .jitStackLimit: return true
    default: return false
    }
  }

  public var description: String {
    switch self {
    case .compile(_, let message, _, let column):
      return "\(message) at column \(column)"
    case .matchLimit: return "match limit exceeded (the pattern backtracks too much on this prompt)"
    case .depthLimit: return "depth limit exceeded (the pattern nests backtracking too deeply on this prompt)"
    case .heapLimit: return "heap limit exceeded while matching"
    case .jitStackLimit: return "JIT stack limit exceeded"
    case .noMemory: return "PCRE2 ran out of memory"
    case .match(let code, let message): return "match error \(code): \(message)"
    }
  }

  /// Maps a negative `pcre2_match` result to an error.
  static func fromMatchResult(_ code: Int32) -> PCRE2Error {
    switch code {
    case PCRE2_ERROR_MATCHLIMIT: return .matchLimit
    case PCRE2_ERROR_DEPTHLIMIT: return .depthLimit
    case PCRE2_ERROR_HEAPLIMIT: return .heapLimit
    case PCRE2_ERROR_JIT_STACKLIMIT: return .jitStackLimit
    case PCRE2_ERROR_NOMEMORY: return .noMemory
    default: return .match(code: code, message: PCRE2Error.message(for: code))
    }
  }

  /// PCRE2's own text for an error code.
  public static func message(for code: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 256)
    let length = buffer.withUnsafeMutableBufferPointer { pointer in
      pcre2_get_error_message_8(code, pointer.baseAddress, pointer.count)
    }
    guard length > 0 else { return "unknown PCRE2 error \(code)" }
    return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
  }
}
