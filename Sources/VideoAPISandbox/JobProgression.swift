/// How a job created by remix progresses.
public enum JobProgression: Sendable, Hashable {
  /// `queued`, then `in_progress` with rising progress, then `completed` once this many seconds passed.
  case afterSeconds(Double)
  /// `in_progress` on each retrieve, `completed` on the n-th retrieve of the job.
  case afterPolls(Int)
}
