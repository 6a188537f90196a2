extension Duration {
  /// The duration in seconds as a floating-point number.
  var secondsValue: Double {
    let parts = components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
  }

  /// A duration from floating-point seconds (negative and non-finite values give zero).
  static func fromSeconds(_ seconds: Double) -> Duration {
    guard seconds.isFinite, seconds > 0 else { return .zero }
    return .nanoseconds(Int64(min(seconds, 9e9) * 1e9))
  }

  /// Short text such as `300 s`, `1.5 s` or `250 ms`.
  var humanReadable: String {
    let seconds = secondsValue
    if seconds < 1 { return "\(Int((seconds * 1000).rounded())) ms" }
    if seconds == seconds.rounded() { return "\(Int(seconds)) s" }
    return "\((seconds * 10).rounded() / 10) s"
  }
}
