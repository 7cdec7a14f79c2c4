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
}
