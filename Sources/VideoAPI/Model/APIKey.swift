/// An API key for the Videos API.
///
/// The key never prints: `description`, `debugDescription` and reflection (`dump`, `Mirror`) all show
/// `<redacted>`. Only the client reads the secret, to build the `Authorization` header.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
  /// The secret itself; internal so that nothing outside the client can print it by accident.
  let secret: String

  /// Wraps a secret key (for example the value of `COMETAPI_KEY`).
  public init(_ secret: String) {
    self.secret = secret
  }

  /// Whether the key is empty.
  public var isEmpty: Bool { secret.isEmpty }

  /// Always `<redacted>`.
  public var description: String { "<redacted>" }

  /// Always `APIKey(<redacted>)`.
  public var debugDescription: String { "APIKey(<redacted>)" }

  /// A mirror without children, so `dump` and debuggers show no secret.
  public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

  /// Why this key cannot be sent in an HTTP header, or nil when it can.
  var headerProblem: String? {
    if secret.isEmpty { return "the API key is empty" }
    let allowed = secret.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value < 0x7F }
    return allowed ? nil : "the API key contains whitespace, control or non-ASCII characters"
  }
}
