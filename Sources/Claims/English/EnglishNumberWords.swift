import Core
import Foundation

/// Reads English cardinals and ordinals written in words: "forty-eight", "two thousand",
/// "three hundred and twelve", "the third".
enum EnglishNumberWords {
  static let units: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
    // Zero as news and sport say it: "fell to nil", "won two-nil".
    "nil": 0, "nought": 0, "naught": 0,
  ]
  static let tens: [String: Int] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
  ]
  /// Ordinals from fifth to tenth, which mean nothing else ("second" is also a unit of time,
  /// "first" an adverb): read as their figures, as Italian's "quinto" to "decimo" are.
  static let unambiguousOrdinals: WordTable<Int> = [
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
  ]

  static let ordinals: WordTable<Int> = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
    "millionth": 1_000_000,
  ]
  static let multipliers: [String: Int] = [
    "hundred": 100, "thousand": 1000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
  ]

  /// Fraction words by denominator, singular and plural: "half", "thirds", "quarter".
  static let denominators: [String: Int] = [
    "half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6,
    "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
  ]

  /// Whether a folded word can be part of a number in words. An ordinal may end it
  /// ("twenty-first", "fiftieth"); one below eleven standing alone ("first", "second") is
  /// left out, since "second" and "first" are far more often not figures.
  /// The words that are a number word alone: units, tens, multipliers and ordinals from the
  /// eleventh, one lookup for the common unhyphenated word.
  private static let singleWords =
    WordSet(Set(units.keys).union(tens.keys).union(multipliers.keys).union(ordinals.values.filter { $0.value >= 11 }.keys))

  static func isNumberWord(_ word: String) -> Bool {
    // Most words are one part: a lookup each, without splitting.
    if !word.containsByte(UInt8(ascii: "-")) { return singleWords.contains(word) }
    let parts = word.split(separator: "-").map(String.init)
    return parts.enumerated().allSatisfy { index, part in
      if units[part] != nil || tens[part] != nil || multipliers[part] != nil { return true }
      guard index == parts.count - 1, let ordinal = ordinals[part] else { return false }
      // "twenty-first", "two-hundredth"; "one-eighth" is a fraction.
      return parts.count > 1 ? ordinal >= 100 || units[parts[index - 1]] == nil : ordinal >= 11
    }
  }

  /// Whether a folded number word ends in an ordinal: "nineteenth", "twenty-first".
  static func isOrdinal(_ word: String) -> Bool {
    word.split(separator: "-").last.map { ordinals[String($0)] != nil } ?? false
  }

  /// The value of a run of folded words ("two", "thousand"), "and" allowed inside; nil when
  /// the run is not a well-formed number.
  static func value(of words: [String]) -> Int? {
    var total = 0
    var current = 0
    var sawNumber = false
    for word in words {
      if word == "and" { continue }
      for part in word.split(separator: "-").map(String.init) {
        if let unit = units[part] {
          current += unit
        } else if let ten = tens[part] {
          current += ten
        } else if let ordinal = ordinals[part], ordinal < 100 {
          current += ordinal
        } else if let multiplier = multipliers[part] ?? ordinals[part] {
          if multiplier == 100 {
            current = max(current, 1) * 100
          } else {
            total += max(current, 1) * multiplier
            current = 0
          }
        } else {
          return nil
        }
        sawNumber = true
      }
    }
    return sawNumber ? total + current : nil
  }
}
