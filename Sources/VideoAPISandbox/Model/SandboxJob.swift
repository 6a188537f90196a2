/// A video job held by the sandbox: a seeded one with a fixed status, or one created by remix that progresses.
struct SandboxJob: Sendable {
  let id: String
  /// Creation order, for listing.
  let sequence: Int
  let model: String
  let createdAt: Int
  let createdInstant: ContinuousClock.Instant
  let prompt: String?
  let remixedFromVideoID: String?
  let size: String
  let seconds: String
  let errorCode: String?
  let errorMessage: String?
  /// Whether the status changes over time (jobs created by remix).
  let progresses: Bool
  private(set) var status: String
  private(set) var progress: Int
  private(set) var completedAt: Int?
  private(set) var expiresAt: Int?
  private(set) var polls = 0

  /// A seeded job with a fixed status.
  static func seed(
    id: String, sequence: Int, status: String, progress: Int, createdAt: Int, prompt: String,
    errorCode: String? = nil, errorMessage: String? = nil, completedAt: Int? = nil, expiresAt: Int? = nil
  ) -> SandboxJob {
    SandboxJob(
      id: id, sequence: sequence, model: "sora-2", createdAt: createdAt, createdInstant: .now, prompt: prompt,
      remixedFromVideoID: nil, size: "720x1280", seconds: "4", errorCode: errorCode, errorMessage: errorMessage,
      progresses: false, status: status, progress: progress, completedAt: completedAt, expiresAt: expiresAt)
  }

  /// A new queued job created by remixing `source`.
  static func remix(of source: SandboxJob, id: String, sequence: Int, prompt: String, now: Int) -> SandboxJob {
    SandboxJob(
      id: id, sequence: sequence, model: source.model, createdAt: now, createdInstant: .now, prompt: prompt,
      remixedFromVideoID: source.id, size: source.size, seconds: source.seconds, errorCode: nil, errorMessage: nil,
      progresses: true, status: "queued", progress: 0, completedAt: nil, expiresAt: nil)
  }

  /// Moves a remix job along; `countPoll` is true for a retrieve of this job.
  mutating func advance(_ progression: JobProgression, now: Int, countPoll: Bool) {
    guard progresses, status != "completed" else { return }
    if countPoll { polls += 1 }
    let fraction: Double
    let started: Bool
    switch progression {
    case .afterPolls(let needed):
      fraction = needed <= 0 ? 1 : Double(polls) / Double(needed)
      started = polls > 0
    case .afterSeconds(let needed):
      let elapsed = ContinuousClock.now - createdInstant
      let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
      fraction = needed <= 0 ? 1 : seconds / needed
      started = fraction > 0.15
    }
    if fraction >= 1 {
      status = "completed"
      progress = 100
      completedAt = now
      expiresAt = now + 3600
    } else if started {
      status = "in_progress"
      progress = min(99, max(1, Int(fraction * 100)))
    }
  }

  var isCompleted: Bool { status == "completed" }
}
