/// The sort order of `GET /v1/videos` (by creation time).
public enum ListOrder: String, Sendable, Hashable, CaseIterable {
  /// Oldest first.
  case asc
  /// Newest first.
  case desc
}
