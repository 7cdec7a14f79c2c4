import Core
import Foundation

/// A place in the original file: line and column, both counted from 1, the column in Unicode
/// scalars of the decoded text.
public struct SourcePosition: Sendable, Codable, Equatable, Hashable, Comparable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (a: SourcePosition, b: SourcePosition) -> Bool { (a.line, a.column) < (b.line, b.column) }
}

/// A stretch of the original file, its end exclusive.
public struct SourceRegion: Sendable, Codable, Equatable, Hashable {
  public var start: SourcePosition
  public var end: SourcePosition
  /// Whether the region is the evidence itself, or only the start of the sentence that holds
  /// it (when markup between the letters hid the evidence's exact place).
  public var isExact: Bool
}

/// The source map: traces ranges of an article's cleaned text back to lines and columns of the
/// file it was read from.
///
/// Cleaning removes markup, collapses white space and decodes entities, but it keeps the
/// letters and digits of the text in order. The locator reads the original the way a browser
/// shows it (tags, comments, scripts and styles skipped, entities decoded), keeps only its
/// letters and digits, folded, each with its offset in the original, and finds each sentence's
/// letters there in order; a range inside a sentence is then found by counting letters.
public struct SourceLocator: Sendable {
  private let visible: [UInt32]
  private let offsets: [Int32]
  private let lineStarts: [Int]
  private let anchors: [Int?]
  private let cleaned: [Unicode.Scalar]
  private let sentenceStarts: [Int]

  /// A locator for `article`, or nil when the article does not keep its original text.
  public init?(_ article: Article) {
    guard let original = article.original else { return nil }
    let scalars = Array(original.unicodeScalars)
    var lineStarts = [0]
    for (index, scalar) in scalars.enumerated() {
      if scalar == "\n" || (scalar == "\r" && (index + 1 == scalars.count || scalars[index + 1] != "\n")) {
        lineStarts.append(index + 1)
      }
    }
    self.lineStarts = lineStarts
    var stream = VisibleStream(isMarkup: article.format == .html)
    stream.read(scalars)
    visible = stream.letters
    offsets = stream.offsets
    cleaned = Array(article.text.unicodeScalars)
    sentenceStarts = article.sentences.map(\.range.start)

    var anchors: [Int?] = []
    var cursor = 0
    for sentence in article.sentences {
      let key = Self.letters(of: cleaned, in: sentence.range).prefix(24)
      guard !key.isEmpty else {
        anchors.append(nil)
        continue
      }
      let found = Self.find(Array(key), in: visible, from: cursor) ?? Self.find(Array(key), in: visible, from: 0)
      anchors.append(found)
      if let found, found >= cursor { cursor = found + key.count }
    }
    self.anchors = anchors
  }

  /// Where `range` of sentence `sentence` lies in the original file.
  public func region(of range: TextRange, sentence: Int) -> SourceRegion? {
    guard anchors.indices.contains(sentence), let anchor = anchors[sentence] else { return nil }
    let before = Self.letters(of: cleaned, in: TextRange(start: sentenceStarts[sentence], end: max(sentenceStarts[sentence], range.start)))
    let wanted = Self.letters(of: cleaned, in: range)
    let start = anchor + before.count
    if !wanted.isEmpty, start + wanted.count <= visible.count, Array(visible[start..<start + wanted.count]) == wanted {
      return SourceRegion(
        start: position(at: Int(offsets[start])), end: position(at: Int(offsets[start + wanted.count - 1]) + 1), isExact: true)
    }
    let sentenceStart = position(at: Int(offsets[anchor]))
    return SourceRegion(start: sentenceStart, end: sentenceStart, isExact: false)
  }

  /// Where sentence `index` starts in the original file.
  public func position(ofSentence index: Int) -> SourcePosition? {
    guard anchors.indices.contains(index), let anchor = anchors[index] else { return nil }
    return position(at: Int(offsets[anchor]))
  }

  private func position(at offset: Int) -> SourcePosition {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return SourcePosition(line: low + 1, column: offset - lineStarts[low] + 1)
  }

  private static func letters(of scalars: [Unicode.Scalar], in range: TextRange) -> [UInt32] {
    let lower = max(0, min(range.start, scalars.count))
    let upper = max(lower, min(range.end, scalars.count))
    return scalars[lower..<upper].compactMap(VisibleStream.folded)
  }

  private static func find(_ key: [UInt32], in stream: [UInt32], from start: Int) -> Int? {
    guard let first = key.first, stream.count >= key.count else { return nil }
    var index = start
    let last = stream.count - key.count
    while index <= last {
      if stream[index] == first && stream[index..<index + key.count].elementsEqual(key) { return index }
      index += 1
    }
    return nil
  }
}

/// The letters and digits of an original file as a reader sees them, folded, each with its
/// scalar offset in the file.
struct VisibleStream {
  var isMarkup: Bool
  var letters: [UInt32] = []
  var offsets: [Int32] = []

  init(isMarkup: Bool) { self.isMarkup = isMarkup }

  mutating func read(_ scalars: [Unicode.Scalar]) {
    letters.reserveCapacity(scalars.count / 2)
    offsets.reserveCapacity(scalars.count / 2)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if isMarkup && scalar == "<" {
        index = Self.skipMarkup(scalars, from: index)
        continue
      }
      if isMarkup && scalar == "&", let (decoded, next) = Self.entity(scalars, at: index) {
        if let folded = Self.folded(decoded) { append(folded, at: index) }
        index = next
        continue
      }
      if let folded = Self.folded(scalar) { append(folded, at: index) }
      index += 1
    }
  }

  private mutating func append(_ letter: UInt32, at offset: Int) {
    letters.append(letter)
    offsets.append(Int32(clamping: offset))
  }

  /// A letter or digit, lowercased and without its accent; nil for anything else.
  static func folded(_ scalar: Unicode.Scalar) -> UInt32? {
    let value = scalar.value
    if value < 0x80 {
      switch value {
      case 0x30...0x39, 0x61...0x7A: return value
      case 0x41...0x5A: return value + 0x20
      default: return nil
      }
    }
    let properties = scalar.properties
    guard properties.isAlphabetic || properties.numericType != nil, properties.generalCategory != .nonspacingMark else { return nil }
    let base = String(scalar).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars.first
    return base?.value ?? value
  }

  /// The index after a tag, a comment, a declaration, or a script or style element.
  static func skipMarkup(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
    if matches(scalars, at: start, "<!--") { return after(scalars, "-->", from: start + 4) }
    if matches(scalars, at: start, "<![CDATA[") { return start + 9 }
    for element in ["script", "style"] where matches(scalars, at: start, "<" + element) {
      let end = after(scalars, ">", from: start)
      return after(scalars, "</" + element, from: end)
    }
    var index = start + 1
    var quote: Unicode.Scalar?
    while index < scalars.count {
      let scalar = scalars[index]
      if let open = quote {
        if scalar == open { quote = nil }
      } else if scalar == "\"" || scalar == "'" {
        quote = scalar
      } else if scalar == ">" {
        return index + 1
      }
      index += 1
    }
    return index
  }

  private static func matches(_ scalars: [Unicode.Scalar], at index: Int, _ text: String) -> Bool {
    var position = index
    for expected in text.unicodeScalars {
      guard position < scalars.count else { return false }
      let scalar = scalars[position]
      let lowered = (0x41...0x5A).contains(scalar.value) ? scalar.value + 0x20 : scalar.value
      guard lowered == expected.value else { return false }
      position += 1
    }
    return true
  }

  private static func after(_ scalars: [Unicode.Scalar], _ text: String, from start: Int) -> Int {
    var index = start
    while index < scalars.count {
      if matches(scalars, at: index, text) { return index + text.unicodeScalars.count }
      index += 1
    }
    return scalars.count
  }

  /// A character reference: `&#233;`, `&#xE9;`, or a named one. The named ones decoded are the
  /// letters news pages write as entities; any other reference reads as punctuation.
  static func entity(_ scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
    var end = start + 1
    while end < scalars.count, end - start < 12, scalars[end] != ";" {
      guard scalars[end] == "#" || scalars[end].properties.isAlphabetic || ("0"..."9").contains(scalars[end]) else { return nil }
      end += 1
    }
    guard end < scalars.count, scalars[end] == ";" else { return nil }
    var name = String.UnicodeScalarView()
    name.append(contentsOf: scalars[start + 1..<end])
    let text = String(name)
    if text.hasPrefix("#x") || text.hasPrefix("#X") {
      return UInt32(text.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { ($0, end + 1) }
    }
    if text.hasPrefix("#") { return UInt32(text.dropFirst()).flatMap(Unicode.Scalar.init).map { ($0, end + 1) } }
    return (namedLetter(text) ?? " ", end + 1)
  }

  /// `&egrave;` → è: a Latin-1 letter named by its base and its accent.
  static func namedLetter(_ name: String) -> Unicode.Scalar? {
    let accents = ["grave": "\u{300}", "acute": "\u{301}", "circ": "\u{302}", "tilde": "\u{303}", "uml": "\u{308}", "ring": "\u{30A}",
      "cedil": "\u{327}"]
    for (accent, mark) in accents where name.count == accent.count + 1 && name.hasSuffix(accent) {
      return (String(name.prefix(1)) + mark).precomposedStringWithCanonicalMapping.unicodeScalars.first
    }
    switch name {
    case "szlig": return "ß"
    case "aelig": return "æ"
    case "oslash": return "ø"
    default: return nil
    }
  }
}
