import RemixKit
import Testing

@Suite("SHA-256")
struct SHA256Tests {
  @Test(
    "matches the FIPS 180-4 test vectors",
    arguments: [
      ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
      ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
      (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
      ),
      (
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
          + "mnopqrstnopqrstu",
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
      ),
    ])
  func vectors(input: String, expected: String) {
    #expect(SHA256.hexDigest(of: input) == expected)
  }

  @Test("one million 'a' bytes")
  func millionA() {
    let digest = SHA256.digest([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
    #expect(SHA256.hex(digest) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }

  @Test("lengths around the padding boundary give distinct 32-byte digests")
  func paddingBoundaries() {
    let digests = (50...130).map { SHA256.digest([UInt8](repeating: 0x61, count: $0)) }
    #expect(digests.allSatisfy { $0.count == 32 })
    #expect(Set(digests).count == digests.count)
    #expect(
      SHA256.hex(SHA256.digest([UInt8](repeating: 0x61, count: 55)))
        == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
    #expect(
      SHA256.hex(SHA256.digest([UInt8](repeating: 0x61, count: 64)))
        == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
  }

  @Test("hashes the exact UTF-8 bytes (composed and decomposed é differ)")
  func exactBytes() {
    #expect(SHA256.hexDigest(of: "caf\u{E9}") != SHA256.hexDigest(of: "cafe\u{301}"))
    #expect(SHA256.hexDigest(of: "caf\u{E9}") == SHA256.hex(SHA256.digest(Array("caf\u{E9}".utf8))))
  }
}
