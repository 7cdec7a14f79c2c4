import Core
import Foundation

/// Splits plain text or Markdown into blocks: a line is a block, as in text scraped from a
/// page, and a paragraph wrapped over several lines is joined back when it has no blank line
/// inside. Markdown's headings, quotes and list items keep their roles; its inline markup
/// (emphasis, links, code) is reduced to the text a reader sees.
struct PlainTextCleaner {
  var isMarkdown: Bool

  func clean(_ text: String) -> [RawBlock] {
    var blocks: [RawBlock] = []
    var paragraph: [String] = []
    var inFence = false

    func flushParagraph() {
      guard !paragraph.isEmpty else { return }
      blocks.append(RawBlock(text: paragraph.joined(separator: " "), role: .body, isMarkedUp: isMarkdown))
      paragraph = []
    }

    for rawLine in Self.lines(text) {
      let line = Self.withoutComments(rawLine).trimmingWhitespace()
      if line.isEmpty && Self.hasComment(rawLine) {
        // A line holding only a comment (a suppression, an editor's note) is not text a reader
        // sees, nor a paragraph break.
        continue
      }
      if line.isEmpty {
        flushParagraph()
        continue
      }
      guard isMarkdown else {
        // Scraped text puts one paragraph on a line; a lone line is a block of its own.
        flushParagraph()
        blocks.append(RawBlock(text: line, role: .body, isMarkedUp: false))
        continue
      }
      if line.hasPrefix("```") || line.hasPrefix("~~~") {
        flushParagraph()
        inFence.toggle()
        continue
      }
      if inFence || line.hasPrefix("<!--") { continue }
      if let heading = Self.markdownHeading(line) {
        flushParagraph()
        blocks.append(RawBlock(text: Self.inline(heading.text), role: heading.level == 1 ? .title : .heading, isMarkedUp: true))
      } else if line.hasPrefix(">") {
        flushParagraph()
        blocks.append(RawBlock(text: Self.inline(String(line.drop { $0 == ">" || $0 == " " })), role: .quote, isMarkedUp: true))
      } else if let item = Self.listItem(line) {
        flushParagraph()
        blocks.append(RawBlock(text: Self.inline(item), role: .list, isMarkedUp: true))
      } else if line.allSatisfy({ $0 == "-" || $0 == "=" || $0 == "*" || $0 == "_" || $0 == " " }) {
        flushParagraph()
      } else {
        paragraph.append(Self.inline(line))
      }
    }
    flushParagraph()
    return blocks.filter { !$0.text.isEmpty }
  }

  /// The lines of a text, split at "\n", "\r\n" and "\r", on its UTF-8 bytes: a line break is
  /// always a character of its own, so the split is the one `Character`s would give.
  static func lines(_ text: String) -> [Substring] {
    var lines: [Substring] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = start
    while index < utf8.endIndex {
      let byte = utf8[index]
      guard byte == 0x0A || byte == 0x0D else {
        index = utf8.index(after: index)
        continue
      }
      lines.append(text[start..<index])
      index = utf8.index(after: index)
      if byte == 0x0D, index < utf8.endIndex, utf8[index] == 0x0A { index = utf8.index(after: index) }
      start = index
    }
    lines.append(text[start..<utf8.endIndex])
    return lines
  }

  /// Whether a line holds the start of a comment, "<!--"; a line without "<" is told on its
  /// bytes.
  static func hasComment(_ line: Substring) -> Bool { line.utf8.contains(0x3C) && line.contains("<!--") }

  /// The line without its `<!-- … -->` comments.
  static func withoutComments(_ line: Substring) -> Substring {
    guard hasComment(line) else { return line }
    var result = Substring()
    var rest = line[...]
    while let open = rest.range(of: "<!--") {
      result += rest[..<open.lowerBound]
      guard let close = rest.range(of: "-->", range: open.upperBound..<rest.endIndex) else { return result }
      rest = rest[close.upperBound...]
    }
    return result + rest
  }

  private static func markdownHeading(_ line: String) -> (level: Int, text: String)? {
    let hashes = line.prefix { $0 == "#" }.count
    guard (1...6).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
    let text = line.dropFirst(hashes).trimmingWhitespace()
    return (hashes, String(text.reversed().drop { $0 == "#" || $0 == " " }.reversed()))
  }

  private static func listItem(_ line: String) -> String? {
    if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
      return String(line.dropFirst(2))
    }
    let digits = line.prefix { $0.isNumber }
    if !digits.isEmpty, digits.count <= 3 {
      let rest = line.dropFirst(digits.count)
      if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return String(rest.dropFirst(2)) }
    }
    return nil
  }

  /// Markdown inline markup reduced to its visible text: `[text](url)` → text, `**b**` → b.
  static func inline(_ text: String) -> String {
    var result = ""
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      if character == "!" || character == "[" {
        let open = character == "!" ? text.index(after: index) : index
        if open < text.endIndex, text[open] == "[", let close = text[open...].firstIndex(of: "]"),
          text.index(after: close) < text.endIndex, text[text.index(after: close)] == "(",
          let end = text[close...].firstIndex(of: ")")
        {
          if character == "[" { result += text[text.index(after: open)..<close] }
          index = text.index(after: end)
          continue
        }
      }
      if character == "*" || character == "_" || character == "`" {
        // Emphasis and code markers; an underscore inside a word is kept ("snake_case").
        let previous = index > text.startIndex ? text[text.index(before: index)] : " "
        let next = text.index(after: index) < text.endIndex ? text[text.index(after: index)] : " "
        if !(character == "_" && previous.isLetter && next.isLetter) {
          index = text.index(after: index)
          continue
        }
      }
      result.append(character)
      index = text.index(after: index)
    }
    return result.trimmingWhitespace()
  }
}
