import Foundation

/// Takes the bodies of `<script>` and `<style>` out of a page before libxml2 parses it.
///
/// No reader looks into them — except a JSON-LD script, which holds the headline and the date
/// and is kept — yet libxml2 reads them a character at a time and builds a text node of each:
/// on the news pages of html-aeb that is a third of its parse. The bodies are found the way
/// libxml2's recovering HTML parser finds them, so the tree it builds is the same but for
/// those texts: a body starts after a start tag named `script` or `style` that does not close
/// itself (`<script src=x />`) and ends at the first `</` followed by the same name in any case;
/// start tags are read with their quoted attribute values, which may hold `<` and `>`, and
/// comments are passed over whole. The source map reads the original file, not this copy, so
/// every line and column it gives is unchanged.
enum RawTextBodies {
  static func stripped(_ page: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(page.count)
    var copiedUpTo = 0
    var index = 0
    let count = page.count
    while let found = nextOpening(page, from: index) {
      index = found
      guard index + 1 < count else { break }
      let next = page[index + 1]
      if next == UInt8(ascii: "!") {
        index = endOfComment(page, from: index)
        continue
      }
      guard isLetter(next) else {
        index += 1
        continue
      }
      let nameEnd = endOfName(page, from: index + 1)
      let tagEnd = endOfStartTag(page, from: nameEnd)
      guard let name = rawTextName(page, from: index + 1, to: nameEnd), tagEnd < count, page[tagEnd - 1] != UInt8(ascii: "/") else {
        index = tagEnd
        continue
      }
      let bodyStart = tagEnd + 1
      let bodyEnd = closingTag(page, named: name, from: bodyStart)
      if !contains(page, "ld+json", from: nameEnd, to: tagEnd) {
        result.append(contentsOf: UnsafeBufferPointer(rebasing: page[copiedUpTo..<bodyStart]))
        copiedUpTo = bodyEnd
      }
      index = bodyEnd
    }
    result.append(contentsOf: UnsafeBufferPointer(rebasing: page[copiedUpTo..<count]))
    return result
  }

  /// The index of the next `<` from `start` on, found by the C library's byte search.
  private static func nextOpening(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard start < page.count, let base = page.baseAddress,
      let found = memchr(base + start, Int32(UInt8(ascii: "<")), page.count - start)
    else { return nil }
    return UnsafeRawPointer(found) - UnsafeRawPointer(base)
  }

  private static let names: [[UInt8]] = [Array("script".utf8), Array("style".utf8)]

  private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }

  /// The characters libxml2 reads as part of an HTML name after its first letter.
  private static func isNameByte(_ byte: UInt8) -> Bool {
    isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: ":")
      || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
  }

  private static func endOfName(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < page.count, isNameByte(page[index]) { index += 1 }
    return index
  }

  /// `script` or `style`, whatever its case, when the name between the bounds is one of them.
  private static func rawTextName(_ page: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> [UInt8]? {
    names.first { name in name.count == end - start && name.indices.allSatisfy { page[start + $0] | 0x20 == name[$0] } }
  }

  /// The index of the `>` that ends a start tag (or the page's end), quoted attribute values
  /// passed over.
  private static func endOfStartTag(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    var afterEquals = false
    while index < page.count {
      let byte = page[index]
      switch byte {
      case UInt8(ascii: ">"):
        return index
      case UInt8(ascii: "="):
        afterEquals = true
      case UInt8(ascii: "\"") where afterEquals, UInt8(ascii: "'") where afterEquals:
        index += 1
        while index < page.count, page[index] != byte { index += 1 }
        afterEquals = false
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        break
      default:
        afterEquals = false
      }
      index += 1
    }
    return page.count
  }

  /// Where a comment or declaration that starts at `start` (`<!`) ends: after `-->` for a
  /// comment, after `>` for anything else (`<!DOCTYPE html>`).
  private static func endOfComment(_ page: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    let isComment = start + 3 < page.count && page[start + 2] == UInt8(ascii: "-") && page[start + 3] == UInt8(ascii: "-")
    var index = isComment ? start + 4 : start + 2
    while index < page.count {
      if page[index] == UInt8(ascii: ">"), !isComment || (index >= start + 6 && page[index - 1] == UInt8(ascii: "-") && page[index - 2] == UInt8(ascii: "-")) {
        return index + 1
      }
      index += 1
    }
    return page.count
  }

  /// The index of the `</` that closes a raw-text element, or the page's end.
  private static func closingTag(_ page: UnsafeBufferPointer<UInt8>, named name: [UInt8], from start: Int) -> Int {
    var index = start
    let last = page.count - name.count - 2
    while let found = nextOpening(page, from: index), found <= last {
      if page[found + 1] == UInt8(ascii: "/"), name.indices.allSatisfy({ page[found + 2 + $0] | 0x20 == name[$0] }) {
        return found
      }
      index = found + 1
    }
    return page.count
  }

  /// Whether the bytes between the bounds hold an ASCII word, whatever its case.
  private static func contains(_ page: UnsafeBufferPointer<UInt8>, _ word: StaticString, from start: Int, to end: Int) -> Bool {
    let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard end - start >= needle.count else { return false }
    for offset in start...(end - needle.count) where needle.indices.allSatisfy({ page[offset + $0] | 0x20 == needle[$0] }) {
      return true
    }
    return false
  }
}
