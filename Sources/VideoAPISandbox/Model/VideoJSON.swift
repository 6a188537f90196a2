/// The JSON form of a job: retrieve and list send every key (nulls included), remix omits null keys, as
/// CometAPI does. A completed job also carries an extra `video_url` key that clients must ignore.
struct VideoJSON: Encodable {
  let job: SandboxJob
  let omitNulls: Bool
  let storageBase: String

  private enum Keys: String, CodingKey {
    case id, object, model, status, progress, prompt, size, seconds, error
    case createdAt = "created_at"
    case completedAt = "completed_at"
    case expiresAt = "expires_at"
    case remixedFromVideoID = "remixed_from_video_id"
    case videoURL = "video_url"
  }

  private struct JobError: Encodable {
    let code: String?
    let message: String?
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: Keys.self)
    try container.encode(job.id, forKey: .id)
    try container.encode("video", forKey: .object)
    try container.encode(job.model, forKey: .model)
    try container.encode(job.status, forKey: .status)
    try container.encode(job.progress, forKey: .progress)
    try container.encode(job.createdAt, forKey: .createdAt)
    try container.encode(job.size, forKey: .size)
    try container.encode(job.seconds, forKey: .seconds)
    let jobError =
      job.errorCode == nil && job.errorMessage == nil
      ? nil : JobError(code: job.errorCode, message: job.errorMessage)
    try encode(job.completedAt, .completedAt, &container)
    try encode(job.expiresAt, .expiresAt, &container)
    try encode(job.prompt, .prompt, &container)
    try encode(job.remixedFromVideoID, .remixedFromVideoID, &container)
    try encode(jobError, .error, &container)
    if job.isCompleted, !omitNulls {
      try container.encode("\(storageBase)/storage/\(job.id)/video?sig=sandbox", forKey: .videoURL)
    }
  }

  private func encode<Value: Encodable>(
    _ value: Value?, _ key: Keys, _ container: inout KeyedEncodingContainer<Keys>
  ) throws {
    if let value {
      try container.encode(value, forKey: key)
    } else if !omitNulls {
      try container.encodeNil(forKey: key)
    }
  }
}
