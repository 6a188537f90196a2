/// The list page `{object, data, first_id, last_id, has_more}`.
struct ListJSON: Encodable {
  let data: [VideoJSON]
  let firstID: String?
  let lastID: String?
  let hasMore: Bool

  private enum Keys: String, CodingKey {
    case object, data
    case firstID = "first_id"
    case lastID = "last_id"
    case hasMore = "has_more"
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode("list", forKey: .object)
    try container.encode(data, forKey: .data)
    try container.encode(firstID, forKey: .firstID)
    try container.encode(lastID, forKey: .lastID)
    try container.encode(hasMore, forKey: .hasMore)
  }
}
