import CPCRE2

/// A compiled PCRE2 pattern: immutable after `init`, JIT-compiled when the library supports it, and
/// safe to share between threads (each thread brings its own ``MatchScratch``).
///
/// Patterns are always compiled for UTF-8 with Unicode properties (`PCRE2_UTF | PCRE2_UCP`), so `\w`,
/// `\b`, `\d` and case-insensitive matching follow Unicode, and with `PCRE2_MATCH_INVALID_UTF`, so even
/// invalid bytes can never make a match loop re-validate the subject (the quadratic UTF-check trap).
public final class Pattern: @unchecked Sendable {
  /// Compile-time options beyond the fixed UTF/UCP set.
  public struct Options: OptionSet, Hashable, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    /// Case-insensitive matching with Unicode case folding (`(?i)`).
    public static let caseInsensitive = Options(rawValue: PCRE2_CASELESS)
    /// `^` and `$` match at line breaks (`(?m)`).
    public static let multiline = Options(rawValue: PCRE2_MULTILINE)
    /// `.` also matches a line break (`(?s)`).
    public static let dotAll = Options(rawValue: PCRE2_DOTALL)
  }

  /// Whether to JIT-compile.
  public enum JITMode: Sendable {
    /// Interpret only.
    case never
    /// JIT-compile when the library supports it; fall back to the interpreter silently otherwise.
    case attempt
  }

  /// The pattern text as given.
  public let source: String
  /// The options it was compiled with.
  public let options: Options
  /// The number of capture groups.
  public let captureCount: Int
  /// Named capture groups and their numbers (1-based).
  public let groupNumbers: [String: Int]
  /// Whether JIT code was produced for this pattern.
  public let isJITCompiled: Bool

  /// The compiled code; only read (by `pcre2_match`) once `init` has returned.
  let code: OpaquePointer

  /// Compiles `source`.
  /// - Throws: ``PCRE2Error/compile(code:message:offset:column:)`` with PCRE2's message and position.
  public convenience init(_ source: String, options: Options = [], jit: JITMode = .attempt) throws(PCRE2Error) {
    var errorCode: Int32 = 0
    var errorOffset = 0
    let flags = PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF | options.rawValue
    var text = source
    let compiled: OpaquePointer? = text.withUTF8 { buffer in
      pcre2_compile_8(
        buffer.baseAddress ?? Pattern.emptySubject, buffer.count, flags, &errorCode, &errorOffset, nil)
    }
    guard let compiled else {
      let utf8 = Array(source.utf8)
      let offset = min(max(0, errorOffset), utf8.count)
      let column = 1 + utf8[0..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
      throw .compile(code: errorCode, message: PCRE2Error.message(for: errorCode), offset: offset, column: column)
    }
    try self.init(adopting: compiled, source: source, options: options, jit: jit)
  }

  /// Wraps code compiled elsewhere (for example decoded from a serialized set) and takes ownership.
  init(adopting compiled: OpaquePointer, source: String, options: Options, jit: JITMode) throws(PCRE2Error) {
    code = compiled
    self.source = source
    self.options = options
    var count: UInt32 = 0
    pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
    captureCount = Int(count)
    groupNumbers = Pattern.readGroupNames(compiled)
    if jit == .attempt, Pattern.jitAvailable {
      isJITCompiled = pcre2_jit_compile_8(compiled, PCRE2_JIT_COMPLETE) == 0
    } else {
      isJITCompiled = false
    }
  }

  deinit {
    pcre2_code_free_8(code)
  }

  /// Whether this libpcre2 was built with JIT support.
  public static let jitAvailable: Bool = {
    var value: UInt32 = 0
    return pcre2_config_8(UInt32(PCRE2_CONFIG_JIT), &value) >= 0 && value == 1
  }()

  /// The version of the linked libpcre2-8, such as "10.42 2022-12-11".
  public static let libraryVersion: String = {
    var buffer = [UInt8](repeating: 0, count: 64)
    let length = buffer.withUnsafeMutableBytes { pcre2_config_8(UInt32(PCRE2_CONFIG_VERSION), $0.baseAddress) }
    guard length > 1 else { return "unknown" }
    return String(decoding: buffer[0..<Int(length - 1)], as: UTF8.self)
  }()

  /// A valid pointer for empty subjects and patterns.
  nonisolated(unsafe) static let emptySubject: UnsafePointer<UInt8> = {
    let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    pointer.initialize(to: 0)
    return UnsafePointer(pointer)
  }()

  private static func readGroupNames(_ code: OpaquePointer) -> [String: Int] {
    var count: UInt32 = 0
    var entrySize: UInt32 = 0
    var table: UnsafePointer<UInt8>?
    pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
    guard count > 0 else { return [:] }
    pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
    pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
    guard let table else { return [:] }
    var names: [String: Int] = [:]
    for index in 0..<Int(count) {
      let entry = table + index * Int(entrySize)
      let number = Int(entry[0]) << 8 | Int(entry[1])
      var length = 0
      while length < Int(entrySize) - 2, entry[2 + length] != 0 { length += 1 }
      let name = String(decoding: UnsafeBufferPointer(start: entry + 2, count: length), as: UTF8.self)
      names[name] = number
    }
    return names
  }
}
