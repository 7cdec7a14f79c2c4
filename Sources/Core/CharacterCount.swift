extension String {
  /// `count`, told from the bytes of an ASCII text, where each byte is a character (a carriage
  /// return is not: "\r\n" is one character of two bytes, so such a text is counted in full).
  public var characterCount: Int {
    utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? utf8.count : count
  }
}

extension String {
  /// `split(separator: " ")`, read on the bytes of an ASCII text, where every space byte is a
  /// separator; any other text is split by characters (a space followed by a combining mark is
  /// one character, and no separator).
  public var spaceSeparated: [Substring] {
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return split(separator: " ") }
    var result: [Substring] = []
    var start = startIndex
    var index = startIndex
    while index != endIndex {
      if utf8[index] == 0x20 {
        if start != index { result.append(self[start..<index]) }
        start = utf8.index(after: index)
      }
      index = utf8.index(after: index)
    }
    if start != endIndex { result.append(self[start..<endIndex]) }
    return result
  }
}

extension String {
  /// Whether the text's UTF-8 holds `byte` ("-" in "twenty-first"): read on the contiguous
  /// bytes every native string has, where `utf8.contains` steps the view's iterator, a call a
  /// byte. The readers ask it of nearly every word.
  @inlinable public func containsByte(_ byte: UInt8) -> Bool {
    utf8.withContiguousStorageIfAvailable { $0.contains(byte) } ?? utf8.contains(byte)
  }
}
