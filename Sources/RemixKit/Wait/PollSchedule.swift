/// How long to wait between two polls of a job.
///
/// The service's suggestion (`openai-poll-after-ms`) wins when it sends one, kept within
/// ``minimumSuggestedInterval``…``maximumSuggestedInterval``; otherwise the interval starts at
/// ``initialInterval`` and grows by ``growthFactor`` per poll up to ``maximumInterval``.
public struct PollSchedule: Sendable, Hashable {
  /// The first interval without a suggestion.
  public var initialInterval: Duration
  /// The factor each further interval grows by.
  public var growthFactor: Double
  /// The longest interval without a suggestion.
  public var maximumInterval: Duration
  /// The shortest suggested interval honoured (a smaller suggestion is raised to this).
  public var minimumSuggestedInterval: Duration
  /// The longest suggested interval honoured (a larger suggestion is lowered to this).
  public var maximumSuggestedInterval: Duration

  /// Creates a schedule; the defaults are 2 s growing ×1.5 to 15 s, suggestions kept within 0.1 s to 60 s.
  public init(
    initialInterval: Duration = .seconds(2), growthFactor: Double = 1.5, maximumInterval: Duration = .seconds(15),
    minimumSuggestedInterval: Duration = .milliseconds(100), maximumSuggestedInterval: Duration = .seconds(60)
  ) {
    self.initialInterval = initialInterval
    self.growthFactor = max(1, growthFactor)
    self.maximumInterval = maximumInterval
    self.minimumSuggestedInterval = minimumSuggestedInterval
    self.maximumSuggestedInterval = maximumSuggestedInterval
  }

  /// The default schedule.
  public static var standard: PollSchedule { PollSchedule() }

  /// The interval before the next poll, after `polls` polls, given the service's suggestion.
  public func interval(afterPolls polls: Int, suggested: Duration?) -> Duration {
    if let suggested {
      return min(max(suggested, minimumSuggestedInterval), maximumSuggestedInterval)
    }
    var interval = initialInterval
    for _ in 0..<max(0, polls - 1) {
      interval = interval * growthFactor
      if interval >= maximumInterval { return maximumInterval }
    }
    return min(interval, maximumInterval)
  }
}
