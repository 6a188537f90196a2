/// Local checks that run before anything reaches a URL or the network.
public enum InputValidation {
  /// The longest prompt the API accepts, in Unicode scalars (JSON Schema `maxLength` counts code points).
  static let maximumPromptLength = 32_000

  /// Whether `id` matches `^[A-Za-z0-9_-]{1,128}$`.
  public static func isValidVideoID(_ id: String) -> Bool {
    let bytes = id.utf8
    guard (1...128).contains(bytes.count) else { return false }
    return bytes.allSatisfy { byte in
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
        true
      default: false
      }
    }
  }

  /// Throws ``VideoAPIError/invalidVideoID(_:)`` (with a cleaned excerpt) unless `id` is valid.
  static func checkVideoID(_ id: String, redactor: Redactor) throws(VideoAPIError) {
    guard isValidVideoID(id) else {
      throw .invalidVideoID(redactor.clean(id.debugDescription.dropFirst().dropLast().description, limit: 60))
    }
  }

  /// Throws ``VideoAPIError/invalidPrompt(length:)`` unless the prompt has 1 to 32000 Unicode scalars.
  static func checkPrompt(_ prompt: String) throws(VideoAPIError) {
    let length = prompt.unicodeScalars.count
    guard (1...maximumPromptLength).contains(length) else { throw .invalidPrompt(length: length) }
  }
}
