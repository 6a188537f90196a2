/// How a ``Sandbox`` is set up.
public struct SandboxConfiguration: Sendable {
  /// The loopback address to listen on.
  public var host: String
  /// The API port; 0 picks a free one (read it back from ``Sandbox/port``).
  public var port: Int
  /// The storage origin's port (redirect targets); 0 picks a free one.
  public var storagePort: Int
  /// The key clients must send as `Authorization: Bearer <key>`.
  public var apiKey: String
  /// How jobs created by remix move from `queued` to `completed`.
  public var progression: JobProgression
  /// The `openai-poll-after-ms` value sent with retrieve and remix answers.
  public var pollAfterMilliseconds: Int
  /// Faults active from the start.
  public var faults: [FaultRule]

  /// Creates a configuration: 127.0.0.1, free ports, key `sk-sandbox-key`, jobs done after 3 s, poll after 1 s.
  public init(
    host: String = "127.0.0.1",
    port: Int = 0,
    storagePort: Int = 0,
    apiKey: String = "sk-sandbox-key",
    progression: JobProgression = .afterSeconds(3),
    pollAfterMilliseconds: Int = 1000,
    faults: [FaultRule] = []
  ) {
    self.host = host
    self.port = port
    self.storagePort = storagePort
    self.apiKey = apiKey
    self.progression = progression
    self.pollAfterMilliseconds = pollAfterMilliseconds
    self.faults = faults
  }
}
