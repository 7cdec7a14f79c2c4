import Core
import Foundation

/// Reads the date out of a dateline: "Updated 03 May 2017", "Published: May 3, 2017",
/// "4 maggio 2017", "Aggiornato il 4 maggio 2017 alle 10:30", "03/05/2017".
///
/// A dateline is a short block that is a date and little else; a sentence that mentions a date
/// is not one.
enum DatelineReader {
  /// Whether the line's last figure is of two digits, with nothing but spaces and closing
  /// punctuation after it.
  static func endsInTwoDigits(_ text: String) -> Bool {
    let bytes = Array(text.utf8.reversed().drop { [0x20, 0x29, 0x2E, 0x2C, 0x5D, 0x09].contains($0) })
    func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    guard bytes.count >= 2, isDigit(bytes[0]), isDigit(bytes[1]) else { return false }
    return bytes.count == 2 || !isDigit(bytes[2])
  }

  static let leadWords: Set<String> = [
    "updated", "published", "posted", "last", "modified", "on", "date", "aggiornato", "aggiornata", "pubblicato",
    "pubblicata", "il", "del", "data", "ultimo", "aggiornamento", "ore", "alle", "at", "gmt", "utc", "cet", "cest", "bst",
    "edt", "est", "am", "pm", "h", "by", "written", "created", "scritto", "pst", "pdt", "cdt", "cst", "et",
  ]

  static func date(in text: String, language: Language?) -> SimpleDate? {
    // At most 80 scalars, told without decoding a paragraph: more than 320 bytes are more
    // than 80 scalars, and 80 bytes or fewer are 80 scalars or fewer.
    let bytes = text.utf8.count
    guard bytes <= 320, bytes <= 80 || text.unicodeScalars.count <= 80 else { return nil }
    // Every date read here has a year of four digits, or of two at the line's end after its
    // month ("( Pescasseroli, 14 Gennaio 20 )"): any other line needs no tokens made.
    var run = 0
    guard text.utf8.contains(where: { byte in
      run = (0x30...0x39).contains(byte) ? run + 1 : 0
      return run == 4
    }) || endsInTwoDigits(text) else { return nil }
    let scalars = ScalarText(text)
    let tokens = Tokenizer.tokens(in: scalars, range: TextRange(start: 0, end: scalars.count))
    var numbers: [Int] = []
    var month: Int?
    var extraWords = 0
    /// A year of two digits right after the month, the line's last figure.
    var shortYear: Int?
    var afterMonth = false
    for token in tokens {
      switch token.kind {
      case .number:
        if let value = Int(token.text) {
          numbers.append(value)
          shortYear = afterMonth && token.text.utf8.count == 2 ? value : nil
        }
        afterMonth = false
      case .word:
        let languages = language.map { [$0] } ?? Language.allCases
        afterMonth = false
        if let found = languages.lazy.compactMap({ CalendarNames.month(folded: token.folded, language: $0) }).first {
          month = found
          afterMonth = true
          shortYear = nil
        } else if languages.contains(where: { CalendarNames.weekday(folded: token.folded, language: $0) != nil })
          || leadWords.contains(token.folded) || token.folded.hasSuffix("st") && token.text.count <= 4
        {
          continue
        } else {
          extraWords += 1
          if extraWords > 1 { return nil }
        }
      case .punctuation:
        continue
      }
    }
    guard extraWords <= 1 else { return nil }
    if let month {
      // A two-digit year stands for the nearer century: "20" is 2020, "98" 1998.
      let twoDigitYear = numbers.count == 2 ? shortYear.map { $0 < 50 ? 2000 + $0 : 1900 + $0 } : nil
      let year = numbers.first { $0 >= 1900 && $0 <= 2100 } ?? twoDigitYear
      let day = numbers.first { $0 >= 1 && $0 <= 31 }
      if let year, let day, SimpleDate.isValid(year: year, month: month, day: day) {
        return SimpleDate(year: year, month: month, day: day)
      }
      return nil
    }
    // Numeric: 03/05/2017 reads day first (both languages' newspapers), 2017-05-03 as ISO.
    let digitsOnly = text.split { !$0.isNumber }.compactMap { Int($0) }
    if digitsOnly.count >= 3 {
      let (a, b, c) = (digitsOnly[0], digitsOnly[1], digitsOnly[2])
      if a >= 1900, SimpleDate.isValid(year: a, month: b, day: c) { return SimpleDate(year: a, month: b, day: c) }
      if c >= 1900, SimpleDate.isValid(year: c, month: b, day: a), language != .english || a > 12 {
        return SimpleDate(year: c, month: b, day: a)
      }
      if c >= 1900, SimpleDate.isValid(year: c, month: a, day: b) { return SimpleDate(year: c, month: a, day: b) }
    }
    return nil
  }
}
