import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Entry point: runs the command and maps every outcome to one of the documented exit codes. Errors
/// are one line on standard error (never a backtrace); usage errors exit 2, as documented.
@main
enum Main {
  static func main() async {
    let status: ExitStatus
    do {
      var command = try RemixLint.parseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
      status = .ok
    } catch let exit as ExitWith {
      status = exit.status
    } catch let error as CLIError {
      Console.error("remixlint: error: \(error.message)")
      status = error.status
    } catch {
      let code = RemixLint.exitCode(for: error)
      let message = RemixLint.fullMessage(for: error)
      if code == .success {
        Console.out(message.hasSuffix("\n") ? message : message + "\n")
        status = .ok
      } else {
        Console.error(message.hasPrefix("Error:") ? "remixlint: error:" + message.dropFirst(6) : message)
        status = .usage
      }
    }
    Console.flush()
    exit(status.rawValue)
  }
}
