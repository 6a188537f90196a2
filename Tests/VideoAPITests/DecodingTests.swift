import Foundation
import Testing

@testable import VideoAPI

@Suite("Decoding")
struct DecodingTests {
  private func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONDecoder().decode(type, from: Data(json.utf8))
  }

  @Test("a full Video with unknown keys and explicit nulls")
  func fullVideo() throws {
    let video = try decode(
      Video.self,
      """
      {"id":"video_68d7512d","object":"video","model":"sora-2-pro","status":"completed","progress":100,
       "created_at":1759938772,"completed_at":1759938900,"expires_at":null,"prompt":"a cat","size":"1792x1024",
       "seconds":"12","remixed_from_video_id":"video_src","error":null,"misalignment":{"x":1},"video_url":"https://x"}
      """)
    #expect(video.id == "video_68d7512d")
    #expect(video.model == "sora-2-pro")
    #expect(video.status == .completed)
    #expect(video.progress == 100)
    #expect(video.createdAt == 1_759_938_772)
    #expect(video.completedAt == 1_759_938_900)
    #expect(video.expiresAt == nil)
    #expect(video.prompt == "a cat")
    #expect(video.size == "1792x1024")
    #expect(video.seconds == "12")
    #expect(video.remixedFromVideoID == "video_src")
    #expect(video.error == nil)
  }

  @Test("missing nullable fields, as in CometAPI's remix answer")
  func missingNullableFields() throws {
    let video = try decode(
      Video.self,
      #"{"id":"video_1","object":"video","model":"sora-2","status":"queued","progress":0,"created_at":1,"#
        + #""size":"720x1280","seconds":"4","remixed_from_video_id":"video_src"}"#)
    #expect(video.status == .queued)
    #expect(video.completedAt == nil)
    #expect(video.expiresAt == nil)
    #expect(video.prompt == nil)
    #expect(video.error == nil)
    #expect(video.remixedFromVideoID == "video_src")
  }

  @Test("only id and status are required")
  func minimalVideo() throws {
    let video = try decode(Video.self, #"{"id":"video_1","status":"in_progress"}"#)
    #expect(video.object == "video")
    #expect(video.progress == 0)
    #expect(video.model == nil)
    #expect(video.size == nil)
    #expect(video.createdAt == nil)
    #expect(throws: DecodingError.self) { try decode(Video.self, #"{"status":"queued"}"#) }
  }

  @Test("statuses: unknown kept and terminal, expired and canceled terminal")
  func statuses() throws {
    let unknown = try decode(Video.self, #"{"id":"v","status":"archived"}"#)
    #expect(unknown.status == .unknown("archived"))
    #expect(unknown.status.rawValue == "archived")
    #expect(unknown.status.isTerminal)
    #expect(VideoStatus(rawValue: "expired") == .expired)
    #expect(VideoStatus(rawValue: "canceled") == .canceled)
    #expect(VideoStatus(rawValue: "cancelled") == .canceled)
    #expect(VideoStatus.expired.isTerminal && VideoStatus.canceled.isTerminal && VideoStatus.failed.isTerminal)
    #expect(!VideoStatus.queued.isTerminal && !VideoStatus.inProgress.isTerminal)
    #expect(VideoStatus.inProgress.rawValue == "in_progress")
  }

  @Test("size and seconds are strings; numbers and floats are tolerated")
  func lenientScalars() throws {
    let video = try decode(
      Video.self, #"{"id":"v","status":"queued","seconds":8,"size":"1280x720","progress":42.7,"created_at":1.5e9}"#)
    #expect(video.seconds == "8")
    #expect(video.size == "1280x720")
    #expect(video.progress == 42)
    #expect(video.createdAt == 1_500_000_000)
  }

  @Test("a failed job's error, with empty strings treated as absent")
  func jobError() throws {
    let failed = try decode(
      Video.self,
      #"{"id":"v","status":"failed","error":{"code":"moderation_blocked","message":"Blocked.","headers":{}}}"#)
    #expect(failed.error == VideoJobError(code: "moderation_blocked", message: "Blocked."))
    let empty = try decode(Video.self, #"{"id":"v","status":"failed","error":{"code":"","message":""}}"#)
    #expect(empty.error == nil)
    let codeOnly = try decode(Video.self, #"{"id":"v","status":"failed","error":{"code":"","message":"Oops"}}"#)
    #expect(codeOnly.error == VideoJobError(code: nil, message: "Oops"))
  }

  @Test("the error envelope: OpenAI, CometAPI with empty code and param, and odd shapes")
  func errorEnvelope() throws {
    let openAI = try decode(
      APIErrorBody.self,
      #"{"error":{"message":"Bad","type":"invalid_request_error","param":"prompt","code":"invalid_type"}}"#)
    #expect(
      openAI == APIErrorBody(message: "Bad", type: "invalid_request_error", param: "prompt", code: "invalid_type"))
    let comet = try decode(
      APIErrorBody.self,
      #"{"error":{"message":"quota (request id: 2025ABC)","type":"comet_api_error","param":"","code":""}}"#)
    #expect(comet.code == nil)
    #expect(comet.param == nil)
    #expect(comet.type == "comet_api_error")
    let split = ResponseBodySummary.splitRequestID(from: comet.message ?? "")
    #expect(split.message == "quota")
    #expect(split.requestID == "2025ABC")
    #expect(try decode(APIErrorBody.self, #"{"error":"plain text"}"#).message == "plain text")
    #expect(try decode(APIErrorBody.self, #"{"message":"top level"}"#).message == "top level")
    #expect(throws: (any Error).self) { try decode(APIErrorBody.self, #"{"data":[]}"#) }
  }

  @Test("a list page, with defaults for missing keys")
  func listPage() throws {
    let page = try decode(
      VideoList.self,
      #"{"object":"list","data":[{"id":"a","status":"queued"},{"id":"b","status":"completed"}],"#
        + #""first_id":"a","last_id":"b","has_more":true}"#)
    #expect(page.data.map(\.id) == ["a", "b"])
    #expect(page.hasMore)
    #expect(page.lastID == "b")
    let bare = try decode(VideoList.self, #"{"data":[{"id":"x","status":"queued"}]}"#)
    #expect(!bare.hasMore)
    #expect(bare.firstID == "x" && bare.lastID == "x")
  }

  @Test("HTTP dates in the three RFC 9110 formats")
  func httpDates() {
    let expected = Date(timeIntervalSince1970: 784_111_777)
    #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == expected)
    #expect(HTTPDate.parse("Sunday, 06-Nov-94 08:49:37 GMT") == expected)
    #expect(HTTPDate.parse("Sun Nov  6 08:49:37 1994") == expected)
    #expect(HTTPDate.parse("Wed, 31 Dec 2025 23:59:60 GMT") != nil)
    #expect(HTTPDate.parse("soon") == nil)
    #expect(HTTPDate.parse("Sun, 36 Nov 1994 08:49:37 GMT") == nil)
  }

  @Test("Retry-After: milliseconds first, then seconds, then a date")
  func retryAfter() {
    let now = Date(timeIntervalSince1970: 1_000_000)
    #expect(RetryAfter.delay(in: ["retry-after-ms": "250", "retry-after": "9"], now: now) == .milliseconds(250))
    #expect(RetryAfter.delay(in: ["Retry-After": "2"], now: now) == .seconds(2))
    #expect(RetryAfter.delay(in: ["Retry-After": "1.5"], now: now) == .milliseconds(1500))
    let inThirty = "Mon, 12 Jan 1970 13:47:10 GMT"  // 1_000_030
    #expect(RetryAfter.delay(in: ["Retry-After": inThirty], now: now) == .seconds(30))
    #expect(RetryAfter.delay(in: ["Retry-After": "Thu, 01 Jan 1970 00:00:00 GMT"], now: now) == .zero)
    #expect(RetryAfter.delay(in: ["Retry-After": "later"], now: now) == nil)
    #expect(RetryAfter.delay(in: [:], now: now) == nil)
  }

  @Test("HTML titles are extracted, bodies never dumped")
  func htmlSummary() {
    let page = Array("<!DOCTYPE html><HTML><head><TITLE>502 Bad &amp; Gateway</TITLE></head><body>x</body>".utf8)
    #expect(ResponseBodySummary.htmlTitle(page) == "502 Bad & Gateway")
    let redactor = Redactor(secret: testKey)
    let summary = ResponseBodySummary.summary(
      mediaType: "text/html", body: page, reason: "Bad Gateway", redactor: redactor)
    #expect(summary == "an HTML body (502 Bad & Gateway)")
    let untitled = ResponseBodySummary.summary(
      mediaType: "text/html", body: Array("<p>hi</p>".utf8), reason: "Bad Gateway", redactor: redactor)
    #expect(untitled == "an HTML body (Bad Gateway)")
    let text = ResponseBodySummary.summary(
      mediaType: "text/plain", body: Array("upstream \(testKey)\nfailed".utf8), reason: "", redactor: redactor)
    #expect(text == "a text body (\"upstream <redacted> failed\")")
  }
}
