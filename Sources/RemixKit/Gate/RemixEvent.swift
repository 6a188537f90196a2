/// Progress of a remix attempt, for a display (``RemixGate/onEvent``).
public enum RemixEvent: Sendable, Hashable {
  /// The source video is being retrieved.
  case checkingSource(String)
  /// Another process holds the journal lock; this attempt waits for it.
  case waitingForJournalLock(path: String)
  /// An unknown outcome is being reconciled by listing recent videos.
  case reconciling(entryID: String)
  /// The intent is recorded and the POST is being sent.
  case submitting(source: String, entryID: String)
}
