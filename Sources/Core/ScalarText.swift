import Foundation

/// A text held as an array of Unicode scalars, so that ranges in scalar offsets slice it in
/// constant time.
public struct ScalarText: Sendable, Hashable {
  public let scalars: [Unicode.Scalar]

  public init(_ string: String) { scalars = Array(string.unicodeScalars) }
  public init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

  public var count: Int { scalars.count }

  /// The text of `range`, clamped to the text's bounds.
  public subscript(range: TextRange) -> String {
    let lower = max(0, min(range.start, scalars.count))
    let upper = max(lower, min(range.end, scalars.count))
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[lower..<upper])
    return String(view)
  }

  public var string: String { self[TextRange(start: 0, end: scalars.count)] }
}
