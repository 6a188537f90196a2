import CPCRE2

extension Pattern {
  /// The compiled code in PCRE2's serialized form (`pcre2_serialize_encode`), so a build step can
  /// compile once and ship the result; ``init(serialized:source:options:jit:)`` restores it without
  /// compiling. The form is specific to the PCRE2 version, code unit width and architecture; JIT code is
  /// not included.
  public func serialized() -> [UInt8]? {
    var bytes: UnsafeMutablePointer<UInt8>?
    var size = 0
    var first: OpaquePointer? = code
    let result = withExtendedLifetime(self) { pcre2_serialize_encode_8(&first, 1, &bytes, &size, nil) }
    guard result == 1, let bytes else { return nil }
    defer { pcre2_serialize_free_8(bytes) }
    return Array(UnsafeBufferPointer(start: bytes, count: size))
  }

  /// Restores a pattern from ``serialized()`` bytes made by the same PCRE2 build.
  /// - Throws: ``PCRE2Error/match(code:message:)`` with PCRE2's reason when the bytes do not fit this
  ///   library (another version or architecture); callers then compile `source` instead.
  public convenience init(
    serialized bytes: UnsafeRawBufferPointer, source: String, options: Options = [], jit: JITMode = .attempt
  ) throws(PCRE2Error) {
    guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else {
      throw .match(code: PCRE2_ERROR_BADSERIALIZEDDATA, message: PCRE2Error.message(for: PCRE2_ERROR_BADSERIALIZEDDATA))
    }
    let count = pcre2_serialize_get_number_of_codes_8(base)
    guard count == 1 else {
      let code = count < 0 ? count : PCRE2_ERROR_BADSERIALIZEDDATA
      throw .match(code: code, message: PCRE2Error.message(for: code))
    }
    var decoded: OpaquePointer?
    let result = pcre2_serialize_decode_8(&decoded, 1, base, nil)
    guard result == 1, let decoded else {
      throw .match(code: result, message: PCRE2Error.message(for: result))
    }
    try self.init(adopting: decoded, source: source, options: options, jit: jit)
  }
}
