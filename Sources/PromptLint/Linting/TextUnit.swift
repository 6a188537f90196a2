/// A piece of a prompt a rule looks at: the whole prompt, a sentence or a clause, as a byte range of
/// the normalised text.
struct TextUnit: Hashable, Sendable {
  /// The bytes of the unit, trimmed of surrounding white space.
  var range: Range<Int>
  /// The index of the sentence this unit belongs to (0 for the whole prompt).
  var sentence: Int
}
