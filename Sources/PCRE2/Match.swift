/// One match of a pattern in a UTF-8 subject, as byte offsets into that subject.
public struct Match: Hashable, Sendable {
  /// The bytes of the whole match.
  public var range: Range<Int>
  /// The bytes of each capture group (index 0 is group 1); `nil` where the group did not take part.
  public var groups: [Range<Int>?]

  public init(range: Range<Int>, groups: [Range<Int>?] = []) {
    self.range = range
    self.groups = groups
  }
}
