import Core

/// An element's or an attribute's name in lowercase, as libxml2's HTML parser writes them,
/// its bytes packed into two integers: the walker compares and looks up the name of every
/// element of a page, and the parser's input every attribute's, and integers do that without
/// building a string. A name over 16 bytes (only a custom element's, `<article-body-container>`)
/// keeps its first 16 bytes and its length, so it is never taken for a name HTML defines.
struct MarkupName: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
  private var head: UInt64 = 0
  private var tail: UInt64 = 0
  private(set) var length = 0
  /// Whether the name holds a hyphen, as custom elements' names do.
  private(set) var hasHyphen = false

  /// The name of NUL-terminated bytes.
  init(bytes: UnsafePointer<UInt8>) {
    var index = 0
    while bytes[index] != 0 {
      add(bytes[index], at: index)
      index += 1
    }
    length = index
  }

  /// The name of `range` of `page`, lowercased.
  init(_ page: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
    for index in range {
      add(ScalarClass.asciiLowercased(page[index]), at: index - range.lowerBound)
    }
    length = range.count
  }

  init(_ name: String) {
    for (index, byte) in name.utf8.enumerated() { add(byte, at: index) }
    length = name.utf8.count
  }

  init(stringLiteral name: String) { self.init(name) }

  private mutating func add(_ byte: UInt8, at index: Int) {
    if byte == UInt8(ascii: "-") { hasHyphen = true }
    if index < 8 {
      head |= UInt64(byte) << (8 * index)
    } else if index < 16 {
      tail |= UInt64(byte) << (8 * (index - 8))
    }
  }

  /// One word hashed, not four: names are looked up for every element and attribute.
  func hash(into hasher: inout Hasher) { hasher.combine(head ^ (tail &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(length)) }

  var description: String {
    let bytes = (0..<min(length, 16)).map { index in UInt8(truncatingIfNeeded: (index < 8 ? head : tail) >> (8 * (index % 8))) }
    return String(decoding: bytes, as: UTF8.self) + (length > 16 ? "…" : "")
  }

  static let a: MarkupName = "a"
  static let article: MarkupName = "article"
  static let body: MarkupName = "body"
  static let br: MarkupName = "br"
  static let h1: MarkupName = "h1"
  static let header: MarkupName = "header"
  static let hr: MarkupName = "hr"
  static let html: MarkupName = "html"
  static let main: MarkupName = "main"
  static let noscript: MarkupName = "noscript"
  static let p: MarkupName = "p"
  static let td: MarkupName = "td"
  static let th: MarkupName = "th"
}
