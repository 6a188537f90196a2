/// Why a prompt wastes a remix, in the words of the labelling guide.
public enum Reason: String, CaseIterable, Hashable, Sendable {
  /// Two or more independent changes in one prompt.
  case multiChange = "multi-change"
  /// Rewrites the whole scene, story, setting or cast instead of varying the video.
  case rewrite
  /// Lighting, palette, camera, mood or style named only in vague words.
  case vague
  /// Nothing to act on.
  case empty
  /// An unfilled template slot or leftover scaffolding.
  case placeholder
  /// Anything else a team wants to flag.
  case other
}
