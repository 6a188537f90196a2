#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a file (or standard input) line by line with `getline`, so files of any size stream in
/// constant memory, without Foundation.
public final class LineReader {
  private let handle: UnsafeMutablePointer<FILE>
  private let ownsHandle: Bool
  private var buffer: UnsafeMutablePointer<CChar>?
  private var capacity = 0

  /// Opens `path`; throws an ``InputError`` naming it when it cannot be read.
  public init(path: String) throws(InputError) {
    guard let file = fopen(path, "rb") else {
      throw InputError(file: path, String(cString: strerror(errno)).lowercased())
    }
    handle = file
    ownsHandle = true
  }

  /// Reads standard input.
  public init(standardInput: Void = ()) {
    handle = fdopen(0, "rb")
    ownsHandle = false
  }

  deinit {
    free(buffer)
    if ownsHandle { fclose(handle) }
  }

  /// The next line's bytes without its `\n` (and without a `\r` before it), or `nil` at the end.
  public func nextLine() -> [UInt8]? {
    let length = getline(&buffer, &capacity, handle)
    guard length >= 0, let buffer else { return nil }
    var count = length
    if count > 0, buffer[count - 1] == 0x0A { count -= 1 }
    if count > 0, buffer[count - 1] == 0x0D { count -= 1 }
    return buffer.withMemoryRebound(to: UInt8.self, capacity: count) { Array(UnsafeBufferPointer(start: $0, count: count)) }
  }

  /// Everything that is left, as bytes.
  public func readAll() -> [UInt8] {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let read = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, handle) }
      if read <= 0 { break }
      bytes.append(contentsOf: chunk[0..<read])
    }
    return bytes
  }
}
