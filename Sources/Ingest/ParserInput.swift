import Core
import Foundation

/// The page as libxml2 is given it: what no reader looks at is taken out first, since libxml2
/// reads every byte it is given a character at a time and builds a node of every text and
/// attribute. On the news pages of html-aeb, script and style bodies are over half the bytes
/// and tags most of the rest.
///
/// - The bodies of `<script>` and `<style>` go, except a JSON-LD script's, which holds the
///   headline and the date. A body starts after a start tag named `script` or `style` that
///   does not close itself (`<script src=x />`) and ends at the first `</` followed by the
///   same name in any case, as libxml2's recovering parser bounds it.
/// - Attributes go but for the few the cleaner reads (`Attributes.kept`): links, image
///   sources, tracking data and event handlers are most of a tag's bytes.
/// - Comments go; a text on each side of one reads the same without it.
///
/// Start tags and their attributes are read as libxml2 reads them (an attribute's name
/// starts with a letter, `_`, `:` or `.`; a value is quoted, or runs to a blank or `>`); a
/// stretch it would skip as bogus is left as it is, so that the tree libxml2 builds differs
/// only by what was taken out. The source map reads the original file, not this copy, so
/// every line and column it gives is unchanged.
enum ParserInput {
  static func slimmed(_ page: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var slimmer = Slimmer(page: page)
    slimmer.run()
    return slimmer.result
  }

  /// The attributes the cleaner reads; every other one is dropped.
  static let keptAttributes: Set<MarkupName> = [
    "class", "id", "style", "hidden", "aria-hidden", "itemprop", "type", "datetime", "property", "name", "content",
    "lang", "xml:lang", "newsdate", "date", "data-date", "data-published",
  ]

  private struct Slimmer {
    let page: UnsafeBufferPointer<UInt8>
    var result: [UInt8] = []
    /// Everything before this index is in `result` or dropped.
    var copiedUpTo = 0

    init(page: UnsafeBufferPointer<UInt8>) {
      self.page = page
      result.reserveCapacity(page.count / 2)
    }

    mutating func run() {
      var index = 0
      while let found = nextOpening(from: index) {
        index = found
        guard index + 1 < page.count else { break }
        let next = page[index + 1]
        if next == UInt8(ascii: "!") {
          let end = endOfDeclaration(from: index)
          if isComment(at: index) { drop(index..<end) }
          index = end
        } else if next == UInt8(ascii: "?") {
          index = endOfInstruction(from: index)
        } else if ScalarClass.isASCIILetter(next) {
          index = startTag(at: index)
        } else {
          index += 1
        }
      }
      keep(upTo: page.count)
    }

    /// Reads the start tag at `start`, dropping its unread attributes and, for a script or a
    /// style, its body; returns where reading goes on.
    private mutating func startTag(at start: Int) -> Int {
      let nameEnd = endOfName(from: start + 1)
      var cursor = nameEnd
      var closesItself = false
      var isJSONLD = false
      while true {
        cursor = afterBlanks(from: cursor)
        guard cursor < page.count else { return page.count }
        let byte = page[cursor]
        if byte == UInt8(ascii: ">") { break }
        if byte == UInt8(ascii: "/"), cursor + 1 < page.count, page[cursor + 1] == UInt8(ascii: ">") {
          closesItself = true
          cursor += 1
          break
        }
        guard isNameStart(byte) else {
          // A bogus attribute, skipped by libxml2 up to a blank or the tag's end: left as it is.
          while cursor < page.count, !isBlank(page[cursor]), page[cursor] != UInt8(ascii: ">"),
            page[cursor] != UInt8(ascii: "/") || cursor + 1 == page.count || page[cursor + 1] != UInt8(ascii: ">")
          {
            cursor += 1
          }
          continue
        }
        let attributeStart = cursor
        let attributeNameEnd = endOfName(from: cursor + 1)
        var attributeEnd = attributeNameEnd
        var valueStart = attributeNameEnd
        let equals = afterBlanks(from: attributeNameEnd)
        if equals < page.count, page[equals] == UInt8(ascii: "=") {
          valueStart = afterBlanks(from: equals + 1)
          attributeEnd = endOfValue(from: valueStart)
        }
        if !isKept(attributeStart..<attributeNameEnd) {
          drop(attributeStart..<attributeEnd)
        } else if equalsIgnoringCase(attributeStart..<attributeNameEnd, "type"), contains("ld+json", in: valueStart..<attributeEnd) {
          isJSONLD = true
        }
        cursor = attributeEnd
      }
      let tagEnd = cursor + 1
      guard !closesItself, let name = rawTextName(start + 1..<nameEnd) else { return tagEnd }
      let bodyEnd = closingTag(named: name, from: tagEnd)
      if !isJSONLD { drop(tagEnd..<bodyEnd) }
      return bodyEnd
    }

    private mutating func keep(upTo end: Int) {
      if end > copiedUpTo { result.append(contentsOf: UnsafeBufferPointer(rebasing: page[copiedUpTo..<end])) }
      copiedUpTo = max(copiedUpTo, end)
    }

    private mutating func drop(_ range: Range<Int>) {
      keep(upTo: range.lowerBound)
      copiedUpTo = max(copiedUpTo, range.upperBound)
    }

    /// The index of the next `<` from `start` on, found by the C library's byte search.
    private func nextOpening(from start: Int) -> Int? {
      guard start < page.count, let base = page.baseAddress,
        let found = memchr(base + start, Int32(UInt8(ascii: "<")), page.count - start)
      else { return nil }
      return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    private func isBlank(_ byte: UInt8) -> Bool {
      byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private func afterBlanks(from start: Int) -> Int {
      var index = start
      while index < page.count, isBlank(page[index]) { index += 1 }
      return index
    }

    /// The bytes libxml2 lets an attribute's name start with.
    private func isNameStart(_ byte: UInt8) -> Bool {
      ScalarClass.isASCIILetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
    }

    /// The bytes libxml2 reads as part of an HTML name after its first.
    private func isNameByte(_ byte: UInt8) -> Bool {
      ScalarClass.isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ":")
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }

    private func endOfName(from start: Int) -> Int {
      var index = start
      while index < page.count, isNameByte(page[index]) { index += 1 }
      return index
    }

    /// Where an attribute's value that starts at `start` ends: after its closing quote, or,
    /// unquoted, at a blank or `>`. A quote never closed runs to the page's end, as in libxml2.
    private func endOfValue(from start: Int) -> Int {
      guard start < page.count else { return start }
      let first = page[start]
      var index = start
      if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
        index += 1
        while index < page.count, page[index] != first { index += 1 }
        return min(index + 1, page.count)
      }
      while index < page.count, !isBlank(page[index]), page[index] != UInt8(ascii: ">") { index += 1 }
      return index
    }

    private func isKept(_ name: Range<Int>) -> Bool { ParserInput.keptAttributes.contains(MarkupName(page, name)) }

    private func equalsIgnoringCase(_ range: Range<Int>, _ word: StaticString) -> Bool {
      range.count == word.utf8CodeUnitCount && range.allSatisfy { ScalarClass.asciiLowercased(page[$0]) == word.utf8Start[$0 - range.lowerBound] }
    }

    /// Whether the bytes in `range` hold an ASCII word, whatever its case.
    private func contains(_ word: StaticString, in range: Range<Int>) -> Bool {
      let count = word.utf8CodeUnitCount
      guard range.count >= count else { return false }
      return (range.lowerBound...(range.upperBound - count)).contains { offset in
        (0..<count).allSatisfy { ScalarClass.asciiLowercased(page[offset + $0]) == word.utf8Start[$0] }
      }
    }

    /// `script` or `style`, when the name in `range` is one of them in any case.
    private func rawTextName(_ range: Range<Int>) -> StaticString? {
      for name: StaticString in ["script", "style"] where equalsIgnoringCase(range, name) { return name }
      return nil
    }

    private func isComment(at start: Int) -> Bool {
      start + 3 < page.count && page[start + 2] == UInt8(ascii: "-") && page[start + 3] == UInt8(ascii: "-")
    }

    /// Where a comment or declaration that starts at `start` (`<!`) ends: after `-->` for a
    /// comment, after `>` for anything else (`<!DOCTYPE html>`).
    private func endOfDeclaration(from start: Int) -> Int {
      let comment = isComment(at: start)
      var index = comment ? start + 4 : start + 2
      while index < page.count {
        if page[index] == UInt8(ascii: ">"),
          !comment || (index >= start + 6 && page[index - 1] == UInt8(ascii: "-") && page[index - 2] == UInt8(ascii: "-"))
        {
          return index + 1
        }
        index += 1
      }
      return page.count
    }

    /// Where a processing instruction that starts at `start` (`<?`) ends, as libxml2's HTML
    /// parser reads one: with a name after `<?`, at the first `>` (`<?php echo "<b>" ?>` ends
    /// inside the string); without, right after `<?`.
    private func endOfInstruction(from start: Int) -> Int {
      guard start + 2 < page.count, isNameStart(page[start + 2]) else { return start + 2 }
      var index = start + 2
      while index < page.count, page[index] != UInt8(ascii: ">") { index += 1 }
      return min(index + 1, page.count)
    }

    /// The index of the `</` that closes a raw-text element, or the page's end.
    private func closingTag(named name: StaticString, from start: Int) -> Int {
      var index = start
      let count = name.utf8CodeUnitCount
      while let found = nextOpening(from: index), found + 2 + count <= page.count {
        if page[found + 1] == UInt8(ascii: "/"), (0..<count).allSatisfy({ ScalarClass.asciiLowercased(page[found + 2 + $0]) == name.utf8Start[$0] }) {
          return found
        }
        index = found + 1
      }
      return page.count
    }
  }
}
