/// One line of a `remix --batch` file: `{"video_id": "...", "prompt": "...", "id": ...}`.
struct BatchLine: Sendable {
  /// The line's `id`, if any.
  let id: String?
  /// The 1-based line number.
  let line: Int
  /// Where the prompt came from, as reports show it (`file#id` or `file#L3`).
  let source: String
  /// The source video id.
  let videoID: String
  /// The prompt.
  let prompt: String
}
