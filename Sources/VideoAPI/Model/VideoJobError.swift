/// The error recorded on a failed job (`error` in the Video object), e.g. a moderation block.
public struct VideoJobError: Sendable, Hashable, Codable {
  /// A machine-readable code such as `moderation_blocked`; nil when absent or empty.
  public var code: String?
  /// A human-readable message; nil when absent or empty.
  public var message: String?

  /// Creates a job error; pass nil for an absent field.
  public init(code: String?, message: String?) {
    self.code = code
    self.message = message
  }

  private enum CodingKeys: String, CodingKey { case code, message }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    code = container.lenientString(forKey: .code)
    message = container.lenientString(forKey: .message)
  }
}
