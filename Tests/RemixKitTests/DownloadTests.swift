import Foundation
import RemixKit
import Testing
import VideoAPI
import VideoAPISandbox

@Suite("Downloading a job's content")
struct DownloadTests {
  @Test("a truncated download leaves no file and no temporary file")
  func truncatedLeavesNothing() async throws {
    try await GateHarness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.truncate, endpoint: .content)])
      let folder = harness.path("out")
      let target = folder + "/remix.mp4"
      do throws(VideoAPIError) {
        _ = try await JobDownload.save(client: harness.client, jobID: "video_completed", to: target)
        Issue.record("expected the download to fail")
      } catch {
        switch error {
        case .transport(let failure):
          #expect(failure.kind == .connectionClosed)
        case .download(let failure):
          guard case .lengthMismatch = failure.reason else {
            Issue.record("expected a body cut short, got \(error)")
            return
          }
        default:
          Issue.record("expected a body cut short, got \(error)")
        }
      }
      let left = try FileManager.default.contentsOfDirectory(atPath: folder)
      #expect(left.isEmpty)
      #expect(await harness.requests(.content).count == 3)
    }
  }

  @Test("a failed download keeps an existing file as it was")
  func failureKeepsExistingFile() async throws {
    try await GateHarness.run { harness in
      let target = harness.path("keep.mp4")
      try Data("old".utf8).write(to: URL(fileURLWithPath: target))
      await harness.sandbox.setFaults([FaultRule(.jsonOnContent)])
      await #expect(throws: VideoAPIError.self) {
        _ = try await JobDownload.save(client: harness.client, jobID: "video_completed", to: target)
      }
      #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
      #expect(try FileManager.default.contentsOfDirectory(atPath: harness.directory) == ["keep.mp4"])
    }
  }

  @Test(
    "a redirected download is saved intact and the storage host never sees the key",
    arguments: [ContentVariant.video, .thumbnail, .spritesheet])
  func redirectedIntact(variant: ContentVariant) async throws {
    try await GateHarness.run { harness in
      await harness.sandbox.setFaults([FaultRule(.redirect, endpoint: .content)])
      let target = harness.path("new/folder/remix.\(variant.fileExtension)")
      let result = try await JobDownload.save(
        client: harness.client, jobID: "video_completed", variant: variant, to: target)
      let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: target)))
      #expect(bytes == SampleContent.bytes(for: "video_completed", variant: variant.rawValue))
      #expect(result.bytesWritten == Int64(bytes.count))
      #expect(result.redirects == 1)
      let storage = await harness.requests(.storage)
      #expect(storage.count == 1)
      #expect(storage.allSatisfy { !$0.hasAuthorization })
      #expect(await harness.requests(.content).allSatisfy { $0.header("authorization") == "Bearer \(remixTestKey)" })
      let names = try FileManager.default.contentsOfDirectory(atPath: harness.path("new/folder"))
      #expect(names == ["remix.\(variant.fileExtension)"])
    }
  }
}
