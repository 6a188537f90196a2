/// One page of `GET /v1/videos`: `{data, has_more, first_id, last_id}`.
public struct VideoList: Sendable, Hashable, Decodable {
  /// The videos on this page, in the requested order.
  public var data: [Video]
  /// Whether another page follows (pass ``lastID`` as `after` to get it).
  public var hasMore: Bool
  /// The id of the first video on this page.
  public var firstID: String?
  /// The id of the last video on this page.
  public var lastID: String?

  /// Creates a page value (mostly for tests and fixtures).
  public init(data: [Video], hasMore: Bool, firstID: String?, lastID: String?) {
    self.data = data
    self.hasMore = hasMore
    self.firstID = firstID
    self.lastID = lastID
  }

  private enum CodingKeys: String, CodingKey {
    case data
    case hasMore = "has_more"
    case firstID = "first_id"
    case lastID = "last_id"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    data = try container.decode([Video].self, forKey: .data)
    hasMore = container.lenientBool(forKey: .hasMore) ?? false
    firstID = container.lenientString(forKey: .firstID) ?? data.first?.id
    lastID = container.lenientString(forKey: .lastID) ?? data.last?.id
  }
}
