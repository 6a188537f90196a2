/// The bytes the sandbox serves for each video and variant: deterministic per id, with real file signatures
/// (an MP4 `ftyp` box, a WebP `RIFF….WEBP` header, a JPEG `FF D8 FF … FF D9`).
public enum SampleContent {
  /// The variants and their content types.
  public static let contentTypes = ["video": "video/mp4", "thumbnail": "image/webp", "spritesheet": "image/jpeg"]

  /// The content of a video's variant (`video`, `thumbnail` or `spritesheet`).
  public static func bytes(for id: String, variant: String) -> [UInt8] {
    var generator = PatternGenerator(seed: id + "/" + variant)
    switch variant {
    case "thumbnail": return webp(&generator)
    case "spritesheet": return jpeg(&generator)
    default: return mp4(&generator)
    }
  }

  private static func mp4(_ generator: inout PatternGenerator) -> [UInt8] {
    let total = 196_608
    var bytes: [UInt8] = [0, 0, 0, 0x20] + Array("ftypisom".utf8) + [0, 0, 2, 0] + Array("isomiso2avc1mp41".utf8)
    bytes += bigEndian(UInt32(total - bytes.count)) + Array("mdat".utf8)
    bytes += generator.bytes(total - bytes.count)
    return bytes
  }

  private static func webp(_ generator: inout PatternGenerator) -> [UInt8] {
    let payload = generator.bytes(6_000)
    let chunk = Array("VP8 ".utf8) + littleEndian(UInt32(payload.count)) + payload
    return Array("RIFF".utf8) + littleEndian(UInt32(4 + chunk.count)) + Array("WEBP".utf8) + chunk
  }

  private static func jpeg(_ generator: inout PatternGenerator) -> [UInt8] {
    let header: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10] + Array("JFIF".utf8) + [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]
    let body = generator.bytes(24_000).map { $0 == 0xFF ? 0xFE : $0 }
    return header + body + [0xFF, 0xD9]
  }

  private static func bigEndian(_ value: UInt32) -> [UInt8] {
    [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
  }

  private static func littleEndian(_ value: UInt32) -> [UInt8] {
    bigEndian(value).reversed()
  }
}

/// A small deterministic byte generator (xorshift64*, seeded by FNV-1a of a string).
struct PatternGenerator {
  private var state: UInt64

  init(seed: String) {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in seed.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    state = hash == 0 ? 1 : hash
  }

  mutating func next() -> UInt64 {
    state ^= state >> 12
    state ^= state << 25
    state ^= state >> 27
    return state &* 0x2545_F491_4F6C_DD1D
  }

  mutating func bytes(_ count: Int) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(count + 8)
    while result.count < count {
      var word = next()
      for _ in 0..<8 {
        result.append(UInt8(word & 0xFF))
        word >>= 8
      }
    }
    return Array(result.prefix(count))
  }
}
