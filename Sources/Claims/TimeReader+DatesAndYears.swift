import Core
import Foundation

/// Dates written in figures ("2015-03-03", "15.02.2017", "31/10/1974" day first in Italian,
/// "2/15/2013" month first in English only where it cannot be read the other way); days of the
/// month, months and years alone; decades.
extension TimeReader {
  // MARK: Dates in figures

  /// A date written in figures: "2015-03-03" (ISO), "31/10/1974" and "3-3-15" day first in
  /// Italian, "2/15/2013" month first in English; "il 15/02", "on 2/15" without the year after a
  /// word that introduces a date. English puts the month first in the United States and the
  /// day first in Britain: a date either order reads as a valid one ("3/5/2017") is not read
  /// as a day, only its year.
  func numericDate(_ s: SentenceTokens, at i: Int) -> Found? {
    if let dotted = dottedDate(s, at: i) { return dotted }
    guard i + 2 < s.count, s[i].kind == .number, let separator = s.folded(i + 1), separator == "/" || separator == "-",
      !s[i + 1].isSpaced, !s[i + 2].isSpaced, let first = intAt(s, i, in: 0...2999), let second = intAt(s, i + 2, in: 1...31)
    else { return nil }
    // Nothing glued on either side: "1-2-3-4" is no date, nor "10/20/30%".
    if i > 0, !s[i].isSpaced, ["/", "-"].contains(s[i - 1].folded) { return nil }
    let hasThird = s.folded(i + 3) == separator && i + 4 < s.count && !s[i + 3].isSpaced && !s[i + 4].isSpaced
    let end = hasThird ? i + 5 : i + 3
    if end < s.count, !s[end].isSpaced {
      guard s[end].kind == .punctuation, !["/", "-", "%"].contains(s[end].folded),
        !(end + 1 < s.count && !s[end + 1].isSpaced && s[end + 1].kind == .number)
      else { return nil }
    }
    if hasThird, s[i].text.count == 4, (1000...2999).contains(first), separator == "-", second <= 12, let day = intAt(s, i + 4, in: 1...31) {
      return makeDay(first, second, day, tokens: i..<end)
    }
    guard s[i].text.count <= 2, first >= 1, first <= 31, let (day, month) = dayAndMonth(first, second) else { return nil }
    if hasThird {
      guard s[i + 4].kind == .number, s[i + 4].text.allSatisfy(\.isNumber), let year = writtenYear(s[i + 4].text) else { return nil }
      return makeDay(year, month, day, tokens: i..<end)
    }
    // Day and month alone, "15/2" or "2-15", are also a score, a fraction or a range: only
    // after a word that introduces a date.
    guard separator == "/", let previous = s.folded(i - 1), dateIntroductions.contains(previous) else { return nil }
    return dayWithoutYear(month, day, tokens: i..<end)
  }

  /// The day and month of a date's first two figures: day first in Italian; in English month
  /// first unless the first figure cannot be a month, and nil when both orders give a valid and
  /// different date — Britain's or America's, which the page does not say.
  private func dayAndMonth(_ first: Int, _ second: Int) -> (day: Int, month: Int)? {
    let dayFirst: Bool
    switch language {
    case .italian: dayFirst = true
    case .english:
      if first <= 12 && second <= 12 && first != second { return nil }
      dayFirst = first > 12
    }
    let (day, month) = dayFirst ? (first, second) : (second, first)
    return (1...12).contains(month) ? (day, month) : nil
  }

  /// A date written with dots as one figure: "15.02.2017", "3.5.16", day first in Italian, in
  /// English only where the day is over twelve or equals the month, as with slashes.
  private func dottedDate(_ s: SentenceTokens, at i: Int) -> Found? {
    guard i < s.count, s[i].kind == .number else { return nil }
    let parts = s[i].text.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2 || parts[2].count == 4,
      let first = Int(parts[0]), let second = Int(parts[1]), (1...31).contains(first), (1...31).contains(second)
    else { return nil }
    guard let (day, month) = dayAndMonth(first, second) else { return nil }
    // "2.10.16" is as often a version: a two-digit year only after a word that introduces a date.
    if parts[2].count == 2 {
      guard let previous = s.folded(i - 1), dateIntroductions.contains(previous) || previous == "of" else { return nil }
    }
    guard let year = writtenYear(parts[2]) else { return nil }
    return makeDay(year, month, day, tokens: i..<(i + 1))
  }

  private var dateIntroductions: Set<String> { language == .english ? Self.englishDateIntroductions : Self.italianDateIntroductions }
  private static let englishDateIntroductions: Set<String> = ["on", "by", "until", "till", "from", "since", "before", "after"]
  private static let italianDateIntroductions: Set<String> = ["il", "dal", "al", "del", "entro", "prima", "dopo", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato", "domenica"]

  /// The year a date's last figure writes in four or two digits ("2017", "17"); nil otherwise.
  private func writtenYear(_ text: some StringProtocol) -> Int? {
    guard let written = Int(text) else { return nil }
    switch text.count {
    case 4: return written
    case 2: return fullYear(twoDigits: written)
    default: return nil
    }
  }

  /// The century of a two-digit year: the latest year ending in those digits not more than
  /// ten years after publication ("74" is 1974, "15" is 2015); without a publication date,
  /// 2000–2049 or 1950–1999.
  private func fullYear(twoDigits: Int) -> Int {
    guard let published else { return twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits }
    let candidate = published.year / 100 * 100 + twoDigits
    return candidate > published.year + 10 ? candidate - 100 : candidate
  }

  // MARK: Days, months, years and decades

  /// "on the 18th", "by the 4th", "on the first": a day of the month without its month, the
  /// nearest such day to publication; not "on the 18th floor" nor "the 18th of May" (a date).
  func dayOfMonthAlone(_ s: SentenceTokens, at i: Int) -> Found? {
    guard language == .english, s.folded(i + 1) == "the", let word = s.folded(i), Self.dayOfMonthOpenings.contains(word) else { return nil }
    var day: Int
    var end: Int
    if let figure = intAt(s, i + 2, in: 1...31), s.isOrdinalSuffix(at: i + 3) {
      day = figure
      end = i + 4
    } else if let ordinal = ordinalDay(s, at: i + 2) {
      (day, end) = ordinal
    } else {
      return nil
    }
    if let next = s.folded(end), s[end].kind != .punctuation, !["at", "and", "or", "when", "after", "before", "this", "next"].contains(next) { return nil }
    guard let p = published else {
      return Found(tokens: i..<end, reference: TimeReference(from: nil, to: nil, isRelative: true, expression: "monthday-\(day)"))
    }
    guard let best = Self.nearest(day: day, to: p, monthsAround: 1, where: { _ in true }) else { return nil }
    return Found(tokens: i..<end, reference: TimeReference(from: best, to: best, isRelative: true, expression: "monthday-\(day)"))
  }

  private static let dayOfMonthOpenings: Set<String> = ["on", "by", "until", "since"]

  /// A month named without a year: the latest such month not long after publication.
  func monthAlone(_ month: Int) -> TimeReference {
    guard let published else { return TimeReference(from: nil, to: nil, isRelative: true, expression: "month-\(month)") }
    var year = published.year
    if SimpleDate(year: year, month: month, day: 1) > published.adding(days: 60) { year -= 1 }
    let first = SimpleDate(year: year, month: month, day: 1)
    let last = SimpleDate(year: year, month: month, day: SimpleDate.daysIn(month: month, year: year))
    return TimeReference(from: first, to: last, isRelative: true, expression: "month-\(month)")
  }

  func makeDay(_ year: Int, _ month: Int, _ day: Int, tokens: Range<Int>) -> Found? {
    guard SimpleDate.isValid(year: year, month: month, day: day) else { return nil }
    let date = SimpleDate(year: year, month: month, day: day)
    return Found(tokens: tokens, reference: TimeReference(from: date, to: date, isRelative: false, expression: "date"))
  }

  func dayWithoutYear(_ month: Int, _ day: Int, tokens: Range<Int>) -> Found? {
    guard let published else {
      return Found(tokens: tokens, reference: TimeReference(from: nil, to: nil, isRelative: true, expression: "day-\(month)-\(day)"))
    }
    // The nearest such day not long after publication: news speaks of the recent past.
    var year = published.year
    if SimpleDate.isValid(year: year, month: month, day: day), SimpleDate(year: year, month: month, day: day) > published.adding(days: 60) {
      year -= 1
    }
    guard SimpleDate.isValid(year: year, month: month, day: day) else { return nil }
    let date = SimpleDate(year: year, month: month, day: day)
    return Found(tokens: tokens, reference: TimeReference(from: date, to: date, isRelative: false, expression: "date"))
  }

  func year(_ s: SentenceTokens, at i: Int) -> Found? {
    if let found = yearOfOurEra(s, at: i) { return found }
    // An earlier year only after its preposition: "in 1755", "nel 1492" ("around 1200" is as
    // often a count).
    guard let year = intAt(s, i, in: 1000...2100), s[i].text.count == 4,
      year >= 1800 || s.folded(i - 1).map(yearPrepositions.contains) == true
    else { return nil }
    // A year stands alone: not "2016 people", not "2,016". Italian "nel 2016", English "in 2016".
    if let next = s.folded(i + 1), s[i + 1].kind == .word, isCountable(next) { return nil }
    if s.folded(i - 1) == "-" || s.folded(i + 1) == "%" { return nil }
    var first = i
    if let previous = s.folded(i - 1), yearPrepositions.contains(previous) { first = i - 1 }
    return Found(tokens: first..<(i + 1), reference: .year(year))
  }

  /// A year with its era, any year from 1: "1100 A.D.", "AD 1000", "1200 CE", "1000 d.C.",
  /// "1100 dopo Cristo". (A year before Christ stays the figure both languages write.)
  private func yearOfOurEra(_ s: SentenceTokens, at i: Int) -> Found? {
    guard s[i].text.count <= 4, let year = intAt(s, i, in: 1...2999) else { return nil }
    var first = i
    var end = i + 1
    if let next = s.folded(i + 1), Self.eraWords(language).contains(next) {
      end = i + 2
    } else if language == .italian, s.folded(i + 1) == "dopo", s.folded(i + 2) == "cristo" {
      end = i + 3
    } else if language == .english, let previous = s.folded(i - 1), previous == "ad" || previous == "a.d." {
      first = i - 1
    } else {
      return nil
    }
    if let previous = s.folded(first - 1), yearPrepositions.contains(previous) { first -= 1 }
    return Found(tokens: first..<end, reference: .year(year))
  }

  /// The words after a year that say it is of our era.
  static func eraWords(_ language: Language) -> Set<String> { language == .english ? ["ad", "a.d.", "ce", "c.e."] : ["d.c."] }

  private var yearPrepositions: Set<String> { language == .english ? Self.englishYearPrepositions : Self.italianYearPrepositions }
  private static let englishYearPrepositions: Set<String> = ["in", "since", "during", "by", "until", "throughout"]
  private static let italianYearPrepositions: Set<String> = ["nel", "dal", "del", "fino", "entro", "durante"]

  func decade(_ s: SentenceTokens, at i: Int) -> Found? {
    func tens(_ decade: Int, _ tokens: Range<Int>) -> Found {
      Found(
        tokens: tokens,
        reference: TimeReference(
          from: SimpleDate(year: decade, month: 1, day: 1), to: SimpleDate(year: decade + 9, month: 12, day: 31), isRelative: false,
          expression: "decade"))
    }
    // "the sixties", "anni Sessanta", "gli anni settanta": the decades of the twentieth century
    // said in words ("in his sixties" is an age: only after "the"); "anni Duemila" is 2000–2009.
    if language == .english, s.folded(i) == "the", let word = s.folded(i + 1), let decade = Self.englishDecadeWords[word] {
      return tens(decade, i..<(i + 2))
    }
    if language == .italian, s.folded(i) == "anni", let word = s.folded(i + 1), let decade = Self.italianDecadeWords[word] {
      return tens(decade, i..<(i + 2))
    }
    // "the '80s", "the ’60s": a decade in two figures after an apostrophe, as "gli anni '80";
    // "the 80s" without one may be temperatures or ages, and is left alone.
    if language == .english, s.folded(i) == "the", s.folded(i + 1) == "'" || s.folded(i + 1) == "\u{2019}",
      let two = intAt(s, i + 2, in: 0...90), two % 10 == 0, s[i + 2].text.utf8.count == 2, !s[i + 2].isSpaced,
      s.folded(i + 3) == "s", !s[i + 3].isSpaced
    {
      return tens(1900 + two, i..<(i + 4))
    }
    // "the 1960s" / "gli anni '60".
    if language == .english, i < s.count, s[i].kind == .number, let value = Int(s[i].text), value % 10 == 0,
      (1000...2090).contains(value), s.folded(i + 1) == "s", !(i + 1 < s.count && s[i + 1].isSpaced)
    {
      return tens(value, i..<(i + 2))
    }
    if language == .italian, s.folded(i) == "anni" {
      var j = i + 1
      if s.folded(j) == "'" || s.folded(j) == "\u{2019}" { j += 1 }
      if let four = intAt(s, j, in: 1000...2090), four % 10 == 0, s[j].text.count == 4 {
        return tens(four, i..<(j + 1))
      }
      if let two = intAt(s, j, in: 0...90), two % 10 == 0, s[j].text.count == 2 {
        return tens(1900 + two, i..<(j + 1))
      }
    }
    return nil
  }
}

// MARK: Months joined by a hyphen

extension TimeReader {
  /// The two months of a word that joins them with a hyphen: "January-February", "Jun-Aug",
  /// "gennaio-febbraio".
  static func monthsOfPair(_ folded: String, language: Language) -> (Int, Int)? {
    let parts = folded.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, let first = CalendarNames.month(folded: String(parts[0]), language: language),
      let second = CalendarNames.month(folded: String(parts[1]), language: language), first != second
    else { return nil }
    return (first, second)
  }

  /// A period of months written as one hyphenated word, with its year or not: "Jan-Feb 2017",
  /// "June-August 1992", "gennaio-febbraio 2017"; "November-February 2017" starts the year
  /// before.
  func monthPair(_ s: SentenceTokens, at i: Int) -> Found? {
    guard s[i].kind == .word, s[i].folded.containsByte(UInt8(ascii: "-")), let (first, second) = Self.monthsOfPair(s[i].folded, language: language)
    else { return nil }
    let yearIndex = yearIndex(s, at: i + 1)
    if let year = intAt(s, yearIndex, in: 1000...2999), s[yearIndex].text.count == 4 {
      let from = SimpleDate(year: first > second ? year - 1 : year, month: first, day: 1)
      let to = SimpleDate(year: year, month: second, day: SimpleDate.daysIn(month: second, year: year))
      return Found(tokens: i..<(yearIndex + 1), reference: TimeReference(from: from, to: to, isRelative: false, expression: "period"))
    }
    let (a, b) = (monthAlone(first), monthAlone(second))
    guard var from = a.from, let to = b.to else {
      return Found(tokens: i..<(i + 1), reference: TimeReference(from: nil, to: nil, isRelative: true, expression: "period-\(a.expression)-to-\(b.expression)"))
    }
    // "November-February": the first month comes before the second.
    if from > to { from = from.adding(months: -12) }
    return Found(tokens: i..<(i + 1), reference: TimeReference(from: from, to: to, isRelative: true, expression: "period"))
  }
}
