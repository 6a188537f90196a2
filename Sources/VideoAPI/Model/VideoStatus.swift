/// The status of a video job.
///
/// The documented values are `queued`, `in_progress`, `completed` and `failed`; services also report `expired`
/// and `canceled`. Any other value is kept as ``unknown(_:)`` and treated as terminal, so polling never spins
/// forever on a status this client does not know.
public enum VideoStatus: Sendable, Hashable, Codable, CustomStringConvertible {
  /// Waiting to start (`queued`).
  case queued
  /// Rendering (`in_progress`); see ``Video/progress``.
  case inProgress
  /// Done; the content can be downloaded until ``Video/expiresAt``.
  case completed
  /// Failed; ``Video/error`` says why (e.g. a moderation block).
  case failed
  /// The assets are gone (`expired`).
  case expired
  /// Cancelled (`canceled`, also accepted as `cancelled`).
  case canceled
  /// A status this client does not know, kept verbatim and treated as terminal.
  case unknown(String)

  /// Maps a wire value to a status; unknown values are preserved.
  public init(rawValue: String) {
    switch rawValue {
    case "queued": self = .queued
    case "in_progress": self = .inProgress
    case "completed": self = .completed
    case "failed": self = .failed
    case "expired": self = .expired
    case "canceled", "cancelled": self = .canceled
    default: self = .unknown(rawValue)
    }
  }

  /// The wire value.
  public var rawValue: String {
    switch self {
    case .queued: "queued"
    case .inProgress: "in_progress"
    case .completed: "completed"
    case .failed: "failed"
    case .expired: "expired"
    case .canceled: "canceled"
    case .unknown(let value): value
    }
  }

  /// Whether the job will not change any more (everything except `queued` and `in_progress`).
  public var isTerminal: Bool {
    switch self {
    case .queued, .inProgress: false
    default: true
    }
  }

  public var description: String { rawValue }

  public init(from decoder: any Decoder) throws {
    self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
