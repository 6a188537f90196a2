/// The `--help` text shared by `remix`, `status`, `wait` and `download` (lines fit in 80 columns, which is where
/// the help is wrapped).
enum RemoteHelp {
  static let environment = """
    Environment:
      COMETAPI_KEY       the API key (required; sent only to the API host,
                         never printed or stored)
      COMETAPI_BASE_URL  the API base URL when --base-url is not given
                         (default https://api.cometapi.com; /v1 optional)
      XDG_STATE_HOME     the journal is $XDG_STATE_HOME/remixlint/journal.jsonl
                         (else ~/.local/state/remixlint/journal.jsonl)
    """

  static let exitCodes = """
    Exit codes:
      0    done
      1    the prompt failed lint (--strict: warnings too); nothing was sent
      2    usage, configuration or input error (missing COMETAPI_KEY, bad
           video id, corrupt journal)
      3    the source video is not completed; nothing was sent
      4    API or network error, an unknown remix outcome, a wait timeout
      5    the remix job ended failed, expired or canceled
      6    refused as a duplicate by the submission journal (see --force)
      130  interrupted (Ctrl-C); 'remixlint wait ID' resumes waiting
    """
}
