import Foundation
import Testing
import VideoAPI
import VideoAPISandbox

@Suite("Content download")
struct DownloadTests {
  private func contents(_ path: String) throws -> [UInt8] {
    try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
  }

  @Test("each variant is saved intact with its content type", arguments: ContentVariant.allCases)
  func intact(variant: ContentVariant) async throws {
    try await Harness.run { harness in
      let target = harness.path("out.\(variant.fileExtension)")
      let result = try await harness.client.download(id: "video_completed", variant: variant, to: target)
      let expected = SampleContent.bytes(for: "video_completed", variant: variant.rawValue)
      #expect(try contents(target) == expected)
      #expect(result.bytesWritten == Int64(expected.count))
      #expect(result.contentType == variant.expectedContentType)
      #expect(result.redirects == 0)
      #expect(result.requestID?.hasPrefix("req_sbx_") == true)
      #expect(harness.directoryContents() == ["out.\(variant.fileExtension)"])
      let request = await harness.requests(.content).first
      #expect(request?.query == "variant=\(variant.rawValue)")
      #expect(request?.hasAuthorization == true)
    }
  }

  @Test("file signatures: MP4 ftyp, RIFF/WEBP, JPEG SOI/EOI")
  func signatures() async throws {
    try await Harness.run { harness in
      let video = try await harness.client.download(id: "video_completed", variant: .video, to: harness.path("v"))
      let mp4 = try contents(video.path)
      #expect(Array(mp4[4..<8]) == Array("ftyp".utf8))
      let thumb = try await harness.client.download(id: "video_completed", variant: .thumbnail, to: harness.path("t"))
      let webp = try contents(thumb.path)
      #expect(Array(webp[0..<4]) == Array("RIFF".utf8) && Array(webp[8..<12]) == Array("WEBP".utf8))
      let sheet = try await harness.client.download(id: "video_completed", variant: .spritesheet, to: harness.path("s"))
      let jpeg = try contents(sheet.path)
      #expect(Array(jpeg.prefix(3)) == [0xFF, 0xD8, 0xFF] && Array(jpeg.suffix(2)) == [0xFF, 0xD9])
    }
  }

  @Test("an existing file is replaced on success and kept on failure")
  func replaceOrKeep() async throws {
    try await Harness.run { harness in
      let target = harness.path("keep.mp4")
      try Data("old".utf8).write(to: URL(fileURLWithPath: target))
      await harness.sandbox.setFaults([FaultRule(.jsonOnContent, count: 1)])
      await expectAPIError { try await harness.client.download(id: "video_completed", to: target) }
      #expect(try contents(target) == Array("old".utf8))
      _ = try await harness.client.download(id: "video_completed", to: target)
      #expect(try contents(target) == SampleContent.bytes(for: "video_completed", variant: "video"))
      #expect(harness.directoryContents() == ["keep.mp4"])
    }
  }

  @Test("a truncated body, every time: an error, retried, and no file or temporary file left")
  func truncatedLeavesNothing() async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.truncate, endpoint: .content)])
      let error = await expectAPIError {
        try await harness.client.download(id: "video_completed", to: harness.path("cut.mp4"))
      }
      switch error {
      case .transport(let failure): #expect(failure.kind == .connectionClosed)
      case .download(let failure):
        guard case .lengthMismatch = failure.reason else {
          Issue.record("unexpected download failure \(failure)")
          break
        }
      default: Issue.record("expected a truncation error, got \(String(describing: error))")
      }
      #expect(await harness.requests(.content).count == 3)
      #expect(harness.directoryContents().isEmpty)
    }
  }

  @Test("a truncated body once: the retry saves the file intact")
  func truncatedOnceRecovers() async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.truncate, endpoint: .content, count: 1)])
      let result = try await harness.client.download(id: "video_completed", to: harness.path("ok.mp4"))
      #expect(result.attempts == 2)
      #expect(try contents(result.path) == SampleContent.bytes(for: "video_completed", variant: "video"))
      #expect(harness.directoryContents() == ["ok.mp4"])
    }
  }

  @Test(
    "a redirect to the storage origin: saved intact, and the storage host never saw Authorization",
    arguments: [FaultKind.redirect, .redirect301])
  func redirectToSecondOrigin(kind: FaultKind) async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(kind)])
      let result = try await harness.client.download(
        id: "video_completed", variant: .thumbnail, to: harness.path("thumb.webp"))
      #expect(result.redirects == 1)
      #expect(try contents(result.path) == SampleContent.bytes(for: "video_completed", variant: "thumbnail"))
      let api = await harness.requests(.content)
      let storage = await harness.requests(.storage)
      #expect(api.count == 1 && api.first?.hasAuthorization == true)
      #expect(api.first?.status == (kind == .redirect ? 302 : 301))
      #expect(storage.count == 1)
      #expect(storage.allSatisfy { !$0.hasAuthorization })
      #expect(storage.first?.path == "/storage/video_completed/thumbnail")
    }
  }

  @Test("a truncated body from the storage host leaves nothing behind")
  func truncatedFromStorage() async throws {
    try await Harness.run(maximumRetries: 0) { harness in
      await harness.sandbox.setFaults([FaultRule(.redirect), FaultRule(.truncate, endpoint: .storage)])
      await expectAPIError { try await harness.client.download(id: "video_completed", to: harness.path("x.mp4")) }
      #expect(await harness.requests(.storage).count == 1)
      #expect(harness.directoryContents().isEmpty)
    }
  }

  @Test("an endless redirect chain stops after the limit")
  func redirectLoop() async throws {
    try await Harness.run(maximumRetries: 0) { harness in
      await harness.sandbox.setFaults([FaultRule(.redirectLoop)])
      let error = await expectAPIError {
        try await harness.client.download(id: "video_completed", to: harness.path("loop.mp4"))
      }
      guard case .download(let failure) = error, case .tooManyRedirects(5) = failure.reason else {
        Issue.record("expected tooManyRedirects, got \(String(describing: error))")
        return
      }
      #expect(await harness.requests(.storage).count == 5)
      #expect(await harness.requests(.storage).allSatisfy { !$0.hasAuthorization })
      #expect(harness.directoryContents().isEmpty)
    }
  }

  @Test("a JSON body with 200 on /content is an API error, not a video")
  func jsonOnContent() async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.jsonOnContent)])
      let error = await expectAPIError {
        try await harness.client.download(id: "video_completed", to: harness.path("j.mp4"))
      }
      guard case .download(let failure) = error, case .errorBody(let body) = failure.reason else {
        Issue.record("expected an errorBody failure, got \(String(describing: error))")
        return
      }
      #expect(body?.code == "content_unavailable")
      #expect(failure.status == 200)
      #expect(error?.apiError?.code == "content_unavailable")
      #expect(error?.description.contains("carried a JSON error instead of the video") == true)
      #expect(await harness.requests(.content).count == 1)
      #expect(harness.directoryContents().isEmpty)
    }
  }

  @Test("an HTML error page on /content is summarised and leaves no file")
  func htmlOnContent() async throws {
    try await Harness.run(maximumRetries: 1) { harness in
      await harness.sandbox.setFaults([FaultRule(.error524, endpoint: .content)])
      let error = await expectAPIError {
        try await harness.client.download(id: "video_completed", to: harness.path("h.mp4"))
      }
      #expect(error?.statusCode == 524)
      #expect(
        error?.description.hasPrefix(
          "HTTP 524 with an HTML body (api.cometapi.com | 524: A timeout occurred)") == true)
      #expect(error?.description.contains("<") == false)
      #expect(await harness.requests(.content).count == 2)
      #expect(harness.directoryContents().isEmpty)
    }
  }

  @Test(
    "content of jobs that are not completed is an error without a file",
    arguments: [
      ("video_queued", 400), ("video_in_progress", 400), ("video_failed", 400), ("video_canceled", 400),
      ("video_expired", 410), ("video_unknown", 404),
    ])
  func notCompleted(id: String, status: Int) async throws {
    try await Harness.run { harness in
      let error = await expectAPIError { try await harness.client.download(id: id, to: harness.path("n.mp4")) }
      #expect(error?.statusCode == status)
      #expect(await harness.requests(.content).count == 1)
      #expect(harness.directoryContents().isEmpty)
    }
  }

  @Test("a download cancelled while waiting leaves nothing behind")
  func cancelled() async throws {
    try await Harness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.slow, endpoint: .content, delaySeconds: 5)])
      let client = harness.client
      let target = harness.path("c.mp4")
      let task = Task { try await client.download(id: "video_completed", to: target) }
      while await harness.requests(.content).isEmpty { try await Task.sleep(for: .milliseconds(20)) }
      task.cancel()
      let error = await expectAPIError { try await task.value }
      guard case .cancelled = error else {
        Issue.record("expected cancelled, got \(String(describing: error))")
        return
      }
      #expect(harness.directoryContents().isEmpty)
    }
  }

  @Test("a missing target directory is a file-system error")
  func missingDirectory() async throws {
    try await Harness.run { harness in
      let error = await expectAPIError {
        try await harness.client.download(id: "video_completed", to: harness.path("nope/out.mp4"))
      }
      guard case .download(let failure) = error, case .fileSystem(let operation, _, _, _) = failure.reason else {
        Issue.record("expected a file-system error, got \(String(describing: error))")
        return
      }
      #expect(operation == "create")
      #expect(harness.directoryContents().isEmpty)
    }
  }
}
