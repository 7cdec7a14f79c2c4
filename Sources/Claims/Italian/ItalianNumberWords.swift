import Core
import Foundation

/// Reads Italian cardinals written in words, compounds included: "duemila", "quarantotto",
/// "ventitré", "centotrentatré", "duemilatrecento", "un milione".
///
/// Italian writes a number below a million as one word, eliding the tens' last vowel before
/// "uno" and "otto" (ventuno, trentotto) and writing "mila" as the plural of "mille".
enum ItalianNumberWords {
  static let units: [(String, Int)] = [
    ("diciassette", 17), ("diciannove", 19), ("diciotto", 18), ("quattordici", 14), ("quindici", 15), ("tredici", 13),
    ("dodici", 12), ("undici", 11), ("sedici", 16), ("dieci", 10), ("quattro", 4), ("cinque", 5), ("sette", 7),
    ("otto", 8), ("nove", 9), ("uno", 1), ("una", 1), ("due", 2), ("tre", 3), ("sei", 6), ("un", 1), ("zero", 0),
  ]
  static let tens: [(String, Int)] = [
    ("venti", 20), ("trenta", 30), ("quaranta", 40), ("cinquanta", 50), ("sessanta", 60), ("settanta", 70),
    ("ottanta", 80), ("novanta", 90), ("vent", 20), ("trent", 30), ("quarant", 40), ("cinquant", 50), ("sessant", 60),
    ("settant", 70), ("ottant", 80), ("novant", 90),
  ]
  static let ordinals: [String: Int] = [
    "primo": 1, "secondo": 2, "terzo": 3, "quarto": 4, "quinto": 5, "sesto": 6, "settimo": 7, "ottavo": 8, "nono": 9,
    "decimo": 10, "ventesimo": 20, "centesimo": 100,
  ]
  /// Ordinals from fifth to tenth in every gender and number, which mean nothing else: "primo",
  /// "secondo" (also "according to"), "terzo" and "quarto" (also "a quarter", "a room") are
  /// left out, as "first" to "fourth" are in English.
  static let unambiguousOrdinals: WordTable<Int> = {
    var forms = WordTable<Int>()
    for (stem, value) in [("quint", 5), ("sest", 6), ("settim", 7), ("ottav", 8), ("non", 9), ("decim", 10)] {
      for ending in ["o", "a", "i", "e"] { forms[stem + ending] = value }
    }
    return forms
  }()

  /// Fraction words by denominator: "terzo"/"terzi", "quarto"/"quarti"… (after a cardinal:
  /// "due terzi"; alone, "terzo" is the ordinal).
  static let denominators: [String: Int] = [
    "terzo": 3, "terzi": 3, "quarto": 4, "quarti": 4, "quinto": 5, "quinti": 5, "sesto": 6, "sesti": 6, "settimo": 7,
    "settimi": 7, "ottavo": 8, "ottavi": 8, "nono": 9, "noni": 9, "decimo": 10, "decimi": 10,
  ]
  /// Round figures said as nouns, each about that many: "una ventina" (some twenty),
  /// "un centinaio", "un migliaio"; "una dozzina" is twelve.
  static let collectives: [String: Int] = [
    "decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30, "quarantina": 40, "cinquantina": 50,
    "sessantina": 60, "settantina": 70, "ottantina": 80, "novantina": 90, "centinaio": 100, "migliaio": 1000,
  ]
  static let large: [String: Int] = ["milione": 1_000_000, "milioni": 1_000_000, "miliardo": 1_000_000_000, "miliardi": 1_000_000_000]

  /// The value of one folded word ("duemilatrecento" → 2300), or nil.
  /// The number inside an age noun or an ordinal built on a cardinal: "tredicenne" (13 years
  /// old), "trentunenne", "ventenne"; "dodicesima" (12th), "ventitreesimo", "centesimo". The
  /// cardinal loses its last vowel before the suffix, so each vowel is tried back.
  static func derived(of word: String) -> Int? {
    // Every suffix ends in a vowel after "nn" or "sim", and the stem has three letters or more.
    let bytes = word.utf8
    guard bytes.count >= 7, let last = bytes.last, [UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "a")].contains(last),
      [UInt8(ascii: "n"), UInt8(ascii: "m")].contains(bytes[bytes.index(bytes.endIndex, offsetBy: -2)])
    else { return nil }
    for suffix in ["enne", "enni", "esimo", "esima", "esimi", "esime"] where word.hasSuffix(suffix) {
      let stem = String(word.dropLast(suffix.count))
      guard stem.count >= 3 else { return nil }
      for vowel in ["", "i", "o", "a", "e"] {
        if let value = value(of: stem + vowel), value >= 2, suffix.hasPrefix("enn") ? value <= 120 : value >= 11 { return value }
      }
    }
    return nil
  }

  /// The first two letters every number word starts with: a cheap no for all other words.
  /// Held as a bit for each pair of first bytes, so that the test reads two bytes and no string
  /// is made; a pair that matches a word whose second letter is not ASCII only costs the full
  /// reading, which refuses it.
  private static let openings: [UInt64] = {
    var bits = [UInt64](repeating: 0, count: 1024)
    for word in units.map(\.0) + tens.map(\.0) + ["cento", "mille"] {
      let bytes = Array(word.utf8.prefix(2))
      let pair = Int(bytes[0]) << 8 | Int(bytes[1])
      bits[pair >> 6] |= 1 << UInt64(pair & 63)
    }
    return bits
  }()

  static func mayOpenANumber(_ word: String) -> Bool {
    var bytes = word.utf8.makeIterator()
    guard let first = bytes.next(), let second = bytes.next() else { return false }
    let pair = Int(first) << 8 | Int(second)
    return openings[pair >> 6] & (1 << UInt64(pair & 63)) != 0
  }

  static func value(of word: String) -> Int? {
    guard mayOpenANumber(word) else { return nil }
    // A ten that lost its vowel before another: "vent'anni", "settant'anni".
    if word.hasSuffix("'"), word.dropLast().hasSuffix("nt") {
      let stem = String(word.dropLast())
      return value(of: stem + "i") ?? value(of: stem + "a")
    }
    let w = Folding.contains(word, "tre'") ? word.replacingOccurrences(of: "tre'", with: "tre") : word
    if w.isEmpty { return nil }
    // A plain byte search first: Foundation's search is costly, and most words hold neither.
    if Folding.contains(w, "mila"), let range = w.range(of: "mila") {
      guard let left = belowThousand(String(w[..<range.lowerBound])), left >= 2 else { return nil }
      let rest = String(w[range.upperBound...])
      if rest.isEmpty { return left * 1000 }
      guard let right = belowThousand(rest) else { return nil }
      return left * 1000 + right
    }
    if w.hasPrefix("mille") {
      let rest = String(w.dropFirst(5))
      if rest.isEmpty { return 1000 }
      guard let right = belowThousand(rest) else { return nil }
      return 1000 + right
    }
    return belowThousand(w)
  }

  /// 1…999 written as one word: "centotrentatre", "quarantotto", "tre".
  static func belowThousand(_ word: String) -> Int? {
    var rest = Substring(word)
    var total = 0
    if Folding.contains(word, "cento"), let range = rest.range(of: "cento") {
      let prefix = rest[..<range.lowerBound]
      if prefix.isEmpty {
        total = 100
      } else if let unit = units.first(where: { $0.0 == prefix }), unit.1 >= 2, unit.1 <= 9 {
        total = unit.1 * 100
      } else {
        return nil
      }
      rest = rest[range.upperBound...]
      // "centottanta", "novecentottantaquattro": "cento" + "ottanta" share the o.
      if rest.hasPrefix("ttant") { return belowHundred("o" + rest).map { total + $0 } }
      // "centotto": "cento" + "otto" may share the o.
      if rest.hasPrefix("tto") && !rest.hasPrefix("ttan") { return total + 8 + (belowHundred(String(rest.dropFirst(3))) ?? 0) }
    }
    if rest.isEmpty { return total == 0 ? nil : total }
    guard let below = belowHundred(String(rest)) else { return nil }
    return total + below
  }

  private static func belowHundred(_ word: String) -> Int? {
    if word.isEmpty { return 0 }
    if let unit = units.first(where: { $0.0 == word }) { return unit.1 }
    for (name, value) in tens where word.hasPrefix(name) {
      let tail = String(word.dropFirst(name.count))
      if tail.isEmpty { return name.hasSuffix("t") ? nil : value }
      if let unit = units.first(where: { $0.0 == tail }), unit.1 <= 9 {
        // The elided form goes with "uno" and "otto" only: "ventuno", "ventotto".
        let elided = name.hasSuffix("t")
        if elided != (unit.1 == 1 || unit.1 == 8) { continue }
        return value + unit.1
      }
    }
    return nil
  }
}
