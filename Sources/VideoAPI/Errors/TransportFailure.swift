/// A failure below HTTP: no connection, a timeout, or a connection closed before a complete response.
public struct TransportFailure: Sendable, Hashable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: String, Sendable, Hashable {
    /// The connection could not be established (refused, unreachable, DNS, connect timeout).
    case connectionFailed = "connection_failed"
    /// No (complete) response arrived within the request timeout.
    case timedOut = "timed_out"
    /// The connection was closed before a complete response arrived.
    case connectionClosed = "connection_closed"
    /// The TLS handshake failed.
    case tlsFailed = "tls_failed"
    /// Another transport error.
    case other
  }

  /// What went wrong.
  public let kind: Kind
  /// The request method.
  public let method: String
  /// The request path and query (no host).
  public let path: String
  /// A short, cleaned description of the underlying error.
  public let detail: String
  /// Whether the request may have taken effect (see ``RequestOutcome``).
  public let outcome: RequestOutcome
  /// How many attempts were made before giving up.
  public let attempts: Int

  init(kind: Kind, method: String, path: String, detail: String, outcome: RequestOutcome, attempts: Int = 1) {
    self.kind = kind
    self.method = method
    self.path = path
    self.detail = detail
    self.outcome = outcome
    self.attempts = attempts
  }

  func with(attempts: Int) -> TransportFailure {
    TransportFailure(kind: kind, method: method, path: path, detail: detail, outcome: outcome, attempts: attempts)
  }

  public var description: String {
    let what: String
    switch kind {
    case .connectionFailed: what = "could not connect"
    case .timedOut: what = "timed out"
    case .connectionClosed: what = "the connection was closed before a complete response"
    case .tlsFailed: what = "the TLS handshake failed"
    case .other: what = "the request failed"
    }
    var text = "\(method) \(path): \(what)"
    if !detail.isEmpty { text += " (\(detail))" }
    if attempts > 1 { text += " (after \(attempts) attempts)" }
    switch outcome {
    case .unknown where method == "POST": text += "; the request may have been processed (outcome unknown)"
    case .notSent where method == "POST": text += "; the request was not sent"
    default: break
    }
    return text
  }
}
