/// Errors from starting a sandbox.
public enum SandboxError: Error, CustomStringConvertible {
  /// The host is not a loopback address.
  case notLoopback(String)

  public var description: String {
    switch self {
    case .notLoopback(let host): "the sandbox listens on loopback only (127.0.0.0/8, ::1, localhost), not \(host)"
    }
  }
}
