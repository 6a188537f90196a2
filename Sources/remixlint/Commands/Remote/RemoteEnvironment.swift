#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The environment variables the remote commands read (and only they read, only when they run).
enum RemoteEnvironment {
  /// The value of `name`, or nil when unset.
  static func value(_ name: String) -> String? {
    guard let pointer = getenv(name) else { return nil }
    return String(cString: pointer)
  }

  /// The variables that decide the default journal location.
  static func journalVariables() -> [String: String] {
    var variables: [String: String] = [:]
    for name in ["XDG_STATE_HOME", "HOME"] { variables[name] = value(name) }
    return variables
  }
}
