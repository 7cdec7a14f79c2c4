import Foundation

/// Case and diacritic folding for matching, never for display.
///
/// "Portogallo" and "portogallo" fold alike, as do "perché" and "perche", and the typographic
/// apostrophe in "dell’Ufficio" folds to the ASCII one.
public enum Folding {
  /// Lowercased, without diacritics, with typographic apostrophes and dashes made ASCII.
  public static func fold(_ text: String) -> String { folded(text) }

  /// Lowercased, without diacritics, with typographic apostrophes and dashes made ASCII.
  public static func fold(_ text: Substring) -> String { folded(text) }

  /// The one implementation, specialised here for `String` and `Substring`: a generic public
  /// function is not specialised in the modules that call it, and folding is on every hot path.
  private static func folded(_ text: some StringProtocol) -> String {
    // Plain ASCII, the common case, needs only lowercasing.
    var ascii = true
    var lowercase = true
    for byte in text.utf8 {
      if byte >= 0x80 || byte == 0x60 {
        ascii = false
        break
      }
      if byte >= 0x41 && byte <= 0x5A { lowercase = false }
    }
    // Already folded: the same string, without a copy.
    if ascii && lowercase { return String(text) }
    if ascii {
      return String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
        var count = 0
        for byte in text.utf8 {
          buffer[count] = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
          count += 1
        }
        return count
      }
    }
    // Latin letters, which are nearly all of English and Italian, and Greek and Cyrillic ones,
    // which pages quote, fold one by one from tables of their folded UTF-8 bytes; anything else
    // goes through Foundation.
    var isLatin = true
    let folded = String(unsafeUninitializedCapacity: text.utf8.count * latinGrowth) { buffer in
      var count = 0
      for scalar in text.unicodeScalars {
        let value = Int(scalar.value)
        if value < latinFolds.count {
          for byte in latinFolds[value] {
            buffer[count] = byte
            count += 1
          }
        } else if greekAndCyrillic.contains(value), let bytes = greekAndCyrillicFolds[value - greekAndCyrillic.lowerBound] {
          for byte in bytes {
            buffer[count] = byte
            count += 1
          }
        } else if let punctuation = asciiPunctuation(scalar) {
          buffer[count] = UInt8(punctuation.value)
          count += 1
        } else if Self.unfoldedBlocks.contains(where: { $0.contains(scalar.value) }) {
          // General punctuation (curly quotes, ellipsis) and currency signs hold no letter.
          for byte in String(scalar).utf8 {
            buffer[count] = byte
            count += 1
          }
        } else {
          isLatin = false
          return 0
        }
      }
      return count
    }
    return isLatin ? folded : foundationFold(String(text))
  }

  /// Blocks without letters, which folding leaves as they are: General Punctuation and
  /// Currency Symbols.
  private static let unfoldedBlocks: [ClosedRange<UInt32>] = [0x2000...0x206F, 0x20A0...0x20CF]

  /// Each scalar below U+0250 (Basic Latin to Latin Extended-B) folded on its own, as UTF-8.
  private static let latinFolds: [[UInt8]] = (0..<UInt32(0x250)).map { Array(foundationFold(String(Unicode.Scalar($0)!)).utf8) }

  /// The Greek and Coptic, Cyrillic and Cyrillic Supplement blocks.
  private static let greekAndCyrillic = 0x370..<0x530

  /// Each scalar of those blocks folded on its own, as UTF-8; built the first time a text holds
  /// one, so that English and Italian never pay for it. A combining mark (the Cyrillic titlo,
  /// U+0483) folds away after a letter but not alone: it has no entry, and its text is folded
  /// whole.
  private static let greekAndCyrillicFolds: [[UInt8]?] = greekAndCyrillic.map { value in
    let scalar = Unicode.Scalar(UInt32(value))!
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .spacingMark: return nil
    default: return Array(foundationFold(String(scalar)).utf8)
    }
  }

  /// How many times longer in UTF-8 a folded text that the tables fold can be than the text:
  /// they turn no scalar into more than this many times its own bytes. (Greek and Cyrillic
  /// letters are two bytes and fold to at most two, as the tests check.)
  private static let latinGrowth: Int = (0..<UInt32(0x250)).map { value in
    let written = String(Unicode.Scalar(value)!).utf8.count
    return (latinFolds[Int(value)].count + written - 1) / written
  }.max().map { max($0, 1) } ?? 1

  private static func asciiPunctuation(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    switch scalar {
    case "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}": "'"
    case "\u{2013}", "\u{2014}", "\u{2010}", "\u{2011}": "-"
    default: nil
    }
  }

  private static func foundationFold(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars {
      result.append(asciiPunctuation(scalar) ?? scalar)
    }
    return String(result)
  }

  /// Whether `text` holds `part`, compared byte for byte: a plain search, without the
  /// locale-aware machinery of Foundation's `contains`.
  public static func contains(_ text: String, _ part: String) -> Bool { search(text, part, ignoringCase: false) }

  /// Whether `text` holds `part` (lowercase ASCII) in any mix of ASCII case: "All Rights
  /// Reserved" holds "all rights reserved".
  public static func containsIgnoringCase(_ text: String, _ part: String) -> Bool { search(text, part, ignoringCase: true) }

  private static func search(_ text: String, _ part: String, ignoringCase: Bool) -> Bool {
    var text = text
    var part = part
    return text.withUTF8 { haystack in
      part.withUTF8 { needle in
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        func byte(_ value: UInt8) -> UInt8 { ignoringCase && value >= 0x41 && value <= 0x5A ? value | 0x20 : value }
        for start in 0...(haystack.count - needle.count) where byte(haystack[start]) == needle[0] {
          if (1..<needle.count).allSatisfy({ byte(haystack[start + $0]) == needle[$0] }) { return true }
        }
        return false
      }
    }
  }

  /// The choice closest to `text` by edit distance (counted up to `limit`), the first of equals;
  /// for "did you mean" hints on a misspelt flag value, rule id or key.
  public static func nearest(_ text: String, among choices: [String], limit: Int) -> String? {
    var best: (choice: String, distance: Int)?
    for choice in choices {
      let distance = editDistance(text, choice, limit: limit)
      if distance < best?.distance ?? Int.max { best = (choice, distance) }
    }
    return best?.choice
  }

  /// Levenshtein distance between two short strings, bounded: returns `limit + 1` as soon as
  /// the distance is known to exceed `limit`.
  public static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
    let x = Array(a.unicodeScalars)
    let y = Array(b.unicodeScalars)
    if abs(x.count - y.count) > limit { return limit + 1 }
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...y.count {
        let substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
        rowMinimum = min(rowMinimum, current[j])
      }
      if rowMinimum > limit { return limit + 1 }
      swap(&previous, &current)
    }
    return previous[y.count]
  }

  /// "Atkinson's", "UK’s" → "Atkinson", "UK": the possessive "'s" dropped.
  public static func withoutPossessive(_ text: String) -> String {
    guard text.utf8.last == UInt8(ascii: "s") else { return text }
    for suffix in ["'s", "\u{2019}s"] where text.hasSuffix(suffix) { return String(text.dropLast(2)) }
    return text
  }

  /// The first letters of a folded word after the spelling differences between English and
  /// Italian cognates are evened out: doubled letters single, "ph" as "f", "th" as "t", "y" as
  /// "i", "k" as "c". "publication" and "pubblicazione" both give "publi"; "communications" and
  /// "comunicazioni" both give "comun".
  public static func cognateKey(_ word: String, length: Int = 5) -> String {
    // Plain ASCII, nearly every folded word, is keyed on its bytes without an intermediate
    // array; anything else goes through its scalars.
    if word.utf8.allSatisfy({ $0 < 0x80 }) {
      return String(unsafeUninitializedCapacity: length) { buffer in
        var count = 0
        var last: UInt8 = 0
        var iterator = word.utf8.makeIterator()
        var next = iterator.next()
        while let current = next, count < length {
          var byte = current
          next = iterator.next()
          if next == UInt8(ascii: "h"), byte == UInt8(ascii: "p") || byte == UInt8(ascii: "t") {
            byte = byte == UInt8(ascii: "p") ? UInt8(ascii: "f") : UInt8(ascii: "t")
            next = iterator.next()
          }
          if byte == UInt8(ascii: "y") { byte = UInt8(ascii: "i") }
          if byte == UInt8(ascii: "k") { byte = UInt8(ascii: "c") }
          if count == 0 || byte != last {
            buffer[count] = byte
            count += 1
            last = byte
          }
        }
        return count
      }
    }
    var result = String.UnicodeScalarView()
    var resultCount = 0
    let scalars = Array(word.unicodeScalars)
    var index = 0
    while index < scalars.count, resultCount < length {
      var scalar = scalars[index]
      if index + 1 < scalars.count, scalars[index + 1] == "h", scalar == "p" || scalar == "t" {
        scalar = scalar == "p" ? "f" : "t"
        index += 1
      }
      if scalar == "y" { scalar = "i" }
      if scalar == "k" { scalar = "c" }
      if scalar != result.last {
        result.append(scalar)
        resultCount += 1
      }
      index += 1
    }
    return String(result)
  }
}
