extension String {
  /// `count`, told from the bytes of an ASCII text, where each byte is a character (a carriage
  /// return is not: "\r\n" is one character of two bytes, so such a text is counted in full).
  public var characterCount: Int {
    utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? utf8.count : count
  }
}
