import ArgumentParser
import VideoAPI

/// `--variant video|thumbnail|spritesheet`.
enum VariantArgument: String, ExpressibleByArgument, CaseIterable {
  case video
  case thumbnail
  case spritesheet

  var contentVariant: ContentVariant {
    switch self {
    case .video: .video
    case .thumbnail: .thumbnail
    case .spritesheet: .spritesheet
    }
  }
}
