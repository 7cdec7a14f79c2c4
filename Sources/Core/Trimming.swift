extension StringProtocol {
  /// The text without the whitespace (newlines included) at either end, trimmed by the
  /// standard library rather than through Foundation's character sets, which cost far more.
  public func trimmingWhitespace() -> String {
    guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
    return String(self[first...last])
  }
}
