import ArgumentParser
import PromptLint
import RemixKit
import VideoAPI

/// `remixlint remix`: lint a prompt, check that the source video is completed, submit the remix exactly once,
/// then optionally wait for the new job and download it.
struct RemixCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remix",
    abstract: "Lint a prompt, check the source video, and submit the remix exactly once.",
    discussion: """
      In this order: lint the prompt (a failing prompt stops here; nothing is sent); GET the source video and \
      refuse anything that is not completed (failed/expired: with the reason); consult the submission journal \
      and refuse a duplicate (the same source and prompt already became a job, or an earlier attempt's outcome \
      is unknown and listing recent videos does not find its job); record the intent; POST the remix once. A POST \
      whose outcome is unknown (timeout, dropped connection, 5xx) is never re-sent: it is recorded, and looked up \
      by listing recent videos.

      --dry-run makes only GET requests and writes nothing; it exits with the code a real run would (0 when it \
      would submit, 3 for a source that is not ready, 6 for a duplicate).

      The journal (JSON Lines, mode 0600 in a 0700 folder) records the source, the SHA-256 of the prompt, the \
      time and the outcome of every attempt; it never holds the key or the prompt. Concurrent runs take a lock \
      on it, so the same remix is submitted once.

      --batch FILE.jsonl reads one {"video_id": "...", "prompt": "...", "id": "..."} per line. Every line is \
      linted and reported before any request; a malformed line stops the batch with exit 2 before any request. \
      The lines are then run (--concurrency at a time) and reported in input order; the exit code is the \
      highest code of any line (e.g. 6 if one line was a duplicate and the others succeeded). With --download, \
      the path is a folder and each job is saved as JOB_ID.mp4 (or .webp / .jpg).

      --format json prints one object: {"version": 1, "command": "remix", "decision": submitted | would-submit \
      | refused | unknown | error | interrupted, "refusal": lint | lint-incomplete | source-not-ready | \
      source-unusable | duplicate | doubt | null, "reason", "exitCode", "dryRun", "forced", "videoId", \
      "promptSHA256", "lintPassed", "findings" (as in check --format json), "diagnostics", "source" and "job" \
      (the API's JSON as returned, or null), "jobId", "journal": {"path", "entry", "problem"}, "wait": {"status", \
      "progress", "elapsedSeconds", "polls", "transientErrors", "timedOut", "interrupted"} or null, "download": \
      {"path", "bytes", "contentType", "redirects"} or null, "error": {"message", "outcome", "status", \
      "requestId"} or null}. A batch prints {"version": 1, "command": "remix", "batch", "results": [the same \
      objects with "id" and "line"], "summary": {"lines", "succeeded", "failed", "submitted", "exitCode"}}.

      \(RemoteHelp.environment)

      \(RemoteHelp.exitCodes)
      """)

  @Argument(help: ArgumentHelp("The completed video to remix.", valueName: "video-id"))
  var videoID: String?

  @Argument(help: ArgumentHelp("The remix prompt (or use --file).", valueName: "prompt"))
  var prompt: String?

  @Option(
    name: .customLong("file"),
    help: ArgumentHelp("Read the prompt from this file ('-': stdin; a final line break is dropped).", valueName: "path")
  )
  var promptFile: String?

  @Option(
    name: .customLong("batch"),
    help: ArgumentHelp("Remix every line of this .jsonl file: {\"video_id\", \"prompt\", \"id\"}.", valueName: "file"))
  var batchFile: String?

  @Option(help: ArgumentHelp("With --batch: how many lines run at once.", valueName: "n"))
  var concurrency: Int = 1

  @Flag(name: .customLong("dry-run"), help: "Lint and check the source (GET requests only); report what would happen.")
  var dryRun = false

  @Flag(help: "Wait for the new job to finish (see --timeout).")
  var wait = false

  @OptionGroup var waitOptions: WaitOptions

  @OptionGroup var api: APIOptions

  @Option(help: ArgumentHelp("The submission journal (default: see XDG_STATE_HOME).", valueName: "path"))
  var journal: String?

  @Flag(help: "Submit even if the journal shows this source and prompt were already submitted (or may have been).")
  var force = false

  @Option(help: "Output format: text or json.")
  var format: OutputFormat = .text

  @OptionGroup var rules: RuleOptions

  @Flag(help: "Warnings fail the prompt too.")
  var strict = false

  func validate() throws {
    if batchFile != nil {
      guard videoID == nil, prompt == nil, promptFile == nil else {
        throw ValidationError("--batch takes no video id, prompt or --file")
      }
    } else {
      guard videoID != nil else { throw ValidationError("give the video id to remix (or --batch FILE)") }
      guard (prompt == nil) != (promptFile == nil) else {
        throw ValidationError("give the prompt as an argument or with --file PATH (one of them)")
      }
    }
    guard concurrency >= 1 else { throw ValidationError("--concurrency must be at least 1") }
    if dryRun, wait || waitOptions.downloadPath != nil {
      throw ValidationError("--dry-run submits nothing, so it cannot --wait or --download")
    }
  }

  func run() async throws {
    if let videoID { try RemoteCommandSupport.checkVideoID(videoID) }
    let ruleSet = try rules.ruleSet()
    let batch = try batchFile.map { try BatchFile.read(path: $0) }
    let single = try batch == nil ? readPrompt() : nil
    let journalPath = try journalLocation()
    let code = try await api.withClient { client in
      let gate = RemixGate(
        linter: Linter(ruleSet: ruleSet), client: client, journal: SubmissionJournal(path: journalPath),
        strict: strict, onEvent: RemixCommand.note)
      let runner = RemixRunner(
        gate: gate, followUp: followUp(client: client, batch: batch != nil), dryRun: dryRun, force: force,
        format: format)
      let source = videoID ?? ""
      let batchRunner = RemixBatchRunner(runner: runner, concurrency: concurrency, path: batchFile ?? "")
      let (code, interrupted) = await Interrupt.run {
        if let batch { return await batchRunner.run(batch) }
        let (text, promptSource) = single ?? ("", "")
        return await runner.runSingle(source: source, prompt: text, promptSource: promptSource)
      }
      return interrupted ? Interrupt.exitCode : code
    }
    try RemoteExit.finish(code)
  }

  /// Waiting and downloading after a submission, when asked for.
  private func followUp(client: VideoAPIClient, batch: Bool) -> JobFollowUp? {
    guard wait || waitOptions.downloadPath != nil else { return nil }
    return JobFollowUp(
      client: client, timeout: waitOptions.timeoutDuration, downloadPath: waitOptions.downloadPath,
      downloadIntoFolder: batch, variant: waitOptions.variant.contentVariant, allowBar: !batch)
  }

  /// The prompt and the name findings show for it (`<arg>` or the file path). A file's final line break is not
  /// part of the prompt; a `.jsonl` file is refused (it is a batch, not one prompt).
  private func readPrompt() throws -> (String, String) {
    if let prompt { return (prompt, "<arg>") }
    let path = promptFile ?? "-"
    if path.hasSuffix(".jsonl") {
      throw CLIError("\(path) is a .jsonl file; use --batch \(path) to remix one prompt per line")
    }
    do {
      let input = try PromptFile.readWhole(path: path, source: path == "-" ? "<stdin>" : nil)
      var text = input.text
      if text.hasSuffix("\r\n") || text.hasSuffix("\n") { text.removeLast() }
      return (text, input.source)
    } catch {
      throw CLIError(error.description)
    }
  }

  private func journalLocation() throws -> String {
    if let journal {
      guard !journal.isEmpty, !journal.hasSuffix("/") else { throw CLIError("--journal needs a file path") }
      return journal
    }
    do {
      return try JournalLocation.defaultPath(environment: RemoteEnvironment.journalVariables())
    } catch {
      throw CLIError(error.description)
    }
  }

  /// Progress notes on standard error.
  @Sendable static func note(_ event: RemixEvent) {
    switch event {
    case .waitingForJournalLock(let path):
      RemoteConsole.note("remixlint: waiting for the journal lock on \(path) (another remixlint is submitting)")
    case .reconciling(let entryID):
      RemoteConsole.note(
        "remixlint: an attempt's outcome is unknown (journal entry \(entryID)); listing recent videos to find its job")
    case .checkingSource, .submitting:
      break
    }
  }
}
