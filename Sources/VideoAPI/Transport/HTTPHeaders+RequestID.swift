import NIOHTTP1

extension HTTPHeaders {
  /// The request id from `x-request-id` (or the `request-id` / `x-oneapi-request-id` spellings).
  var requestID: String? {
    for name in ["x-request-id", "request-id", "x-oneapi-request-id"] {
      if let value = first(name: name), !value.isEmpty { return value }
    }
    return nil
  }
}
