import Foundation

extension ShippedEnglishWords {
  /// Whether a folded word is one of the list's words, found by binary search on its sorted
  /// lines: for the few checks that must not wait for `WordSenses.shipped` to be parsed.
  public static func contains(_ word: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      let target = Array(word.utf8)
      // The header's comment lines come first; the words after them are in byte order.
      var low = 0
      while low < bytes.count, bytes[low] == UInt8(ascii: "#") { low = lineEnd(bytes, from: low) + 1 }
      var high = bytes.count
      while low < high {
        // The first line starting at or after the middle, or the range's first line.
        var start = lineEnd(bytes, from: (low + high) / 2) + 1
        if start >= high { start = low }
        let end = lineEnd(bytes, from: start)
        let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if line.elementsEqual(target) { return true }
        if line.lexicographicallyPrecedes(target) { low = end + 1 } else { high = start }
      }
      return false
    }
  }

  /// The index of the newline that ends the line holding `index`, or the text's end.
  private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
    var index = index
    while index < bytes.count, bytes[index] != 0x0A { index += 1 }
    return index
  }
}
