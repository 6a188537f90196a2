/// Which listener a request arrived on.
enum SandboxOrigin: String, Sendable {
  case api
  case storage
}
