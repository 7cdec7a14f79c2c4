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

    for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
      let line = Self.withoutComments(rawLine).trimmingWhitespace()
      if line.isEmpty && rawLine.contains("<!--") {
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

  /// The line without its `<!-- … -->` comments.
  static func withoutComments(_ line: Substring) -> Substring {
    guard line.contains("<!--") else { return line }
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
