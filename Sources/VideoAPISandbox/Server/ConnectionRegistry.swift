import NIOCore

/// The open connections, so ``Sandbox/stop()`` can close them.
actor ConnectionRegistry {
  private var channels: [Int: any Channel] = [:]
  private var next = 0
  private var closed = false

  func register(_ channel: any Channel) -> Int {
    next += 1
    channels[next] = channel
    if closed { channel.close(promise: nil) }
    return next
  }

  func unregister(_ token: Int) {
    channels[token] = nil
  }

  func closeAll() {
    closed = true
    for channel in channels.values { channel.close(promise: nil) }
    channels = [:]
  }
}
