extension VideoAPIClient {
  /// `GET /v1/videos/{id}/content?variant=…`, saved to `path`.
  ///
  /// Redirects (up to ``VideoAPIConfiguration/maximumRedirects``) are followed by hand so that `Authorization`
  /// is sent only to the API's own origin (scheme, host and port), never to a storage host. The final answer
  /// must be a 2xx with a content type that fits the variant (`video/*`; `image/*` for thumbnail and
  /// spritesheet; generic binary types are accepted after a look at the first bytes); a JSON or HTML body is
  /// an error. The body is streamed into `.<name>.part-<random>` beside `path`, checked against
  /// `Content-Length`, synced, and renamed over `path`. On any failure, including cancellation, `path` is left
  /// as it was and the temporary file is removed. Retried like other GET requests (from the first hop).
  /// - Returns: the path, the number of bytes written and the response metadata.
  public func download(id: String, variant: ContentVariant = .video, to path: String)
    async throws(VideoAPIError) -> DownloadResult
  {
    try InputValidation.checkVideoID(id, redactor: executor.redactor)
    guard !path.isEmpty, !path.hasSuffix("/") else {
      throw .invalidArgument("the download target must be a file path")
    }
    let download = ContentDownload(
      executor: executor,
      apiPath: executor.base.path("/videos/\(id)/content", query: [("variant", variant.rawValue)]),
      variant: variant,
      target: path,
      maximumRedirects: max(0, configuration.maximumRedirects)
    )
    return try await executor.withRetries { attempt throws(VideoAPIError) in
      try await download.run(attempt: attempt)
    }
  }
}
