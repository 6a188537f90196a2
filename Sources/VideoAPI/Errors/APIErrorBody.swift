/// The service's error object, `{"error": {"message", "type", "param", "code"}}`.
///
/// Every field is optional and an empty string (as CometAPI sends for `code` and `param`) counts as nil.
public struct APIErrorBody: Sendable, Hashable {
  /// The human-readable message (with the key redacted if the service echoed it).
  public var message: String?
  /// The error type, e.g. `invalid_request_error` or `comet_api_error`.
  public var type: String?
  /// The parameter the error is about.
  public var param: String?
  /// A machine-readable code, e.g. `invalid_api_key` or `invalid_request`.
  public var code: String?

  /// Creates an error object (fields as the service would send them, already cleaned).
  public init(message: String?, type: String?, param: String?, code: String?) {
    self.message = message
    self.type = type
    self.param = param
    self.code = code
  }
}

extension APIErrorBody: Decodable {
  private enum EnvelopeKeys: String, CodingKey { case error, message, type, param, code }

  /// Decodes `{"error": {...}}`, and also `{"error": "text"}` or a bare `{"message": ...}` that some gateways send.
  public init(from decoder: any Decoder) throws {
    let envelope = try decoder.container(keyedBy: EnvelopeKeys.self)
    if let inner = try? envelope.nestedContainer(keyedBy: EnvelopeKeys.self, forKey: .error) {
      self.init(container: inner)
    } else if let text = envelope.lenientString(forKey: .error) {
      self.init(message: text, type: nil, param: nil, code: nil)
    } else if envelope.contains(.message) {
      self.init(container: envelope)
    } else {
      throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "no error object"))
    }
  }

  private init(container: KeyedDecodingContainer<EnvelopeKeys>) {
    self.init(
      message: container.lenientString(forKey: .message),
      type: container.lenientString(forKey: .type),
      param: container.lenientString(forKey: .param),
      code: container.lenientString(forKey: .code)
    )
  }
}
