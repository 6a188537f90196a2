import AsyncHTTPClient
import NIOCore
import NIOHTTP1

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps errors from AsyncHTTPClient and SwiftNIO to a ``TransportFailure/Kind`` and a short detail.
enum TransportErrorClassifier {
  /// The kind of failure and a short detail text (not yet cleaned).
  static func classify(_ error: any Error, timeout: Duration) -> (kind: TransportFailure.Kind, detail: String) {
    if let error = error as? HTTPClientError {
      switch error {
      case .connectTimeout: return (.connectionFailed, "connect timeout")
      case .deadlineExceeded, .readTimeout:
        return (.timedOut, "no response within \(timeout.humanReadable)")
      case .writeTimeout: return (.timedOut, "write timeout")
      case .remoteConnectionClosed: return (.connectionClosed, "the server closed the connection")
      case .tlsHandshakeTimeout: return (.tlsFailed, "TLS handshake timeout")
      case .getConnectionFromPoolTimeout: return (.connectionFailed, "no connection available in time")
      default: return (.other, String(describing: error))
      }
    }
    if let error = error as? ChannelError {
      switch error {
      case .connectTimeout: return (.connectionFailed, "connect timeout")
      case .eof, .ioOnClosedChannel, .alreadyClosed, .outputClosed:
        return (.connectionClosed, "the connection was closed")
      default: return (.other, String(describing: error))
      }
    }
    if let error = error as? IOError {
      switch error.errnoCode {
      case ECONNREFUSED, EHOSTUNREACH, ENETUNREACH, EADDRNOTAVAIL, ETIMEDOUT:
        return (.connectionFailed, String(describing: error))
      case ECONNRESET, EPIPE:
        return (.connectionClosed, "the connection was reset")
      default:
        return (.other, String(describing: error))
      }
    }
    if let error = error as? HTTPParserError {
      if case .invalidEOFState = error { return (.connectionClosed, "the response ended early") }
      return (.other, "invalid HTTP response (\(error))")
    }
    // NIOPosix's NIOConnectionError (connection refused, DNS failure) and NIOSSL's errors are not visible to
    // this module as types; recognise them by name.
    let typeName = String(describing: type(of: error))
    if typeName.contains("NIOConnectionError") || typeName.contains("Resolution") {
      return (.connectionFailed, String(describing: error))
    }
    if typeName.contains("SSL") || typeName.contains("TLS") {
      return (.tlsFailed, String(describing: error))
    }
    return (.other, String(describing: error))
  }

  /// Whether the error means the task was cancelled.
  static func isCancellation(_ error: any Error) -> Bool {
    if error is CancellationError { return true }
    if let error = error as? HTTPClientError, error == .cancelled { return true }
    return false
  }
}
