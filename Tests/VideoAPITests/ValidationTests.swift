import Testing
import VideoAPI
import VideoAPISandbox

@Suite("Local validation")
struct ValidationTests {
  static let badIDs = [
    "../x", "a?b", "", "a/b", "a b", "video_ä", "%2e%2e", String(repeating: "a", count: 129), "a\nb",
  ]

  @Test("bad ids are typed errors and make no request", arguments: badIDs)
  func badIDsMakeNoRequest(id: String) async throws {
    try await Harness.run { harness in
      let calls: [(String, () async throws -> Any)] = [
        ("retrieve", { try await harness.client.retrieve(id: id) }),
        ("remix", { try await harness.client.remix(id: id, prompt: "a prompt") }),
        ("download", { try await harness.client.download(id: id, to: harness.path("x.mp4")) }),
        ("list after", { try await harness.client.list(after: id) }),
        ("findRemix", { try await harness.client.findRemix(of: id, prompt: "p") as Any }),
      ]
      for (name, call) in calls {
        let error = await expectAPIError { try await call() }
        guard case .invalidVideoID = error else {
          Issue.record("\(name): expected invalidVideoID, got \(String(describing: error))")
          continue
        }
        #expect(error?.outcome == .notSent)
      }
      #expect(await harness.sandbox.requests().isEmpty)
      #expect(harness.directoryContents().isEmpty)
    }
  }

  @Test("a 128-character id of the allowed characters is accepted")
  func longestID() async throws {
    try await Harness.run { harness in
      let id = String(repeating: "A-z_9", count: 26).prefix(128)
      let error = await expectAPIError { try await harness.client.retrieve(id: String(id)) }
      #expect(error?.statusCode == 404)
      #expect(await harness.requests(.retrieve).count == 1)
    }
  }

  @Test("prompts must have 1 to 32000 characters; nothing is sent otherwise")
  func promptLength() async throws {
    try await Harness.run { harness in
      for prompt in ["", String(repeating: "x", count: 32_001), String(repeating: "é", count: 32_001)] {
        let error = await expectAPIError { try await harness.client.remix(id: "video_completed", prompt: prompt) }
        #expect(error == .invalidPrompt(length: prompt.unicodeScalars.count))
        #expect(error?.outcome == .notSent)
      }
      #expect(await harness.sandbox.requests().isEmpty)
      let longest = String(repeating: "y", count: 32_000)
      let job = try await harness.client.remix(id: "video_completed", prompt: longest).value
      #expect(job.prompt == longest)
    }
  }

  @Test("list limits outside 1...100 and bad download targets make no request")
  func otherArguments() async throws {
    try await Harness.run { harness in
      for limit in [0, 101, -1] {
        let error = await expectAPIError { try await harness.client.list(limit: limit) }
        guard case .invalidArgument = error else {
          Issue.record("limit \(limit): \(String(describing: error))")
          continue
        }
      }
      for target in ["", harness.directory + "/"] {
        let error = await expectAPIError { try await harness.client.download(id: "video_completed", to: target) }
        guard case .invalidArgument = error else {
          Issue.record("target \(target): \(String(describing: error))")
          continue
        }
      }
      #expect(await harness.sandbox.requests().isEmpty)
    }
  }

  @Test(
    "plain http is refused for non-loopback hosts",
    arguments: [
      "http://api.cometapi.com", "http://10.0.0.1:8080/v1", "http://192.168.1.2", "http://example.com/v1/",
      "http://127.example.com", "http://[::2]:80",
    ])
  func plainHTTPRefused(base: String) async {
    let error = await expectAPIError {
      try VideoAPIClient(configuration: VideoAPIConfiguration(apiKey: testKey, baseURL: base))
    }
    guard case .invalidConfiguration(let why) = error else {
      Issue.record("expected invalidConfiguration for \(base), got \(String(describing: error))")
      return
    }
    #expect(why.contains("plain http"))
  }

  @Test(
    "base URLs are normalised to …/v1",
    arguments: [
      ("https://api.cometapi.com", "https://api.cometapi.com/v1"),
      ("https://api.cometapi.com/", "https://api.cometapi.com/v1"),
      ("https://api.cometapi.com/v1", "https://api.cometapi.com/v1"),
      ("https://api.cometapi.com/v1/", "https://api.cometapi.com/v1"),
      ("https://api.openai.com/v1", "https://api.openai.com/v1"),
      ("HTTPS://API.OpenAI.com:443", "https://api.openai.com/v1"),
      ("https://gw.example.com:8443/openai", "https://gw.example.com:8443/openai/v1"),
      ("http://127.0.0.1:8080", "http://127.0.0.1:8080/v1"),
      ("http://127.3.4.5:1/v1/", "http://127.3.4.5:1/v1"),
      ("http://localhost:9000", "http://localhost:9000/v1"),
      ("http://[::1]:9000", "http://[::1]:9000/v1"),
    ])
  func normalisedBase(input: String, expected: String) async throws {
    let client = try VideoAPIClient(configuration: VideoAPIConfiguration(apiKey: testKey, baseURL: input))
    #expect(client.apiBaseURL == expected)
    try await client.shutdown()
  }

  @Test(
    "unusable base URLs are refused",
    arguments: [
      "api.cometapi.com", "ftp://api.cometapi.com", "https://user:pw@api.cometapi.com",
      "https://api.cometapi.com/v1?x=1", "https://api.cometapi.com#frag", "https://", "https://h:70000",
    ])
  func badBase(base: String) async {
    let error = await expectAPIError {
      try VideoAPIClient(configuration: VideoAPIConfiguration(apiKey: testKey, baseURL: base))
    }
    guard case .invalidConfiguration = error else {
      Issue.record("expected invalidConfiguration for \(base), got \(String(describing: error))")
      return
    }
  }

  @Test("unusable keys and timeouts are refused")
  func badKeysAndTimeouts() async {
    for key in ["", "sk-a b", "sk-a\nb", "sk-é"] {
      let error = await expectAPIError { try VideoAPIClient(configuration: VideoAPIConfiguration(apiKey: key)) }
      guard case .invalidConfiguration = error else {
        Issue.record("key \(key.debugDescription): \(String(describing: error))")
        continue
      }
    }
    let error = await expectAPIError {
      try VideoAPIClient(configuration: VideoAPIConfiguration(apiKey: testKey, requestTimeout: .zero))
    }
    guard case .invalidConfiguration = error else {
      Issue.record("zero timeout: \(String(describing: error))")
      return
    }
  }

  @Test("the key does not show in the configuration, the client or the key itself")
  func keyNeverPrinted() async throws {
    let configuration = VideoAPIConfiguration(apiKey: testKey)
    expectKeyAbsent(configuration)
    expectKeyAbsent(configuration.apiKey)
    let client = try VideoAPIClient(configuration: configuration)
    expectKeyAbsent(client)
    #expect(configuration.description.contains("<redacted>"))
    try await client.shutdown()
  }
}
