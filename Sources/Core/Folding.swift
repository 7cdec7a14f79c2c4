import Foundation

/// Case and diacritic folding for matching, never for display.
///
/// "Portogallo" and "portogallo" fold alike, as do "perché" and "perche", and the typographic
/// apostrophe in "dell’Ufficio" folds to the ASCII one.
public enum Folding {
  /// Lowercased, without diacritics, with typographic apostrophes and dashes made ASCII.
  public static func fold(_ text: some StringProtocol) -> String {
    // Plain ASCII, the common case, needs only lowercasing.
    var ascii = true
    for byte in text.utf8 where byte >= 0x80 || byte == 0x60 {
      ascii = false
      break
    }
    if ascii {
      return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
    }
    var result = String.UnicodeScalarView()
    for scalar in String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).unicodeScalars {
      switch scalar {
      case "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}": result.append("'")
      case "\u{2013}", "\u{2014}", "\u{2010}", "\u{2011}": result.append("-")
      default: result.append(scalar)
      }
    }
    return String(result)
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
    for suffix in ["'s", "\u{2019}s"] where text.hasSuffix(suffix) { return String(text.dropLast(2)) }
    return text
  }

  /// The first letters of a folded word after the spelling differences between English and
  /// Italian cognates are evened out: doubled letters single, "ph" as "f", "th" as "t", "y" as
  /// "i", "k" as "c". "publication" and "pubblicazione" both give "publi"; "communications" and
  /// "comunicazioni" both give "comun".
  public static func cognateKey(_ word: String, length: Int = 5) -> String {
    var result: [Character] = []
    let characters = Array(word)
    var index = 0
    while index < characters.count, result.count < length {
      var character = characters[index]
      if index + 1 < characters.count, characters[index + 1] == "h", character == "p" || character == "t" {
        character = character == "p" ? "f" : "t"
        index += 1
      }
      if character == "y" { character = "i" }
      if character == "k" { character = "c" }
      if character != result.last { result.append(character) }
      index += 1
    }
    return String(result)
  }
}
