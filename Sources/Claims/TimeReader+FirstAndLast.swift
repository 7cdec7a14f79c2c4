import Core
import Foundation

/// The first or last days, weeks or months of a year or a month: "the first three months of
/// 2017", "in the last week of July", "the first ten days of last year", "i primi sei mesi
/// dell'anno", "l'ultima settimana di luglio", "nei primi tre mesi del 2017".
extension TimeReader {
  /// A unit a year or a month is counted off in from either end.
  enum PartUnit {
    case day
    case week
    case month
  }

  static let englishPartUnits: [String: PartUnit] = [
    "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month,
  ]
  static let italianPartUnits: [String: PartUnit] = [
    "giorno": .day, "giorni": .day, "settimana": .week, "settimane": .week, "mese": .month, "mesi": .month,
  ]
  /// The words that say from which end, true for the first: "first", "ultimi".
  static let englishEnds: [String: Bool] = ["first": true, "last": false, "final": false, "opening": true, "closing": false]
  static let italianEnds: [String: Bool] = [
    "primo": true, "prima": true, "primi": true, "prime": true, "ultimo": false, "ultima": false, "ultimi": false, "ultime": false,
  ]
  /// Articles, bare or with a preposition, before the Italian end word: "i primi", "nelle ultime".
  static let italianEndArticles: Set<String> = [
    "il", "la", "l'", "i", "le", "gli", "nel", "nella", "nell'", "nei", "nelle", "negli", "del", "della", "dell'", "dei", "delle",
    "degli", "al", "alla", "all'", "ai", "alle", "agli", "dal", "dalla", "dall'", "dai", "dalle", "dagli",
  ]

  /// The first or last `count` days, weeks or months of a year or a month named after "of"/
  /// "di": a year in figures, a month with or without its year, or the year or month of
  /// publication ("of the year", "of last year", "dell'anno", "del mese scorso"). Without that,
  /// "the last three months" is a span up to publication, and "the first two weeks of the
  /// campaign" no time at all.
  func firstOrLast(_ s: SentenceTokens, at i: Int) -> Found? {
    var j = i
    switch language {
    case .english: if s.folded(j) == "the" { j += 1 }
    case .italian: if let word = s.folded(j), Self.italianEndArticles.contains(word) { j += 1 }
    }
    guard let endWord = s.folded(j), let isFirst = (language == .english ? Self.englishEnds : Self.italianEnds)[endWord] else { return nil }
    j += 1
    if let weekday = s.folded(j).flatMap({ CalendarNames.weekday(folded: $0, language: language) }) {
      return weekdayOfMonth(s, from: i, at: j, weekday: weekday, first: isFirst)
    }
    // "the first three months", "the first week": a count of two or more, or the unit alone.
    var count = 1
    if let counted = countAt(s, j), counted > 1, counted <= 366 {
      count = counted
      j += 1
    }
    guard let unitWord = s.folded(j), let unit = (language == .english ? Self.englishPartUnits : Self.italianPartUnits)[unitWord] else { return nil }
    // The unit agrees with the count: "the first week", "the first two weeks".
    let isPlural = language == .english ? unitWord.hasSuffix("s") : !["giorno", "settimana", "mese"].contains(unitWord)
    guard isPlural == (count > 1) else { return nil }
    j += 1
    guard let of = s.folded(j), language == .english ? ["of", "in"].contains(of) : Self.italianOfWords.contains(of) || of == "d'" else { return nil }
    j += 1
    guard let (whole, baseExpression, end) = periodOfParts(s, at: j, unit: unit) else { return nil }
    let tokens = i..<end
    let expression = "\(isFirst ? "first" : "last")-\(count)-\(unit)-of-\(baseExpression)"
    guard let whole else { return Found(tokens: tokens, reference: TimeReference(from: nil, to: nil, isRelative: true, expression: expression)) }
    guard let (from, to) = Self.part(of: whole, first: isFirst, count: count, unit: unit) else { return nil }
    return Found(tokens: tokens, reference: TimeReference(from: from, to: to, isRelative: whole.isRelative, expression: expression))
  }

  /// The first or last of a weekday in a month: "the first Tuesday of November 2016", "the last
  /// Sunday in March", "l'ultima domenica di marzo", "il primo martedì di novembre". `j` is at
  /// the weekday.
  private func weekdayOfMonth(_ s: SentenceTokens, from i: Int, at j: Int, weekday: Int, first isFirst: Bool) -> Found? {
    guard let of = s.folded(j + 1), language == .english ? ["of", "in"].contains(of) : Self.italianOfWords.contains(of) || of == "d'",
      let (month, _, whole, end) = namedMonth(s, at: j + 2)
    else { return nil }
    let expression = "\(isFirst ? "first" : "last")-weekday-\(weekday)-of-month-\(month)"
    // Without a publication date to place the month, a place in the calendar no other time is
    // told apart from.
    guard let start = whole.from, let last = whole.to else {
      return Found(tokens: i..<end, reference: TimeReference(from: nil, to: nil, isRelative: false, expression: expression))
    }
    let day = isFirst ? start.adding(days: (weekday - start.isoWeekday + 7) % 7) : last.adding(days: -((last.isoWeekday - weekday + 7) % 7))
    return Found(tokens: i..<end, reference: TimeReference(from: day, to: day, isRelative: whole.isRelative, expression: expression))
  }

  /// The year or month the parts are of, at `j`: its days when it can be dated, the expression
  /// that names it, and the index after it. Months are parts of a year only.
  private func periodOfParts(_ s: SentenceTokens, at j: Int, unit: PartUnit) -> (TimeReference?, String, Int)? {
    // A year in figures: "of 2021", "del 2021".
    if let year = intAt(s, j, in: 1000...2999), s[j].text.count == 4 {
      return (.year(year), "\(year)", j + 1)
    }
    // The year or month of publication, or the one before or after it: "the year", "last
    // year", "l'anno", "quest'anno", "anno scorso".
    var k = j
    if language == .italian, let word = s.folded(k), ["quest'", "questo", "l'", "lo", "il"].contains(word) { k += 1 }
    if let (base, length) = relativeMonthOrYear(s, at: k) {
      guard unit != .month || base.hasSuffix("year") else { return nil }
      let whole = resolve(base)
      return (whole.from == nil ? nil : whole, base, k + length)
    }
    // A month, with its year or not: "of July", "of January 2015", "di gennaio".
    guard unit != .month, let (month, year, whole, end) = namedMonth(s, at: j) else { return nil }
    if let year { return (whole, "\(year)-\(month)", end) }
    return (whole.from == nil ? nil : whole, "month-\(month)", end)
  }

  /// The month named at `j`, with the year in figures after it or not ("July", "January 2015",
  /// "gennaio"): its number, its year when written, its days (resolved against publication without a year), and the
  /// index after it. English "may" is a month here only capitalised.
  private func namedMonth(_ s: SentenceTokens, at j: Int) -> (month: Int, year: Int?, whole: TimeReference, end: Int)? {
    guard let month = monthAt(s, j, nextToDay: true), language == .italian || month != 5 || s[j].isCapitalized else { return nil }
    if let year = intAt(s, j + 1, in: 1000...2999), s[j + 1].text.count == 4 { return (month, year, .month(month, of: year), j + 2) }
    return (month, nil, monthAlone(month), j + 1)
  }

  /// The first or last `count` units of a resolved year or month. Weeks run Monday to Sunday,
  /// as the week of "last week" does: the first is the one holding four or more of the
  /// period's days (ISO 8601's rule for a year's first week), and so is the last.
  static func part(of whole: TimeReference, first isFirst: Bool, count: Int, unit: PartUnit) -> (SimpleDate, SimpleDate)? {
    guard let start = whole.from, let end = whole.to else { return nil }
    switch unit {
    case .day:
      guard count <= end.dayNumber - start.dayNumber + 1 else { return nil }
      return isFirst ? (start, start.adding(days: count - 1)) : (end.adding(days: 1 - count), end)
    case .week:
      if isFirst {
        var monday = start.adding(days: 1 - start.isoWeekday)
        if start.isoWeekday > 4 { monday = monday.adding(days: 7) }
        return (monday, monday.adding(days: 7 * count - 1))
      }
      var sunday = end.adding(days: 7 - end.isoWeekday)
      if end.isoWeekday < 4 { sunday = sunday.adding(days: -7) }
      return (sunday.adding(days: 1 - 7 * count), sunday)
    case .month:
      guard count <= 12, start.month == 1, end.month == 12 else { return nil }
      if isFirst { return (start, SimpleDate(year: start.year, month: count, day: SimpleDate.daysIn(month: count, year: start.year))) }
      return (SimpleDate(year: end.year, month: 13 - count, day: 1), end)
    }
  }
}
