/// Which asset `GET /v1/videos/{id}/content?variant=…` returns.
public enum ContentVariant: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
  /// The MP4 video (`video/mp4`).
  case video
  /// A WebP thumbnail (`image/webp`).
  case thumbnail
  /// A JPEG sprite sheet (`image/jpeg`).
  case spritesheet

  /// The usual file extension, without the dot: `mp4`, `webp` or `jpg`.
  public var fileExtension: String {
    switch self {
    case .video: "mp4"
    case .thumbnail: "webp"
    case .spritesheet: "jpg"
    }
  }

  /// The content type the service is documented to send.
  public var expectedContentType: String {
    switch self {
    case .video: "video/mp4"
    case .thumbnail: "image/webp"
    case .spritesheet: "image/jpeg"
    }
  }

  public var description: String { rawValue }

  /// Whether a (lower-cased, parameter-free) media type is acceptable for this variant.
  /// Generic binary types are handled separately (the body is sniffed).
  func accepts(mediaType: String) -> Bool {
    switch self {
    case .video: mediaType.hasPrefix("video/")
    case .thumbnail, .spritesheet: mediaType.hasPrefix("image/")
    }
  }
}
