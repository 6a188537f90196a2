import AsyncHTTPClient
import NIOCore
import NIOHTTP1

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One attempt at downloading a content variant: follows redirects by hand (the key goes only to the API's
/// origin), checks the status and content type, and streams the body into a ``PartialFile``.
struct ContentDownload {
  let executor: RequestExecutor
  let apiPath: String
  let variant: ContentVariant
  let target: String
  let maximumRedirects: Int

  private static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]
  private static let genericTypes: Set<String> = [
    "application/octet-stream", "application/binary", "binary/octet-stream",
  ]

  func run(attempt: Int) async throws(VideoAPIError) -> DownloadResult {
    var url = executor.base.url(forPath: apiPath)
    var origin = executor.base.origin
    var shownPath = apiPath
    var requestID: String?
    var redirects = 0
    while true {
      let response = try await executor.open(method: .GET, url: url, path: shownPath, origin: origin, accept: "*/*")
      let status = Int(response.status.code)
      if redirects == 0 {
        requestID = response.headers.requestID.map { executor.redactor.clean($0, limit: 100) }
      }
      if Self.redirectStatuses.contains(status) {
        guard redirects < maximumRedirects else {
          throw failure(.tooManyRedirects(maximumRedirects), status: status, requestID: requestID)
        }
        let location = response.headers.first(name: "location")
        let next = try resolve(location, from: url, status: status, requestID: requestID)
        _ = try? await executor.readBody(
          response, limit: 65_536, strict: false, method: "GET", path: shownPath, probe: nil)
        url = next.url
        origin = next.origin
        shownPath = next.origin == executor.base.origin ? next.path : next.origin.description + next.path
        redirects += 1
        continue
      }
      guard (200..<300).contains(status) else {
        let body = try await executor.readBody(
          response, limit: RequestExecutor.errorBodyLimit, strict: false, method: "GET", path: shownPath, probe: nil)
        let raw = RawResponse(status: response.status, headers: response.headers, body: body)
        let outcome: RequestOutcome = status >= 500 ? .unknown : .rejected
        throw .http(executor.httpFailure(raw, method: "GET", path: shownPath, outcome: outcome))
      }
      return try await save(
        response, shownPath: shownPath, requestID: requestID, redirects: redirects, attempt: attempt)
    }
  }

  // MARK: - Redirects

  private func resolve(_ location: String?, from current: String, status: Int, requestID: String?)
    throws(VideoAPIError) -> (url: String, origin: Origin, path: String)
  {
    guard let location, !location.isEmpty else {
      throw failure(
        .invalidRedirect("a \(status) redirect without a Location header"), status: status,
        requestID: requestID)
    }
    guard let base = URL(string: current), let resolved = URL(string: location, relativeTo: base)?.absoluteURL,
      let components = URLComponents(url: resolved, resolvingAgainstBaseURL: false),
      let origin = Origin(components: components)
    else {
      throw failure(.invalidRedirect("a redirect to an unusable location"), status: status, requestID: requestID)
    }
    guard origin.isSecureOrLoopback else {
      throw failure(
        .invalidRedirect("a redirect to plain http on \(executor.redactor.clean(origin.host, limit: 80)) was refused"),
        status: status, requestID: requestID)
    }
    let path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
    return (resolved.absoluteString, origin, executor.redactor.clean(path, limit: 200))
  }

  // MARK: - Body

  private func save(
    _ response: HTTPClientResponse, shownPath: String, requestID: String?, redirects: Int, attempt: Int
  ) async throws(VideoAPIError) -> DownloadResult {
    let status = Int(response.status.code)
    let mediaType = ResponseBodySummary.mediaType(response.headers)
    let isGeneric = mediaType.map { Self.genericTypes.contains($0) } ?? true
    if ResponseBodySummary.isJSON(mediaType) || mediaType == "text/html" {
      let body = try await executor.readBody(
        response, limit: RequestExecutor.errorBodyLimit, strict: false, method: "GET", path: shownPath, probe: nil)
      throw wrongBody(body, mediaType: mediaType, status: status, requestID: requestID)
    }
    if let mediaType, !isGeneric, !variant.accepts(mediaType: mediaType) {
      throw failure(
        .unexpectedContentType(executor.redactor.clean(mediaType, limit: 80)), status: status, requestID: requestID)
    }
    let expectedLength = response.headers.first(name: "content-length").flatMap { Int64($0) }
    let file: PartialFile
    do {
      file = try PartialFile(target: target)
    } catch {
      throw fileFailure(error, status: status, requestID: requestID)
    }
    do {
      var sniffed = !isGeneric
      for try await chunk in response.body {
        if !sniffed, chunk.readableBytes > 0 {
          sniffed = true
          let first = ResponseBodySummary.firstSignificantByte(chunk.readableBytesView)
          if first == UInt8(ascii: "{") || first == UInt8(ascii: "<") {
            let rest = try await executor.readBody(
              response, limit: RequestExecutor.errorBodyLimit, strict: false, method: "GET", path: shownPath,
              probe: nil)
            throw wrongBody(
              Array(chunk.readableBytesView) + rest, mediaType: mediaType, status: status,
              requestID: requestID)
          }
        }
        try file.write(chunk)
        try Task.checkCancellation()
      }
    } catch let error as VideoAPIError {
      file.discard()
      throw error
    } catch let error as PartialFile.Failure {
      file.discard()
      throw fileFailure(error, status: status, requestID: requestID)
    } catch {
      file.discard()
      throw await executor.transportError(error, method: "GET", path: shownPath, probe: nil, responseStarted: true)
    }
    if Task.isCancelled {
      file.discard()
      throw .cancelled(outcome: .unknown)
    }
    if let expectedLength, expectedLength != file.bytesWritten {
      file.discard()
      throw failure(
        .lengthMismatch(expected: expectedLength, received: file.bytesWritten), status: status, requestID: requestID)
    }
    if file.bytesWritten == 0 {
      file.discard()
      throw failure(.emptyBody, status: status, requestID: requestID)
    }
    do {
      try file.commit()
    } catch {
      throw fileFailure(error, status: status, requestID: requestID)
    }
    return DownloadResult(
      path: target, bytesWritten: file.bytesWritten, contentType: mediaType, requestID: requestID,
      redirects: redirects, attempts: attempt)
  }

  /// The error for a success status whose body is JSON or HTML instead of the asset.
  private func wrongBody(_ body: [UInt8], mediaType: String?, status: Int, requestID: String?) -> VideoAPIError {
    if ResponseBodySummary.looksLikeHTML(mediaType: mediaType, body: body), !ResponseBodySummary.isJSON(mediaType) {
      let title = ResponseBodySummary.htmlTitle(body).map { executor.redactor.clean($0, limit: 80) }
      return failure(.htmlBody(title: title), status: status, requestID: requestID)
    }
    let decoded = try? JSONDecoder().decode(APIErrorBody.self, from: Data(body))
    return failure(.errorBody(decoded.map(executor.redactor.clean)), status: status, requestID: requestID)
  }

  private func failure(_ reason: DownloadFailure.Reason, status: Int?, requestID: String?) -> VideoAPIError {
    .download(DownloadFailure(reason: reason, path: apiPath, variant: variant, status: status, requestID: requestID))
  }

  private func fileFailure(_ error: PartialFile.Failure, status: Int, requestID: String?) -> VideoAPIError {
    failure(
      .fileSystem(
        operation: error.operation, path: executor.redactor.clean(error.path, limit: 300), code: error.code,
        message: error.message),
      status: status, requestID: requestID)
  }
}
