/// The endpoints the sandbox serves, as fault targets and in the request log.
public enum SandboxEndpoint: String, Sendable, Hashable, CaseIterable, Codable {
  /// Every request on both origins (not the control endpoints).
  case any
  /// `GET /v1/videos/{id}`.
  case retrieve
  /// `GET /v1/videos`.
  case list
  /// `POST /v1/videos/{id}/remix`.
  case remix
  /// `GET /v1/videos/{id}/content`.
  case content
  /// Any request on the storage origin.
  case storage
  /// Anything else (unknown paths and methods).
  case other

  func matches(_ endpoint: SandboxEndpoint) -> Bool {
    self == .any || self == endpoint
  }
}
