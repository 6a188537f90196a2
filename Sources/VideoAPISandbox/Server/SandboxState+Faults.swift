import NIOHTTP1

extension SandboxState {
  /// The reply for a fault that replaces the answer (applied before the request is authenticated or routed).
  func faultReply(_ rule: FaultRule, request: SandboxRequest, factory: ResponseFactory) -> SandboxReply {
    let reply = defaultFaultReply(rule, request: request, factory: factory)
    guard let style = rule.body, case .respond(let response, let delay, let truncatedTo) = reply else { return reply }
    return .respond(restyle(response, as: style, factory: factory), delay: delay, truncatedTo: truncatedTo)
  }

  /// The same error as an HTML page or as a JSON envelope; other headers (e.g. `Retry-After`) are kept.
  private func restyle(_ response: SandboxResponse, as style: FaultBody, factory: ResponseFactory) -> SandboxResponse {
    let isHTML = response.headers.contains { $0.0 == "Content-Type" && $0.1.hasPrefix("text/html") }
    guard isHTML != (style == .html) else { return response }
    let reason =
      response.status == 524 ? "A timeout occurred" : HTTPResponseStatus(statusCode: response.status).reasonPhrase
    let others = response.headers.filter { $0.0 != "Content-Type" && $0.0 != "x-request-id" }
    switch style {
    case .html:
      return factory.html(response.status, title: "\(response.status) \(reason)", text: "sandbox", extraHeaders: others)
    case .json:
      return factory.error(response.status, message: reason, type: "server_error", extraHeaders: others)
    }
  }

  private func defaultFaultReply(_ rule: FaultRule, request: SandboxRequest, factory: ResponseFactory) -> SandboxReply {
    switch rule.kind {
    case .rateLimit, .rateLimitLong:
      let long = rule.kind == .rateLimitLong
      var headers = [("Retry-After", String(rule.retryAfterSeconds ?? (long ? 300 : 1)))]
      let millis = rule.retryAfterMilliseconds ?? (long ? -1 : 100)
      if millis >= 0 { headers.append(("retry-after-ms", String(millis))) }
      return .respond(
        factory.error(
          429, message: "Rate limit reached for requests. Please try again later.", type: "requests",
          code: "rate_limit_exceeded", extraHeaders: headers))
    case .error422:
      return .respond(
        factory.error(422, message: "The request could not be processed.", code: "unprocessable_entity"))
    case .error500:
      return .respond(
        factory.error(
          500, message: "The server had an error while processing your request. Sorry about that!",
          type: "server_error"))
    case .error500InvalidRequest:
      return .respond(
        factory.cometError(
          500, message: "invalid request: the upstream rejected the parameters",
          code: "invalid_request"))
    case .error502HTML:
      return .respond(factory.html(502, title: "502 Bad Gateway", text: "nginx"))
    case .error503:
      return .respond(
        factory.error(
          503, message: "The engine is currently overloaded, please try again later.", type: "server_error",
          code: "service_unavailable"))
    case .error524:
      return .respond(
        factory.html(524, title: "api.cometapi.com | 524: A timeout occurred", text: "The origin web server timed out.")
      )
    case .html404:
      return .respond(factory.html(404, title: "404 Not Found", text: "nginx"))
    case .moved301:
      return .respond(
        factory.html(
          301, title: "301 Moved Permanently", text: "nginx", extraHeaders: [("Location", "\(apiBase)/docs/moved")]))
    case .drop:
      return .drop
    case .listUnsupported:
      return .respond(factory.error(404, message: "Invalid URL (\(request.method.rawValue) \(request.path))"))
    case .slow, .truncate, .redirect, .redirect301, .redirectLoop, .jsonOnContent, .acceptThenDelay, .acceptThenDrop:
      return .respond(factory.error(500, message: "sandbox: fault \(rule.kind.rawValue) applied out of phase"))
    }
  }

  /// The reply for a fault that changes a successful answer.
  func transform(
    _ response: SandboxResponse, by rule: FaultRule, request: SandboxRequest, factory: ResponseFactory
  ) -> SandboxReply {
    let segments = request.segments
    let id = segments.count > 2 ? segments[2] : ""
    let variant = request.queryValue("variant") ?? "video"
    switch rule.kind {
    case .truncate:
      return .respond(response, truncatedTo: response.body.count / 2)
    case .redirect, .redirect301:
      let status = rule.kind == .redirect ? 302 : 301
      let location = "\(storageBase)/storage/\(id)/\(variant)?sig=sandbox&expires=\(Self.unixNow() + 3600)"
      return .respond(
        factory.html(status, title: "\(status) Found", text: "Redirecting", extraHeaders: [("Location", location)]))
    case .redirectLoop:
      return .respond(
        factory.html(
          302, title: "302 Found", text: "Redirecting",
          extraHeaders: [("Location", "\(storageBase)/storage/loop/1?sig=sandbox")]))
    case .jsonOnContent:
      return .respond(
        factory.error(
          200, message: "Video content is not available yet. Please retry after the job is completed.",
          code: "content_unavailable"))
    case .acceptThenDelay:
      return .respond(response, delay: rule.delay)
    case .acceptThenDrop:
      return .drop
    default:
      return .respond(response)
    }
  }
}
