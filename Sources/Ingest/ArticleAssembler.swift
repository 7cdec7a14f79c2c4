import Core
import Foundation

/// Turns a cleaner's raw blocks into an article's text, blocks and sentences: drops page
/// furniture and repeated headlines, keeps the title once, splits off trailing credits, marks
/// captions and datelines, and guesses headings in plain text.
struct ArticleAssembler {
  struct Assembled {
    var title: String?
    var text: String
    var blocks: [Block]
    var sentences: [Sentence]
    var datelineDate: SimpleDate?
  }

  let language: Language
  /// Candidate titles from metadata, best first (og:title, JSON-LD headline, h1, `<title>`).
  let titles: [String]

  /// The longest heading-like line, in words, a plain-text block may be to count as a heading.
  static let maxHeadingWords = 16

  init(language: Language, titles: [String]) {
    self.language = language
    self.titles = titles
  }

  /// The article from its raw blocks; `furniture` says which blocks `PageFurniture.isFurniture`
  /// takes for furniture, as written.
  mutating func assemble(_ raw: [RawBlock], furniture: [Bool]) -> Assembled {
    var kept: [RawBlock] = []
    var seen: Set<String> = []
    var datelineDate: SimpleDate?
    var title = titles.first.map(Self.withoutSiteSuffix)
    var titleEmitted = false
    // The title folded once, not for every block it is compared with.
    var foldedTitle = title.map(Folding.fold)

    for (position, block) in raw.enumerated() {
      let text = block.text.trimmingWhitespace()
      // A block that trimming left as it was is furniture as it was told.
      let isFurniture =
        text.utf8.count == block.text.utf8.count ? furniture[position] : PageFurniture.isFurniture(text)
      guard !text.isEmpty, !isFurniture else { continue }
      let folded = Folding.fold(text)
      if title == nil, !block.isMarkedUp || block.role == .title {
        title = text
        foldedTitle = folded
      }
      if title != nil, folded == foldedTitle {
        if !titleEmitted {
          kept.append(RawBlock(text: text, role: .title, isMarkedUp: true))
          titleEmitted = true
          seen.insert(folded)
        }
        continue
      }
      guard !seen.contains(folded) else { continue }
      seen.insert(folded)

      var role = block.role == .title ? .heading : block.role
      if role != .caption, let date = DatelineReader.date(in: text, language: language) {
        datelineDate = datelineDate ?? date
        kept.append(RawBlock(text: text, role: .dateline, isMarkedUp: block.isMarkedUp))
        continue
      }
      if !block.isMarkedUp {
        if PageFurniture.endsWithPhotoCredit(text) {
          role = .caption
        } else if position + 1 < raw.count, Self.looksLikeHeading(text) {
          role = .heading
        }
      }
      if let creditStart = PageFurniture.trailingCreditStart(in: text), creditStart > text.startIndex {
        let body = text[..<creditStart].trimmingWhitespace()
        if !body.isEmpty { kept.append(RawBlock(text: body, role: role, isMarkedUp: block.isMarkedUp)) }
        kept.append(RawBlock(text: String(text[creditStart...]), role: .credit, isMarkedUp: block.isMarkedUp))
        continue
      }
      kept.append(RawBlock(text: text, role: role, isMarkedUp: block.isMarkedUp))
    }
    if !titleEmitted, let title, !title.isEmpty {
      kept.insert(RawBlock(text: title, role: .title, isMarkedUp: true), at: 0)
    }
    // A text of one line, or a page whose only text is its headline, is all body: a single
    // translated sentence is compared as a sentence, not as a headline.
    if !kept.contains(where: { $0.role.makesClaims && $0.role != .title }) {
      kept = kept.map { $0.role == .title ? RawBlock(text: $0.text, role: .body, isMarkedUp: $0.isMarkedUp) : $0 }
    }
    return build(kept, title: title, datelineDate: datelineDate)
  }

  private func build(_ blocks: [RawBlock], title: String?, datelineDate: SimpleDate?) -> Assembled {
    var scalars: [Unicode.Scalar] = []
    var ranges: [Block] = []
    for block in blocks {
      if !scalars.isEmpty { scalars.append(contentsOf: "\n\n".unicodeScalars) }
      let start = scalars.count
      scalars.append(contentsOf: block.text.unicodeScalars)
      ranges.append(Block(role: block.role, range: TextRange(start: start, end: scalars.count)))
    }
    let text = ScalarText(scalars: scalars)
    let splitter = SentenceSplitter(language: language)
    var sentences: [Sentence] = []
    for (blockIndex, block) in ranges.enumerated() {
      let pieces = block.role.makesClaims ? splitter.split(text, range: block.range) : [block.range]
      for piece in pieces {
        sentences.append(Sentence(index: sentences.count, text: text[piece], role: block.role, range: piece, block: blockIndex))
      }
    }
    return Assembled(title: title, text: text.string, blocks: ranges, sentences: sentences, datelineDate: datelineDate)
  }

  /// A short line without a closing full stop that is followed by more text: "Highest
  /// terrorist threat", "Il bilancio dell’operazione di EUROPOL".
  static func looksLikeHeading(_ text: String) -> Bool {
    guard let last = text.unicodeScalars.last else { return false }
    if ".!?…:;,\"”»)".unicodeScalars.contains(last) { return false }
    let words = text.split(separator: " ").count
    return words >= 1 && words <= maxHeadingWords
  }

  /// "Daesh militants … — Europol | Arab News" → "Daesh militants … — Europol". Only the
  /// `<title>` element carries a site name; the separators are " | ", " - " and " – ".
  static func isNameLike(_ text: Substring) -> Bool {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
    guard (1...8).contains(words.count) else { return false }
    let connectors: Set<String> = ["e", "di", "del", "della", "dei", "and", "of", "the", "&", "-"]
    return words.allSatisfy { word in
      let bare = word.split(separator: "'").last.map(String.init) ?? String(word)
      return connectors.contains(word.lowercased()) || bare.first?.isUppercase == true || bare.first?.isNumber == true
    }
  }

  /// Where `separator` last occurs in `text`, found on the bytes.
  static func lastRange(of separator: String, in text: String) -> Range<String.Index>? {
    let (haystack, needle) = (Array(text.utf8), Array(separator.utf8))
    guard !needle.isEmpty, needle.count <= haystack.count else { return nil }
    for start in stride(from: haystack.count - needle.count, through: 0, by: -1)
    where haystack[start..<(start + needle.count)].elementsEqual(needle) {
      let lower = text.utf8.index(text.utf8.startIndex, offsetBy: start)
      return lower..<text.utf8.index(lower, offsetBy: needle.count)
    }
    return nil
  }

  static func withoutSiteSuffix(_ title: String) -> String {
    for separator in [" | ", " - ", " – ", " :: ", " » "] {
      if let range = Self.lastRange(of: separator, in: title) {
        let head = title[..<range.lowerBound]
        let tail = title[range.upperBound...]
        if tail.split(separator: " ").count <= 4 && head.count > tail.count { return String(head) }
        // A longer site name after a bar, written as a name: "… | Parco Nazionale d'Abruzzo,
        // Lazio e Molise".
        if separator == " | ", head.split(separator: " ").count >= 3, Self.isNameLike(tail) { return String(head) }
      }
    }
    return title
  }
}
