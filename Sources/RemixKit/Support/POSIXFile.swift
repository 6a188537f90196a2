#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few POSIX calls the journal needs, each turning a failure into a ``JournalError``.
enum POSIXFile {
  /// The text of `errno`.
  static func errorText(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
  }

  static func failure(_ operation: String, _ path: String, code: Int32 = errno) -> JournalError {
    .fileSystem(operation: operation, path: path, code: code, message: errorText(code))
  }

  /// Creates every missing folder of `path` (a folder), each with `mode` (0700 by default).
  static func makeFolders(_ path: String, mode: mode_t = 0o700) throws(JournalError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for component in path.split(separator: "/") {
      prefix += prefix.isEmpty || prefix.hasSuffix("/") ? String(component) : "/" + component
      if mkdir(prefix, mode) != 0 {
        let code = errno
        guard code == EEXIST else { throw failure("mkdir", prefix, code: code) }
      }
    }
  }

  /// The folder part of `path` (`.` for a bare name).
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let folder = String(path[..<slash])
    return folder.isEmpty ? "/" : folder
  }

  /// Opens `path` with `flags`, retrying on EINTR; nil with `errno` set when it fails.
  static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o600) -> Int32? {
    while true {
      #if canImport(Darwin)
      let descriptor = Darwin.open(path, flags, mode)
      #else
      let descriptor = Glibc.open(path, flags, mode)
      #endif
      if descriptor >= 0 { return descriptor }
      if errno != EINTR { return nil }
    }
  }

  /// Syncs a folder so that a newly created file's name is durable.
  static func syncFolder(_ path: String) {
    guard let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC) else { return }
    _ = fsync(descriptor)
    _ = close(descriptor)
  }

  /// Reads the whole file from offset 0.
  static func readAll(_ descriptor: Int32, path: String) throws(JournalError) -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    var offset: off_t = 0
    while true {
      let count = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, offset) }
      if count < 0 {
        if errno == EINTR { continue }
        throw failure("read", path)
      }
      if count == 0 { return bytes }
      bytes += chunk[0..<count]
      offset += off_t(count)
    }
  }

  /// Writes every byte (the descriptor is in append mode), then syncs the file to disk.
  static func appendAndSync(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(JournalError) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      if written < 0 {
        if errno == EINTR { continue }
        throw failure("write", path)
      }
      offset += written
    }
    if fsync(descriptor) != 0 { throw failure("fsync", path) }
  }
}
