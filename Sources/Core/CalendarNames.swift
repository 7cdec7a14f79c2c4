import Foundation

/// Month and weekday names in English and Italian, from CLDR through Foundation.
public enum CalendarNames {
  private static func formatter(_ language: Language) -> DateFormatter {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: language.rawValue)
    return formatter
  }

  /// Each language's tables, built once and read in place, without going through a
  /// dictionary of languages on every word.
  private final class Tables: Sendable {
    let months: WordTable<Int>
    let weekdays: WordTable<Int>
    init(_ table: (months: [String: Int], weekdays: [String: Int])) {
      months = WordTable(table.months)
      weekdays = WordTable(table.weekdays)
    }
  }

  private static let english = Tables(tables[.english] ?? ([:], [:]))
  private static let italian = Tables(tables[.italian] ?? ([:], [:]))


  private static let tables: [Language: (months: [String: Int], weekdays: [String: Int])] = {
    var result: [Language: (months: [String: Int], weekdays: [String: Int])] = [:]
    for language in Language.allCases {
      let formatter = formatter(language)
      var months: [String: Int] = [:]
      for (index, name) in formatter.monthSymbols.enumerated() { months[Folding.fold(name)] = index + 1 }
      for (index, name) in formatter.shortMonthSymbols.enumerated() {
        let short = Folding.fold(name).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        // "May" is both; "mar" would also read as the Italian noun "mar", so keep 3+ letters.
        if short.count >= 3 { months[short] = months[short] ?? index + 1 }
      }
      if language == .english { months["sept"] = 9 }
      var weekdays: [String: Int] = [:]
      for (index, name) in formatter.weekdaySymbols.enumerated() {
        // Foundation counts Sunday as 1; ISO counts Monday as 1 and Sunday as 7.
        weekdays[Folding.fold(name)] = index == 0 ? 7 : index
      }
      result[language] = (months, weekdays)
    }
    return result
  }()

  /// Every folded month and weekday name of `language`, full and abbreviated.
  public static func names(_ language: Language) -> [String] {
    let table = tables[language]
    return Array((table?.months.keys).map(Array.init) ?? []) + Array((table?.weekdays.keys).map(Array.init) ?? [])
  }

  /// The month number (1–12) of a full or abbreviated month name: "May", "maggio", "Sept".
  public static func month(_ word: String, language: Language) -> Int? { month(folded: Folding.fold(word), language: language) }

  /// The month of a word already folded (a token's `folded`).
  public static func month(folded: String, language: Language) -> Int? {
    switch language {
    case .english: english.months[folded]
    case .italian: italian.months[folded]
    }
  }

  /// The ISO weekday (1 = Monday … 7 = Sunday) of a weekday name: "Wednesday", "mercoledì".
  public static func weekday(_ word: String, language: Language) -> Int? { weekday(folded: Folding.fold(word), language: language) }

  /// The weekday of a word already folded (a token's `folded`).
  public static func weekday(folded: String, language: Language) -> Int? {
    switch language {
    case .english: english.weekdays[folded]
    case .italian: italian.weekdays[folded]
    }
  }
}
