import NIOCore
import NIOHTTP1
import NIOPosix

/// A local stand-in for the Videos API on loopback, built on SwiftNIO so faults act at the socket level.
///
/// It serves `GET /v1/videos/{id}`, `GET /v1/videos`, `POST /v1/videos/{id}/remix` and
/// `GET /v1/videos/{id}/content?variant=` with seeded videos in every status (`video_completed`, `video_queued`,
/// `video_in_progress`, `video_failed`, `video_expired`, `video_canceled`), checks the bearer key, records every
/// request, and injects ``FaultRule``s. A second listener is the "storage host" that content redirects point to.
///
/// ```swift
/// let sandbox = try await Sandbox.start(SandboxConfiguration(progression: .afterPolls(2)))
/// // point a client at sandbox.baseURL with sandbox.apiKey, switch faults, inspect sandbox.requests() …
/// await sandbox.setFaults([FaultRule(.error503, endpoint: .retrieve, count: 1)])
/// await sandbox.stop()
/// ```
public final class Sandbox: Sendable {
  /// The configuration it was started with (with the real ports).
  public let configuration: SandboxConfiguration
  /// The API port.
  public let port: Int
  /// The storage origin's port.
  public let storagePort: Int
  let state: SandboxState
  private let serverChannels: [any Channel]
  private let connections: ConnectionRegistry
  private let runTask: Task<Void, Never>

  private init(
    configuration: SandboxConfiguration, port: Int, storagePort: Int, state: SandboxState,
    serverChannels: [any Channel], connections: ConnectionRegistry, runTask: Task<Void, Never>
  ) {
    self.configuration = configuration
    self.port = port
    self.storagePort = storagePort
    self.state = state
    self.serverChannels = serverChannels
    self.connections = connections
    self.runTask = runTask
  }

  /// Binds both listeners (port 0 picks free ports) and starts serving. Only loopback hosts are allowed.
  public static func start(_ configuration: SandboxConfiguration = SandboxConfiguration()) async throws -> Sandbox {
    guard isLoopback(configuration.host) else { throw SandboxError.notLoopback(configuration.host) }
    let api = try await bind(host: configuration.host, port: configuration.port)
    let storage: NIOAsyncChannel<SandboxConnection.Channel, Never>
    do {
      storage = try await bind(host: configuration.host, port: configuration.storagePort)
    } catch {
      try? await api.channel.close()
      throw error
    }
    let apiPort = api.channel.localAddress?.port ?? configuration.port
    let storagePort = storage.channel.localAddress?.port ?? configuration.storagePort
    var actual = configuration
    actual.port = apiPort
    actual.storagePort = storagePort
    let state = SandboxState(configuration: actual, apiPort: apiPort, storagePort: storagePort)
    let connections = ConnectionRegistry()
    let runTask = Task {
      await withDiscardingTaskGroup { group in
        group.addTask { await accept(api, origin: .api, state: state, connections: connections) }
        group.addTask { await accept(storage, origin: .storage, state: state, connections: connections) }
      }
    }
    return Sandbox(
      configuration: actual, port: apiPort, storagePort: storagePort, state: state,
      serverChannels: [api.channel, storage.channel], connections: connections, runTask: runTask)
  }

  /// Stops both listeners, closes every open connection (pending delayed answers are abandoned) and waits.
  public func stop() async {
    runTask.cancel()
    for channel in serverChannels { try? await channel.close() }
    await connections.closeAll()
    await runTask.value
  }

  /// The API base, e.g. `http://127.0.0.1:54321` (clients add `/v1`).
  public var baseURL: String { "http://\(SandboxState.hostForURL(configuration.host)):\(port)" }
  /// The storage origin, e.g. `http://127.0.0.1:54322`.
  public var storageURL: String { "http://\(SandboxState.hostForURL(configuration.host)):\(storagePort)" }
  /// The key clients must send.
  public var apiKey: String { configuration.apiKey }

  // MARK: - Control

  /// Every recorded request, in order of arrival.
  public func requests() async -> [RecordedRequest] { await state.requests() }

  /// The recorded requests for one endpoint.
  public func requests(to endpoint: SandboxEndpoint) async -> [RecordedRequest] {
    await state.requests().filter { endpoint.matches($0.endpoint) }
  }

  /// Forgets the request log.
  public func clearRequests() async { await state.clearRequests() }

  /// Restores the seeded videos and the configured faults and forgets the log.
  public func reset() async { await state.reset() }

  /// Replaces the active faults.
  public func setFaults(_ rules: [FaultRule]) async { await state.setFaults(rules) }

  /// Adds a fault after the active ones.
  public func addFault(_ rule: FaultRule) async { await state.addFault(rule) }

  /// The active faults (with their remaining counts).
  public func faults() async -> [FaultRule] { await state.activeFaults() }

  // MARK: - Serving

  private static func bind(host: String, port: Int) async throws -> NIOAsyncChannel<SandboxConnection.Channel, Never> {
    try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
      .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
      .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
      .bind(host: host, port: port) { channel in
        channel.eventLoop.makeCompletedFuture {
          try channel.pipeline.syncOperations.configureHTTPServerPipeline()
          return try SandboxConnection.Channel(wrappingChannelSynchronously: channel)
        }
      }
  }

  private static func accept(
    _ server: NIOAsyncChannel<SandboxConnection.Channel, Never>, origin: SandboxOrigin, state: SandboxState,
    connections: ConnectionRegistry
  ) async {
    try? await withThrowingDiscardingTaskGroup { group in
      try await server.executeThenClose { inbound in
        for try await connection in inbound {
          let token = await connections.register(connection.channel)
          group.addTask {
            await SandboxConnection.serve(connection, origin: origin, state: state)
            await connections.unregister(token)
          }
        }
      }
    }
  }

  static func isLoopback(_ host: String) -> Bool {
    if host == "localhost" || host == "::1" { return true }
    let parts = host.split(separator: ".", omittingEmptySubsequences: false)
    return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
  }
}
