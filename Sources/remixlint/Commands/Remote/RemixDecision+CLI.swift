import RemixKit
import VideoAPI

extension RemixDecision {
  /// The exit code for this decision.
  var exitCode: Int32 {
    switch self {
    case .submitted, .wouldSubmit: 0
    case .lintFailed: 1
    case .lintIncomplete, .invalidInput, .journalFailed: 2
    case .sourceNotReady, .sourceUnusable: 3
    case .sourceLookupFailed(let error): error.isUsageProblem ? 2 : 4
    case .rejected, .outcomeUnknown: 4
    case .duplicate, .doubt: 6
    case .cancelled: Interrupt.exitCode
    }
  }

  /// The `decision` of the JSON output.
  var label: String {
    switch self {
    case .submitted: "submitted"
    case .wouldSubmit: "would-submit"
    case .lintFailed, .lintIncomplete, .sourceNotReady, .sourceUnusable, .duplicate, .doubt: "refused"
    case .outcomeUnknown: "unknown"
    case .invalidInput, .sourceLookupFailed, .rejected, .journalFailed: "error"
    case .cancelled: "interrupted"
    }
  }

  /// The `refusal` of the JSON output (why a refused remix was refused).
  var refusal: String? {
    switch self {
    case .lintFailed: "lint"
    case .lintIncomplete: "lint-incomplete"
    case .sourceNotReady: "source-not-ready"
    case .sourceUnusable: "source-unusable"
    case .duplicate: "duplicate"
    case .doubt: "doubt"
    default: nil
    }
  }

  /// The API error behind the decision, if any.
  var apiError: VideoAPIError? {
    switch self {
    case .sourceLookupFailed(let error), .rejected(let error), .outcomeUnknown(let error, _): error
    default: nil
    }
  }
}

extension VideoAPIError {
  /// Errors that come from the caller's input or configuration, not from the service (exit 2).
  var isUsageProblem: Bool {
    switch self {
    case .invalidVideoID, .invalidPrompt, .invalidArgument, .invalidConfiguration: true
    default: false
    }
  }
}
