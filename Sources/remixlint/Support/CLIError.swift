/// An error the CLI reports as one line on standard error, with its exit status.
struct CLIError: Error, CustomStringConvertible {
  var message: String
  var status: ExitStatus

  init(_ message: String, status: ExitStatus = .usage) {
    self.message = message
    self.status = status
  }

  var description: String { message }
}

/// Thrown when a command has already printed everything and only needs to exit with `status`.
struct ExitWith: Error {
  var status: ExitStatus
}
