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
    return Self.string(scalars[lower..<upper])
  }

  /// A string of scalars, encoded straight into the string's UTF-8 storage.
  public static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
      var count = 0
      for scalar in scalars {
        let value = scalar.value
        if value < 0x80 {
          buffer[count] = UInt8(value)
          count += 1
        } else if value < 0x800 {
          buffer[count] = UInt8(0xC0 | value >> 6)
          buffer[count + 1] = UInt8(0x80 | value & 0x3F)
          count += 2
        } else if value < 0x10000 {
          buffer[count] = UInt8(0xE0 | value >> 12)
          buffer[count + 1] = UInt8(0x80 | value >> 6 & 0x3F)
          buffer[count + 2] = UInt8(0x80 | value & 0x3F)
          count += 3
        } else {
          buffer[count] = UInt8(0xF0 | value >> 18)
          buffer[count + 1] = UInt8(0x80 | value >> 12 & 0x3F)
          buffer[count + 2] = UInt8(0x80 | value >> 6 & 0x3F)
          buffer[count + 3] = UInt8(0x80 | value & 0x3F)
          count += 4
        }
      }
      return count
    }
  }

  public var string: String { self[TextRange(start: 0, end: scalars.count)] }
}
