/// remixlint's exit codes (documented in `--help` and the README).
enum ExitStatus: Int32 {
  /// Done: every prompt passed / the job completed.
  case ok = 0
  /// A prompt failed lint (nothing was sent).
  case lintFailed = 1
  /// Usage, configuration, input or rule-file error, or an incomplete lint run.
  case usage = 2
  /// The source video is not `completed` (nothing was sent).
  case sourceNotReady = 3
  /// API or network error.
  case apiError = 4
  /// The remix job ended `failed`, `expired` or `canceled`.
  case jobFailed = 5
  /// Refused as a duplicate by the submission journal.
  case duplicate = 6
  /// Interrupted with Ctrl-C (remote commands).
  case interrupted = 130

  /// The text for `--help`.
  static let helpText = """
    Exit codes:
      0  every prompt passed (remix: done)
      1  a prompt has error findings (with --strict, warnings count too); nothing was sent
      2  usage, input or rule-file error, missing COMETAPI_KEY, or an incomplete run (a rule hit a limit)
      3  remix: the source video is not completed; nothing was sent
      4  remix: API or network error
      5  remix: the remix job ended failed, expired or canceled
      6  remix: refused as a duplicate by the submission journal (see --force)
      130  remix, wait: interrupted (Ctrl-C)
    """
}
