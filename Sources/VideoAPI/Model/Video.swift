/// A video job as returned by `GET /v1/videos/{id}`, `POST /v1/videos/{id}/remix` and the list endpoint.
///
/// Decoding is lenient: unknown keys are ignored, unknown statuses are kept, nullable fields may be null or
/// absent, empty strings count as absent, and `size`/`seconds` are strings (a number is accepted too).
public struct Video: Sendable, Hashable, Decodable {
  /// The job id, e.g. `video_68d7512d…`.
  public var id: String
  /// The object type, normally `video`.
  public var object: String
  /// The model, e.g. `sora-2`; nil when the service omitted it.
  public var model: String?
  /// The job status.
  public var status: VideoStatus
  /// Approximate completion percentage, 0 to 100 (0 when absent).
  public var progress: Int
  /// Creation time, unix seconds; nil when the service omitted it.
  public var createdAt: Int?
  /// Completion time, unix seconds.
  public var completedAt: Int?
  /// When the downloadable assets expire, unix seconds.
  public var expiresAt: Int?
  /// The prompt the job was made from.
  public var prompt: String?
  /// For a remix, the id of the source video.
  public var remixedFromVideoID: String?
  /// The frame size as `WxH`, e.g. `720x1280`.
  public var size: String?
  /// The duration in seconds, as the service's string (e.g. `"4"`).
  public var seconds: String?
  /// Why the job failed, when it did.
  public var error: VideoJobError?

  /// Creates a video value (mostly for tests and callers that build fixtures).
  public init(
    id: String, object: String = "video", model: String? = nil, status: VideoStatus, progress: Int = 0,
    createdAt: Int? = nil, completedAt: Int? = nil, expiresAt: Int? = nil, prompt: String? = nil,
    remixedFromVideoID: String? = nil, size: String? = nil, seconds: String? = nil, error: VideoJobError? = nil
  ) {
    self.id = id
    self.object = object
    self.model = model
    self.status = status
    self.progress = progress
    self.createdAt = createdAt
    self.completedAt = completedAt
    self.expiresAt = expiresAt
    self.prompt = prompt
    self.remixedFromVideoID = remixedFromVideoID
    self.size = size
    self.seconds = seconds
    self.error = error
  }

  private enum CodingKeys: String, CodingKey {
    case id, object, model, status, progress, prompt, size, seconds, error
    case createdAt = "created_at"
    case completedAt = "completed_at"
    case expiresAt = "expires_at"
    case remixedFromVideoID = "remixed_from_video_id"
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    status = try container.decode(VideoStatus.self, forKey: .status)
    object = container.lenientString(forKey: .object) ?? "video"
    model = container.lenientString(forKey: .model)
    progress = min(max(container.lenientInt(forKey: .progress) ?? 0, 0), 100)
    createdAt = container.lenientInt(forKey: .createdAt)
    completedAt = container.lenientInt(forKey: .completedAt)
    expiresAt = container.lenientInt(forKey: .expiresAt)
    prompt = (try? container.decodeIfPresent(String.self, forKey: .prompt)) ?? nil
    remixedFromVideoID = container.lenientString(forKey: .remixedFromVideoID)
    size = container.lenientString(forKey: .size)
    seconds = container.lenientString(forKey: .seconds)
    let jobError = try? container.decodeIfPresent(VideoJobError.self, forKey: .error)
    error = (jobError?.code == nil && jobError?.message == nil) ? nil : jobError
  }
}
