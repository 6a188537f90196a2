#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The append-only record of remix submissions (JSON Lines; see ``JournalEntry``), shared safely by several
/// processes: every check-then-submit runs under an exclusive `flock` on the journal file, held until the
/// outcome is written, so a second process waits and then sees the first one's entries.
///
/// A missing folder is created with mode 0700, a missing file with mode 0600.
public struct SubmissionJournal: Sendable {
  /// The journal file.
  public let path: String
  /// How often a waiting caller tries the lock again.
  public var lockRetryInterval: Duration

  /// A journal at `path` (nothing is created until it is first written).
  public init(path: String, lockRetryInterval: Duration = .milliseconds(25)) {
    self.path = path
    self.lockRetryInterval = lockRetryInterval
  }

  /// Runs `body` with the journal opened for reading and appending (created if missing) under an exclusive
  /// lock; the lock is released and the file closed when `body` returns or throws.
  /// - Parameter onWait: called once if another process holds the lock, before waiting for it.
  public func withExclusiveAccess<Result>(
    onWait: (() -> Void)? = nil, _ body: (JournalSession) async throws(JournalError) -> Result
  ) async throws(JournalError) -> Result {
    let descriptor = try openForWriting()
    defer { _ = close(descriptor) }
    try await lock(descriptor, exclusive: true, onWait: onWait)
    defer { _ = flock(descriptor, LOCK_UN) }
    return try await body(JournalSession(path: path, descriptor: descriptor, writable: true))
  }

  /// The entries, read under a shared lock; an empty list when the journal does not exist yet (it is not
  /// created).
  public func readEntries(onWait: (() -> Void)? = nil) async throws(JournalError) -> [JournalEntry] {
    guard let descriptor = POSIXFile.open(path, O_RDONLY | O_CLOEXEC) else {
      let code = errno
      if code == ENOENT { return [] }
      throw POSIXFile.failure("open", path, code: code)
    }
    defer { _ = close(descriptor) }
    try await lock(descriptor, exclusive: false, onWait: onWait)
    defer { _ = flock(descriptor, LOCK_UN) }
    return try JournalSession(path: path, descriptor: descriptor, writable: false).entries()
  }

  private func openForWriting() throws(JournalError) -> Int32 {
    let flags = O_RDWR | O_APPEND | O_CLOEXEC
    if let descriptor = POSIXFile.open(path, flags) { return descriptor }
    guard errno == ENOENT else { throw POSIXFile.failure("open", path) }
    let folder = POSIXFile.folder(of: path)
    try POSIXFile.makeFolders(folder)
    guard let descriptor = POSIXFile.open(path, flags | O_CREAT, mode: 0o600) else {
      throw POSIXFile.failure("create", path)
    }
    POSIXFile.syncFolder(folder)
    return descriptor
  }

  /// Takes the lock without blocking a thread: tries, then sleeps `lockRetryInterval` and tries again.
  private func lock(_ descriptor: Int32, exclusive: Bool, onWait: (() -> Void)?) async throws(JournalError) {
    var waited = false
    while true {
      if flock(descriptor, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) == 0 { return }
      let code = errno
      guard code == EWOULDBLOCK || code == EINTR else { throw POSIXFile.failure("flock", path, code: code) }
      if !waited, code == EWOULDBLOCK {
        waited = true
        onWait?()
      }
      do {
        try await Task.sleep(for: lockRetryInterval)
      } catch {
        throw .cancelled(path: path)
      }
    }
  }
}
