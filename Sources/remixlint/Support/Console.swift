#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes to standard output (buffered, flushed at exit or when asked) and standard error (unbuffered).
/// Only the command's own flow writes output, from one task at a time.
enum Console {
  nonisolated(unsafe) private static var buffer: [UInt8] = []

  static func out(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 64 * 1024 { flush() }
  }

  static func flush() {
    buffer.withUnsafeBytes { write(1, $0) }
    buffer.removeAll(keepingCapacity: true)
  }

  static func error(_ text: String) {
    flush()
    let line = text.hasSuffix("\n") ? text : text + "\n"
    Array(line.utf8).withUnsafeBytes { write(2, $0) }
  }

  /// Writes to stderr without adding a line break (progress displays).
  static func errorRaw(_ text: String) {
    Array(text.utf8).withUnsafeBytes { write(2, $0) }
  }

  /// Whether standard error is a terminal (for progress display).
  static var stderrIsTerminal: Bool { isatty(2) == 1 }

  private static func write(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) {
    var offset = 0
    while offset < bytes.count {
      #if canImport(Glibc)
        let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      #else
        let written = Darwin.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      #endif
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += written
    }
  }
}
