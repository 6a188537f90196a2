import ArgumentParser

/// `--timeout`, `--download` and `--variant`, shared by `remix` and `wait`.
struct WaitOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Give up waiting after this many seconds (the job keeps running).", valueName: "seconds"))
  var timeout: Double = 600

  @Option(
    name: .customLong("download"),
    help: ArgumentHelp(
      "When the job completes, save its content here (implies waiting; for remix --batch, a folder).",
      valueName: "path"))
  var downloadPath: String?

  @Option(help: "Which content to download: video (mp4), thumbnail (webp) or spritesheet (jpg).")
  var variant: VariantArgument = .video

  func validate() throws {
    guard timeout > 0, timeout.isFinite else { throw ValidationError("--timeout must be positive") }
    if let downloadPath, downloadPath.isEmpty { throw ValidationError("--download needs a path") }
  }

  var timeoutDuration: Duration { .milliseconds(Int64((timeout * 1000).rounded())) }
}
