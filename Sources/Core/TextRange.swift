import Foundation

/// A half-open range of Unicode scalar offsets into an article's cleaned text.
///
/// Offsets count Unicode scalars, as the JSON contract says, so "è" counts one and an emoji
/// counts one, whatever its UTF-8 or UTF-16 length.
public struct TextRange: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    precondition(start <= end, "TextRange start \(start) after end \(end)")
    self.start = start
    self.end = end
  }

  public var length: Int { end - start }
  public var isEmpty: Bool { start == end }

  public func contains(_ other: TextRange) -> Bool { start <= other.start && other.end <= end }
  public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }

  /// The same range moved by `delta` scalars.
  public func shifted(by delta: Int) -> TextRange { TextRange(start: start + delta, end: end + delta) }

  public static func < (lhs: TextRange, rhs: TextRange) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  public var description: String { "@\(start)-\(end)" }
}
