import NIOCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file next to a download's target (`.<name>.part-<random>`), renamed into place only when complete.
///
/// Until ``commit()`` succeeds the target is untouched; ``discard()`` (also called by a failed commit) removes the
/// temporary file, so a failed or cancelled download leaves nothing behind.
final class PartialFile {
  /// Why a file operation failed.
  struct Failure: Error {
    let operation: String
    let path: String
    let code: Int32

    var message: String {
      guard let text = strerror(code) else { return "error \(code)" }
      return String(cString: text)
    }
  }

  let targetPath: String
  let temporaryPath: String
  private let directory: String
  private var descriptor: Int32
  private(set) var bytesWritten: Int64 = 0

  /// Creates the temporary file (exclusively, mode 0644 before the umask) in the target's directory.
  init(target: String) throws(Failure) {
    let (prefix, name) = Self.split(target)
    guard !name.isEmpty, name != ".", name != ".." else {
      throw Failure(operation: "use", path: target, code: EISDIR)
    }
    var random = SystemRandomNumberGenerator()
    let suffix = String(random.next() as UInt64, radix: 16)
    let temporary = prefix + ".\(name).part-\(suffix)"
    let directory = prefix.isEmpty ? "." : prefix
    let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
    let descriptor = open(temporary, flags, 0o644)
    guard descriptor >= 0 else { throw Failure(operation: "create", path: temporary, code: errno) }
    self.targetPath = target
    self.temporaryPath = temporary
    self.directory = directory
    self.descriptor = descriptor
  }

  deinit {
    if descriptor >= 0 {
      close(descriptor)
      unlink(temporaryPath)
    }
  }

  /// Appends the buffer's readable bytes.
  func write(_ buffer: ByteBuffer) throws(Failure) {
    let result: Int32 = buffer.withUnsafeReadableBytes { raw in
      var offset = 0
      while offset < raw.count {
        let written = systemWrite(descriptor, raw.baseAddress! + offset, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return 0
    }
    guard result == 0 else { throw Failure(operation: "write", path: temporaryPath, code: result) }
    bytesWritten += Int64(buffer.readableBytes)
  }

  /// Flushes the data to disk, closes the file, renames it to the target and syncs the directory.
  /// On failure the temporary file is removed.
  func commit() throws(Failure) {
    do throws(Failure) {
      guard fsync(descriptor) == 0 else { throw Failure(operation: "fsync", path: temporaryPath, code: errno) }
      let closed = close(descriptor)
      descriptor = -1
      guard closed == 0 else { throw Failure(operation: "close", path: temporaryPath, code: errno) }
      guard rename(temporaryPath, targetPath) == 0 else {
        throw Failure(operation: "rename to", path: targetPath, code: errno)
      }
    } catch {
      discard()
      throw error
    }
    let directoryDescriptor = open(directory, O_RDONLY | O_CLOEXEC)
    if directoryDescriptor >= 0 {
      _ = fsync(directoryDescriptor)
      close(directoryDescriptor)
    }
  }

  /// Closes and removes the temporary file; the target is left as it was.
  func discard() {
    if descriptor >= 0 {
      close(descriptor)
      descriptor = -1
    }
    unlink(temporaryPath)
  }

  /// The directory part including its final slash (empty when none) and the last path component.
  static func split(_ path: String) -> (prefix: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return ("", path) }
    return (String(path[...slash]), String(path[path.index(after: slash)...]))
  }
}

/// The C `write`, named apart from `PartialFile.write`.
@inline(__always)
private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
  #if canImport(Darwin)
  return Darwin.write(descriptor, pointer, count)
  #elseif canImport(Musl)
  return Musl.write(descriptor, pointer, count)
  #else
  return Glibc.write(descriptor, pointer, count)
  #endif
}
