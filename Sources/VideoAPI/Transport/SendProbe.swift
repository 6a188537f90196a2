/// Records whether the HTTP client started writing a request body, which it does only after the request head
/// went out. Until then the request is certainly not complete on the wire, so the service cannot have acted on it.
actor SendProbe {
  private(set) var bodyStarted = false

  func markBodyStarted() {
    bodyStarted = true
  }
}
