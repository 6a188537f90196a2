#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The journal while its lock is held (see ``SubmissionJournal/withExclusiveAccess(onWait:_:)``): read the
/// entries, append new ones. Not to be kept beyond the closure it is passed to.
public final class JournalSession {
  /// The journal file.
  public let path: String
  private let descriptor: Int32
  private let writable: Bool

  init(path: String, descriptor: Int32, writable: Bool) {
    self.path = path
    self.descriptor = descriptor
    self.writable = writable
  }

  /// Every entry in file order. A line that is not a well-formed entry throws
  /// ``JournalError/corruptLine(path:line:detail:)``; blank lines are skipped.
  public func entries() throws(JournalError) -> [JournalEntry] {
    let bytes = try POSIXFile.readAll(descriptor, path: path)
    var entries: [JournalEntry] = []
    var lineNumber = 0
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
      guard let text = String(validating: line, as: UTF8.self) else {
        throw .corruptLine(path: path, line: lineNumber, detail: "not valid UTF-8")
      }
      do {
        entries.append(try JournalEntry.parse(line: text))
      } catch {
        throw .corruptLine(path: path, line: lineNumber, detail: error.detail)
      }
    }
    return entries
  }

  /// Appends one entry as a line and syncs it to disk before returning.
  public func append(_ entry: JournalEntry) throws(JournalError) {
    precondition(writable, "the journal was opened for reading only")
    var line = Array((entry.jsonLine + "\n").utf8)
    if try lastByte().map({ $0 != UInt8(ascii: "\n") }) ?? false { line.insert(UInt8(ascii: "\n"), at: 0) }
    try POSIXFile.appendAndSync(descriptor, line, path: path)
  }

  private func lastByte() throws(JournalError) -> UInt8? {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw POSIXFile.failure("fstat", path) }
    guard info.st_size > 0 else { return nil }
    var byte: UInt8 = 0
    let count = pread(descriptor, &byte, 1, info.st_size - 1)
    guard count == 1 else { throw POSIXFile.failure("read", path) }
    return byte
  }
}
