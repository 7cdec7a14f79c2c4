import Core
import Foundation

/// Reads time expressions and resolves them to intervals of days against the publication date.
///
/// EN: "over the past year" (published 2017-05-03) → 2016-05-03..2017-05-03; "last week" →
/// the previous Monday..Sunday; "on Wednesday" → the latest Wednesday not after publication.
/// IT: "Nel 2016" → 2016-01-01..2016-12-31; "ieri" → the day before; "4 maggio 2017".
struct TimeReader {
  let language: Language
  let published: SimpleDate?
  /// Whether a folded word names something countable ("people", "items"): a number followed
  /// by one is a count, not a year ("2016 people").
  let isCountable: @Sendable (String) -> Bool

  struct Found {
    var tokens: Range<Int>
    var reference: TimeReference
    /// Whether the quantity readers may read the tokens too: a distance in time ("three weeks
    /// ago") is a day and also a count of weeks, which the quantity rules compare.
    var isShared = false
  }

  func read(_ sentence: inout SentenceTokens) -> [Found] {
    var found: [Found] = []
    var index = 0
    while index < sentence.count {
      if !sentence.consumed[index], let hit = match(sentence, at: index) {
        if !hit.isShared { sentence.consume(hit.tokens) }
        found.append(hit)
        index = hit.tokens.upperBound
      } else {
        index += 1
      }
    }
    let joined = joiningRanges(found, in: &sentence)
    return Self.merged(Self.merged(joined) { decadeOfCentury($0, $1, in: sentence) }) { weekdayOfWeek($0, $1, in: sentence) }
  }

  /// `found` with each time and the one after it replaced by what `merge` makes of the two,
  /// where it makes something.
  static func merged(_ found: [Found], _ merge: (Found, Found) -> Found?) -> [Found] {
    guard found.count >= 2 else { return found }
    var result: [Found] = []
    var index = 0
    while index < found.count {
      if index + 1 < found.count, let both = merge(found[index], found[index + 1]) {
        result.append(both)
        index += 2
      } else {
        result.append(found[index])
        index += 1
      }
    }
    return result
  }

  /// A weekday of a week named after it is that week's: "on Tuesday of last week", "Wednesday
  /// next week", "martedì della settimana scorsa", not the latest Tuesday.
  private func weekdayOfWeek(_ day: Found, _ week: Found, in s: SentenceTokens) -> Found? {
    guard day.reference.expression.hasPrefix("weekday-"), let weekday = Int(day.reference.expression.dropFirst("weekday-".count)),
      (1...7).contains(weekday), ["last-week", "next-week", "this-week"].contains(week.reference.expression), let monday = week.reference.from
    else { return nil }
    let between = (day.tokens.upperBound..<week.tokens.lowerBound).map { s[$0].folded }
    guard between.count <= 1, between.allSatisfy({ ["of", "della", "dell'", "di"].contains($0) }) else { return nil }
    let date = monday.adding(days: weekday - 1)
    return Found(
      tokens: day.tokens.lowerBound..<week.tokens.upperBound,
      reference: TimeReference(from: date, to: date, isRelative: true, expression: "\(day.reference.expression)-of-\(week.reference.expression)"))
  }

  /// A decade written in two figures or in words belongs to the century after it: "negli anni
  /// '80 del 1800", "gli anni Ottanta dell'Ottocento", "the '80s of the 19th century" are the
  /// 1880s, not the 1980s and a century besides.
  private func decadeOfCentury(_ decade: Found, _ century: Found, in s: SentenceTokens) -> Found? {
    guard decade.reference.expression == "decade", let from = decade.reference.from, (1900..<2000).contains(from.year),
      !decade.tokens.contains(where: { s[$0].kind == .number && s[$0].text.utf8.count == 4 })
    else { return nil }
    let between = (decade.tokens.upperBound..<century.tokens.lowerBound).map { s[$0].folded }
    let linked = between.allSatisfy { Self.centuryLinks.contains($0) }
      && (century.tokens.lowerBound > decade.tokens.upperBound || s.folded(century.tokens.lowerBound).map(Self.centuryLinks.contains) == true)
    guard linked, let start = century.reference.from, start.year % 100 == 0, start.month == 1, start.day == 1, let end = century.reference.to,
      end.year == start.year + 99 || end.year == start.year
    else { return nil }
    let year = start.year + from.year % 100
    return Found(
      tokens: decade.tokens.lowerBound..<century.tokens.upperBound,
      reference: TimeReference(
        from: SimpleDate(year: year, month: 1, day: 1), to: SimpleDate(year: year + 9, month: 12, day: 31), isRelative: false, expression: "decade"))
  }

  /// Words between a decade and its century: "del", "dell'", "of the".
  static let centuryLinks: Set<String> = ["del", "dell'", "dell\u{2019}", "of", "the"]

  // MARK: Periods between two times

  /// Two times joined as the ends of one period become that period: "from 2014 to 2018",
  /// "between 2007 and 2009", "2014-2018", "from March to May", "dal 2014 al 2018", "tra il
  /// 2007 e il 2009"; and a day of the month given as a bare figure at one end takes the other
  /// end's month: "July 13-15", "from 13 to 15 July", "dal 13 al 15 luglio".
  private func joiningRanges(_ found: [Found], in s: inout SentenceTokens) -> [Found] {
    guard !found.isEmpty else { return found }
    var result: [Found] = []
    var index = 0
    while index < found.count {
      let current = found[index]
      index += 1
      // A bare day before the period's other end: "13 to 15 July", "between 13 and 15 July",
      // "dal 13 al 15 luglio".
      if current.reference.isPeriodEnd, let start = dayStart(s, before: current), let joined = join(start.found, current, opening: start.opening, in: s) {
        s.consume(start.found.tokens)
        result.append(joined)
        continue
      }
      let opening = openingWord(s, before: current.tokens.lowerBound)
      // Days listed before or after a day with its month: "5 and 6 May", "May 5 and 6", "il 5
      // e 6 maggio" are two days of May; after "between" or "from" they end a period.
      if opening == nil {
        let listed = listedDays(s, with: current)
        for day in listed { s.consume(day.tokens) }
        result.append(contentsOf: listed)
      }
      // A part of a month or year ends a period only after "from" ("from the end of March to the
      // middle of September", "dalla fine del 2007 alla fine del 2008"): "late March or early
      // April" is as often "tra la fine di marzo e l'inizio di aprile" as two times.
      let isFrom = opening.map { Self.fromOpenings.contains($0.word) } ?? false
      func canEnd(_ time: TimeReference) -> Bool { time.isPeriodEnd || (isFrom && time.isPartOfPeriod) }
      guard canEnd(current.reference), let connector = connectorEnd(s, after: current.tokens.upperBound, opening: opening) else {
        result.append(current)
        continue
      }
      // The second end may start at the article the connector passed over: "to the end of 2008".
      let startsAtConnector = index < found.count
        && (found[index].tokens.lowerBound == connector || (found[index].tokens.lowerBound == connector - 1 && s[connector - 1].folded == "the"))
      if startsAtConnector, canEnd(found[index].reference), let joined = join(current, found[index], opening: opening, in: s) {
        result.append(joined)
        index += 1
      } else if let last = bareEnd(s, at: connector, after: current.reference), let joined = join(current, last, opening: opening, in: s) {
        s.consume(last.tokens)
        result.append(joined)
      } else {
        result.append(current)
      }
    }
    return result
  }

  /// Bare days of the month listed with `found`, a day with its month, before it ("5 and 6
  /// May", "5, 6 e 7 maggio") or after it ("May 5 and 6"): each a day of that month. A figure
  /// after it must end the list, so that "May 5 and 6 people" stays a count.
  private func listedDays(_ s: SentenceTokens, with found: Found) -> [Found] {
    guard let known = Self.dayWithMonth(found.reference) else { return [] }
    let connectors: Set<String> = language == .english ? ["and", "or", ","] : ["e", "o", ","]
    func day(_ value: Int, _ tokens: Range<Int>) -> Found? {
      guard value != known.day, let reference = Self.day(value, of: known, isRelative: found.reference.isRelative) else { return nil }
      return Found(tokens: tokens, reference: reference)
    }
    // A bare day: one or two digits, unread, with its ordinal suffix ("5th and 6th May").
    func bareDay(endingAt end: Int) -> (Int, Range<Int>)? {
      var start = end
      if s.isOrdinalSuffix(at: start) { start -= 1 }
      guard start >= 0, start < s.count, !s.consumed[start], s[start].text.count <= 2, let value = intAt(s, start, in: 1...31) else { return nil }
      return (value, start..<(end + 1))
    }
    var result: [Found] = []
    // Before: back over "and"/"e" and commas, one day at a time.
    var j = found.tokens.lowerBound - 1
    if language == .english, s.folded(j) == "the" { j -= 1 }
    while let connector = s.folded(j), connectors.contains(connector), let (value, tokens) = bareDay(endingAt: j - 1),
      tokens.lowerBound == 0 || s[tokens.lowerBound - 1].kind != .number, let listed = day(value, tokens)
    {
      result.append(listed)
      j = tokens.lowerBound - 1
      if language == .english, s.folded(j) == "the" { j -= 1 }
    }
    // After: "May 5 and 6", ending the list.
    var k = found.tokens.upperBound
    while let connector = s.folded(k), connectors.contains(connector), k + 1 < s.count, s[k + 1].kind == .number {
      var end = k + 1
      if s.isOrdinalSuffix(at: end + 1) { end += 1 }
      guard let (value, tokens) = bareDay(endingAt: end), tokens.lowerBound == k + 1 else { break }
      let next = s.folded(end + 1)
      guard next == nil || s[end + 1].kind == .punctuation || connectors.contains(next ?? ""), let listed = day(value, tokens) else { break }
      result.append(listed)
      k = end + 1
    }
    return result
  }

  /// The word that opens a period before `index`, with its article: "from", "between", "dal",
  /// "tra il"; nil when none does.
  private func openingWord(_ s: SentenceTokens, before index: Int) -> (word: String, first: Int)? {
    // The year reader takes "dal" into the year it opens.
    for first in [index, index - 1, index - 2] where first >= 0 && first < s.count {
      let word = s[first].folded
      guard (language == .english ? Self.englishPeriodOpenings : Self.italianPeriodOpenings).contains(word) else { continue }
      let between = s.tokens[min(first + 1, index)..<index].allSatisfy { ["the", "il", "l'", "la"].contains($0.folded) }
      if between { return (word, first) }
    }
    return nil
  }

  private static let englishPeriodOpenings: Set<String> = ["from", "between"]
  private static let italianPeriodOpenings: Set<String> = ["dal", "dall'", "da", "dalla", "tra", "fra", "dai", "dagli"]
  /// The openings that say "from", after which a part of a month or year ends a period.
  private static let fromOpenings: Set<String> = ["from", "dal", "dall'", "da", "dalla"]

  /// The index after the words that join a period's two ends at `index` ("to", "through",
  /// "and" after "between", "-", "al", "e il" after "tra"), or nil.
  private func connectorEnd(_ s: SentenceTokens, after index: Int, opening: (word: String, first: Int)?) -> Int? {
    guard let word = s.folded(index) else { return nil }
    if word == "-" || word == "\u{2013}" { return index + 1 }
    // "2015/16", "2015/2016": a slash written against two figures.
    if word == "/", !s[index].isSpaced, index + 1 < s.count, !s[index + 1].isSpaced, s[index + 1].kind == .number { return index + 1 }
    let article: Set<String> = ["the", "il", "l'", "la"]
    func skippingArticle(_ j: Int) -> Int { s.folded(j).map { article.contains($0) } == true ? j + 1 : j }
    switch language {
    case .english:
      if ["to", "till", "until", "through", "thru"].contains(word) { return skippingArticle(index + 1) }
      if word == "and", opening?.word == "between" { return skippingArticle(index + 1) }
    case .italian:
      guard let opening else { return nil }
      if ["tra", "fra"].contains(opening.word), word == "e" { return skippingArticle(index + 1) }
      if ["dal", "dall'", "da", "dalla", "dai", "dagli"].contains(opening.word) {
        if ["al", "all'", "a", "ad", "alla", "ai", "agli"].contains(word) { return index + 1 }
        if word == "fino", let next = s.folded(index + 1), ["al", "all'", "a"].contains(next) { return index + 2 }
      }
    }
    return nil
  }

  /// A period's second end written bare after its connector: a year ("2014-2018"), or a day of
  /// the first end's month ("July 13-15", "April 9th through 17th").
  private func bareEnd(_ s: SentenceTokens, at index: Int, after first: TimeReference) -> Found? {
    // "from March to May", "da marzo a maggio": a month after a month, "May" or not.
    if first.expression.hasPrefix("month-"), !(index < s.count && s.consumed[index]), let month = monthAt(s, index, nextToDay: true) {
      return Found(tokens: index..<(index + 1), reference: monthAlone(month))
    }
    guard index < s.count, !s.consumed[index], s[index].kind == .number, s[index].text.allSatisfy(\.isNumber), let value = Int(s[index].text)
    else { return nil }
    var end = index + 1
    if s.isOrdinalSuffix(at: end) { end += 1 }
    // A figure that counts something is no end of a period: "2014 to 2018 people".
    if let next = s.folded(end), s[end].kind == .word, isCountable(next) { return nil }
    // "2014-2018", and a season's "2015-16", "1990-95": a later year in two figures is in the
    // first one's century.
    if first.expression == "year", let from = first.from {
      let year = s[index].text.count == 4 ? value : s[index].text.count == 2 && !s[index].isSpaced ? from.year - from.year % 100 + value : 0
      guard year > from.year, year <= 2999 else { return nil }
      return Found(tokens: index..<end, reference: .year(year))
    }
    guard (1...31).contains(value), monthAt(s, end, nextToDay: true) == nil else { return nil }
    if let from = first.from, first.from == first.to, value > from.day, SimpleDate.isValid(year: from.year, month: from.month, day: value) {
      let day = SimpleDate(year: from.year, month: from.month, day: value)
      return Found(tokens: index..<end, reference: TimeReference(from: day, to: day, isRelative: first.isRelative, expression: first.expression))
    }
    let parts = first.expression.split(separator: "-")
    if first.from == nil, parts.count == 3, parts[0] == "day", let month = Int(parts[1]), let day = Int(parts[2]), value > day {
      return Found(tokens: index..<end, reference: TimeReference(from: nil, to: nil, isRelative: true, expression: "day-\(month)-\(value)"))
    }
    return nil
  }

  /// The first end of a period written as a bare day before its connector, when `second` is a
  /// day with its month: "13" in "13 to 15 July", "from the 13th to the 15th of July", "dal 13 al
  /// 15 luglio", "tra il 13 e il 15 luglio".
  private func dayStart(_ s: SentenceTokens, before second: Found) -> (found: Found, opening: (word: String, first: Int)?)? {
    guard let secondDay = Self.dayWithMonth(second.reference) else { return nil }
    // Back over the connector to the bare day: "13 to", "13th -", "13 al", "13 e il".
    var j = second.tokens.lowerBound - 1
    if let word = s.folded(j), ["the", "il", "l'"].contains(word) { j -= 1 }
    guard let connector = s.folded(j) else { return nil }
    var connectorStart = j
    if language == .italian, ["al", "all'", "a"].contains(connector), s.folded(j - 1) == "fino" { connectorStart = j - 1 }
    var k = connectorStart - 1
    if s.isOrdinalSuffix(at: k) { k -= 1 }
    guard k >= 0, !s.consumed[k], let day = intAt(s, k, in: 1...31), day < secondDay.day else { return nil }
    let opening = openingWord(s, before: k)
    // The connector must be the one the opening calls for ("between … and", "dal … al").
    guard connectorEnd(s, after: connectorStart, opening: opening) != nil else { return nil }
    guard let reference = Self.day(day, of: secondDay, isRelative: second.reference.isRelative) else { return nil }
    return (Found(tokens: k..<(connectorStart), reference: reference), opening)
  }

  /// The month, day and year of a single day with its month ("6 May 2016"; "day-5-6" without a
  /// publication date, yearless), nil for any other time.
  private static func dayWithMonth(_ reference: TimeReference) -> (month: Int, day: Int, year: Int?)? {
    if let from = reference.from, reference.from == reference.to, reference.expression == "date" { return (from.month, from.day, from.year) }
    let parts = reference.expression.split(separator: "-")
    guard reference.from == nil, parts.count == 3, parts[0] == "day", let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
    return (month, day, nil)
  }

  /// Another day of the month of `known` (`dayWithMonth`), in its year when it has one.
  private static func day(_ day: Int, of known: (month: Int, day: Int, year: Int?), isRelative: Bool) -> TimeReference? {
    guard let year = known.year else { return TimeReference(from: nil, to: nil, isRelative: true, expression: "day-\(known.month)-\(day)") }
    guard SimpleDate.isValid(year: year, month: known.month, day: day) else { return nil }
    let date = SimpleDate(year: year, month: known.month, day: day)
    return TimeReference(from: date, to: date, isRelative: isRelative, expression: "date")
  }

  /// The period from the start of `first` to the end of `second`, when `first` comes first.
  private func join(_ first: Found, _ second: Found, opening: (word: String, first: Int)?, in s: SentenceTokens) -> Found? {
    var a = first.reference
    let b = second.reference
    // Without a publication date, an end without its year is still dated by the other end's.
    if a.from == nil, let to = b.to, writesYear(s, second.tokens) {
      let parts = a.expression.split(separator: "-").compactMap { Int($0) }
      if a.expression.hasPrefix("month-"), parts.count == 1 {
        a.from = SimpleDate(year: to.year, month: parts[0], day: 1)
        a.to = a.from
      } else if a.expression.hasPrefix("day-"), parts.count == 2, SimpleDate.isValid(year: to.year, month: parts[0], day: parts[1]) {
        a.from = SimpleDate(year: to.year, month: parts[0], day: parts[1])
        a.to = a.from
      }
    }
    let start = min(opening?.first ?? first.tokens.lowerBound, first.tokens.lowerBound)
    let tokens = start..<second.tokens.upperBound
    if var from = a.from, let to = b.to, b.from != nil, a.to != nil {
      // "from January to April 2015", "Nov 18-Dec 19, 2015", "da gennaio ad aprile 2015": an end
      // written without its year is in the other end's, or the year before.
      if !writesYear(s, first.tokens), writesYear(s, second.tokens), SimpleDate.isValid(year: to.year, month: from.month, day: from.day)
      {
        from = SimpleDate(year: to.year, month: from.month, day: from.day)
        if from > to, SimpleDate.isValid(year: to.year - 1, month: from.month, day: from.day) {
          from = SimpleDate(year: to.year - 1, month: from.month, day: from.day)
        }
      }
      // "from November to March": a month named without its year comes before the other end.
      if from > to, a.expression.hasPrefix("month-"), b.expression.hasPrefix("month-") { from = from.adding(months: -12) }
      guard from < to else { return nil }
      return Found(tokens: tokens, reference: TimeReference(from: from, to: to, isRelative: a.isRelative || b.isRelative, expression: "period"))
    }
    // Without a publication date, days and months without their year stay unresolved: the
    // period keeps both ends' names.
    guard a.from == nil, b.from == nil, a.expression != b.expression else { return nil }
    return Found(tokens: tokens, reference: TimeReference(from: nil, to: nil, isRelative: true, expression: "period-\(a.expression)-to-\(b.expression)"))
  }

  /// Where a month's year stands when one follows it at `index`: there, or after the "del"
  /// or "of" that Italian and English may put before it ("settembre del 1918", "June of 1992").
  func yearIndex(_ s: SentenceTokens, at index: Int) -> Int {
    s.folded(index) == (language == .italian ? "del" : "of") && intAt(s, index + 1, in: 1000...2999) != nil ? index + 1 : index
  }

  /// Whether a time's tokens write its year in figures: "April 2015", "19 dicembre 2015".
  private func writesYear(_ s: SentenceTokens, _ tokens: Range<Int>) -> Bool {
    tokens.contains { s[$0].kind == .number && s[$0].text.count == 4 && (intAt(s, $0, in: 1000...2999) != nil) }
  }

  /// The readers a time expression may start with at a word, each a bit: most words start
  /// none, and are passed over without trying a reader.
  private struct Starts: OptionSet {
    let rawValue: UInt16
    static let clock = Starts(rawValue: 1 << 0)
    static let part = Starts(rawValue: 1 << 1)
    static let date = Starts(rawValue: 1 << 2)
    static let dayOfMonth = Starts(rawValue: 1 << 3)
    static let offset = Starts(rawValue: 1 << 4)
    static let span = Starts(rawValue: 1 << 5)
    static let relative = Starts(rawValue: 1 << 6)
    static let weekday = Starts(rawValue: 1 << 7)
    static let quarter = Starts(rawValue: 1 << 8)
    static let century = Starts(rawValue: 1 << 9)
    static let decade = Starts(rawValue: 1 << 10)
    static let quarterAround = Starts(rawValue: 1 << 11)
    static let season = Starts(rawValue: 1 << 12)
    static let firstOrLast = Starts(rawValue: 1 << 13)
  }

  /// Which readers may start at a word: the tables below, and what no table holds
  /// ("Saturday's", "twenty-first", "mid-March", "Q3", Italian number words, roman centuries).
  private func starts(_ s: SentenceTokens, at i: Int) -> Starts {
    let token = s[i]
    let word = token.folded
    var result = Starts(rawValue: (language == .english ? Self.englishStarts : Self.italianStarts)[word] ?? 0)
    if Self.quarterWord(word) != nil { result.insert(.quarter) }
    switch language {
    case .english:
      // "Saturday's", "yesterday's", "week's": only a word ending in an apostrophe and "s" is
      // looked at again, as the day, or the relative time or its last word, it is the possessive of.
      let bytes = word.utf8
      if bytes.last == UInt8(ascii: "s"), bytes.count > 3, let mark = bytes.dropLast().last, mark == UInt8(ascii: "'") || mark == 0x99 {
        let base = Folding.withoutPossessive(word)
        if CalendarNames.weekday(folded: base, language: .english) != nil { result.insert(.weekday) }
        if let starts = Self.englishStarts[base], Starts(rawValue: starts).contains(.relative) { result.insert(.relative) }
      }
      if word.containsByte(UInt8(ascii: "-")) {
        if EnglishNumberWords.isNumberWord(word) { result.formUnion([.offset, .date, .century, .clock]) }
        if word.hasPrefix("mid-") { result.insert(.part) }
      }
    case .italian:
      // A number word counts ("tre anni fa") or tells the hour ("alle otto", "le cinque meno
      // dieci della mattina").
      if ItalianNumberWords.mayOpenANumber(word) {
        result.insert(.offset)
        let lead = s.folded(i - 1)
        if lead == "alle" || lead == "ore" || lead == "dalle" || Self.italianHourFollowers.contains(s.folded(i + 1) ?? "") { result.insert(.clock) }
      }
      if token.text.utf8.allSatisfy(Self.isRomanDigit), QuantityReader.romanNumeral(token.text) != nil { result.insert(.century) }
    }
    // "January-February", "gennaio-febbraio": two months joined by a hyphen.
    if word.containsByte(UInt8(ascii: "-")), Self.monthsOfPair(word, language: language) != nil { result.insert(.date) }
    return result
  }

  /// Each language's words and the readers that may start at them.
  private static func startTable(_ entries: [([String], Starts)]) -> WordTable<UInt16> {
    var table: [String: UInt16] = [:]
    for (words, starts) in entries {
      for word in words { table[word, default: 0] |= starts.rawValue }
    }
    return WordTable(table)
  }

  private static let englishStarts = startTable([
    (monthNames(.english), .date), (weekdayNames(.english), .weekday), (englishRelativePatterns.map { $0.words[0] }, .relative),
    (["noon", "midday", "midnight"], .clock), (["early", "mid", "late", "the", "at", "by", "earlier", "later"], .part),
    (Array(EnglishNumberWords.ordinals.values.keys), [.date, .century]), (["first", "second", "third", "fourth"], .quarter),
    (Array(EnglishNumberWords.tens.keys), [.date, .offset, .clock]), (Array(EnglishNumberWords.multipliers.keys), .offset),
    (Array(EnglishNumberWords.units.keys), [.offset, .clock]), (["half", "quarter"], .clock),
    (["a", "an", "one", "in"], .offset), (["on", "by", "until", "since"], .dayOfMonth), (["the", "past", "last", "next", "coming"], .span),
    (["the"], .decade), (["this", "next", "last", "current", "coming", "past", "previous"], .quarterAround),
    (["beginning", "start", "middle", "end"], .part),
    (Array(englishSeasons.keys) + ["this", "last", "next", "past", "current", "coming"], .season),
    (["the"] + Array(englishEnds.keys), .firstOrLast),
  ])
  private static let italianStarts = startTable([
    (monthNames(.italian), .date), (weekdayNames(.italian), .weekday), (italianRelativePatterns.map { $0.words[0] }, .relative),
    (["mezzogiorno", "mezzanotte"], .clock), (["inizio", "metà", "meta", "fine"], .part), (["primo"], [.date, .quarter]),
    (["secondo", "terzo", "quarto", "prima", "seconda"], .quarter), (["un", "una", "uno", "tra", "fra"], .offset),
    (Array(italianSpanArticles) + ["ultimi", "ultime", "scorsi", "scorse", "prossimi", "prossime"], .span), (["secolo", "secoli"] + Array(italianCenturies.keys), .century),
    (["anni"], .decade), (["questo", "prossimo", "scorso", "ultimo", "trimestre", "il", "lo", "l'"], .quarterAround),
    (Array(italianSeasons.keys) + ["questa", "quest'", "questo", "scorsa", "scorso", "prossima", "prossimo"], .season),
    (Array(italianEndArticles) + Array(italianEnds.keys), .firstOrLast),
  ])

  private static func monthNames(_ language: Language) -> [String] {
    CalendarNames.names(language).filter { CalendarNames.month(folded: $0, language: language) != nil }
  }

  private static func weekdayNames(_ language: Language) -> [String] {
    CalendarNames.names(language).filter { CalendarNames.weekday(folded: $0, language: language) != nil }
  }

  /// Whether a byte is a capital a Roman numeral is written with: tested without hashing, as
  /// every Italian word's first byte is.
  private static func isRomanDigit(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"), UInt8(ascii: "C"), UInt8(ascii: "D"), UInt8(ascii: "M"): true
    default: false
    }
  }

  private func match(_ s: SentenceTokens, at i: Int) -> Found? {
    // The first reader that reads at the token wins; a figure tries the readers of figures, a
    // word those that may start at it, in the same order.
    switch s[i].kind {
    case .punctuation: return nil
    case .number:
      if let found = numericDate(s, at: i) ?? clock(s, at: i) ?? date(s, at: i) ?? offset(s, at: i) { return found }
      return quarter(s, at: i) ?? century(s, at: i) ?? decade(s, at: i) ?? year(s, at: i)
    case .word:
      let can = starts(s, at: i)
      guard !can.isEmpty else { return nil }
      if can.contains(.firstOrLast), let found = firstOrLast(s, at: i) { return found }
      if can.contains(.clock), let found = clock(s, at: i) { return found }
      if can.contains(.part), let found = partOfPeriod(s, at: i) { return found }
      if can.contains(.date), let found = date(s, at: i) { return found }
      if can.contains(.dayOfMonth), let found = dayOfMonthAlone(s, at: i) { return found }
      if can.contains(.offset), let found = offset(s, at: i) { return found }
      if can.contains(.span), let found = span(s, at: i) { return found }
      if can.contains(.relative), let found = relative(s, at: i) { return found }
      if can.contains(.season), let found = season(s, at: i) { return found }
      if can.contains(.weekday), let found = weekday(s, at: i) { return found }
      if can.contains(.quarter), let found = quarter(s, at: i) { return found }
      if can.contains(.quarterAround), let found = relativeQuarter(s, at: i) { return found }
      if can.contains(.century), let found = century(s, at: i) { return found }
      if can.contains(.decade), let found = decade(s, at: i) { return found }
      return nil
    }
  }

  // MARK: Absolute dates

  /// The month named at `i`. `nextToDay` is for a month written against a day ("3rd of
  /// march", "march 3"), which names the month even in lowercase, verb or not.
  func monthAt(_ s: SentenceTokens, _ i: Int, nextToDay: Bool = false) -> Int? {
    guard i >= 0, i < s.count, s[i].kind == .word else { return nil }
    // "May" the month is capitalised; "may" the verb is not. Italian months are lowercase, and
    // a lowercased English text ("on january 5") still names the months that are no other word.
    guard let month = CalendarNames.month(folded: s[i].folded, language: language) else { return nil }
    if language == .english && !nextToDay && !s[i].isCapitalized && !Self.unambiguousLowercaseMonths.contains(s[i].folded) { return nil }
    return month
  }

  /// A day of the month written as an ordinal word at `i`: "first", "third", "twenty-first",
  /// "twenty first"; Italian says only the first so ("primo"), the others as figures.
  func ordinalDay(_ s: SentenceTokens, at i: Int) -> (day: Int, end: Int)? {
    guard i >= 0, i < s.count, s[i].kind == .word else { return nil }
    switch language {
    case .italian:
      return s[i].folded == "primo" ? (1, i + 1) : nil
    case .english:
      // One lookup for most words; a hyphen or a ten before an ordinal word otherwise.
      let word = s[i].folded
      if let day = EnglishNumberWords.ordinals[word] { return day <= 31 ? (day, i + 1) : nil }
      var words = [word]
      if let ten = EnglishNumberWords.tens[word], ten <= 30, let next = s.folded(i + 1), EnglishNumberWords.ordinals[next] != nil {
        words.append(next)
      } else if !word.containsByte(UInt8(ascii: "-")) {
        return nil
      }
      guard let last = words.last, EnglishNumberWords.isOrdinal(last), let day = EnglishNumberWords.value(of: words), (1...31).contains(day)
      else { return nil }
      return (day, i + words.count)
    }
  }

  /// Whether a day of the month read from `start` to `end` stands as one: what follows is no
  /// noun it counts ("they march 3 miles") nor another figure.
  private func endsDay(_ s: SentenceTokens, at end: Int) -> Bool {
    guard end < s.count else { return true }
    switch s[end].kind {
    case .punctuation: return true
    case .number: return s[end].text.count == 4
    case .word: return s.isOrdinalSuffix(at: end) || !isCountable(s[end].folded) && Self.quantityUnitWords.contains(s[end].folded) == false
    }
  }

  private static let quantityUnitWords: Set<String> = ["miles", "km", "metres", "meters", "yards", "feet", "times", "percent", "per"]

  /// English words before a month that name it only when the month is no verb or name too.
  static let monthOnlyPrepositions: Set<String> = ["of", "on", "before", "after", "around", "throughout", "till", "into"]

  /// English month names that are also a verb ("may", "march", "mar"): in lowercase, a month
  /// only with an ordinal suffix or "of" between it and its day.
  static let verbMonths: Set<String> = ["may", "march", "mar"]

  /// English month names that are no other word, read even when not capitalised; "may",
  /// "march" and "august" are also a verb or an adjective.
  static let unambiguousLowercaseMonths: Set<String> = [
    "january", "february", "april", "june", "july", "september", "october", "november", "december",
  ]

  func intAt(_ s: SentenceTokens, _ i: Int, in range: ClosedRange<Int>) -> Int? {
    guard i >= 0, i < s.count, s[i].kind == .number, s[i].text.allSatisfy(\.isNumber), let value = Int(s[i].text),
      range.contains(value)
    else {
      // "1st", "3rd": a number token followed by an ordinal suffix written together.
      return nil
    }
    return value
  }

  private func date(_ s: SentenceTokens, at i: Int) -> Found? {
    if let months = monthPair(s, at: i) { return months }
    // DAY MONTH [YEAR]: "3 May 2017", "4 maggio 2017", "3rd May".
    // "the first of March", "primo marzo", "il primo di marzo".
    let wordDay = ordinalDay(s, at: i)
    if let day = intAt(s, i, in: 1...31) ?? wordDay?.day {
      var m = wordDay?.end ?? i + 1
      if s.isOrdinalSuffix(at: m) { m += 1 }
      // "il 1º marzo", "1° maggio": the Italian ordinal sign of the first.
      if language == .italian, m < s.count, !s[m].isSpaced, ["º", "°", "o"].contains(s[m].text), day == 1 { m += 1 }
      if s.folded(m) == "of" || (language == .italian && wordDay != nil && s.folded(m) == "di") { m += 1 }
      // A word ordinal names a day only before its month with "of" in English ("first of all").
      // In Italian, before a full month name: "primo set" is a tennis set.
      let wordDayFits = wordDay == nil || (language == .italian ? m < s.count && s[m].folded.count > 3 : s.folded(m - 1) == "of")
      // "$12 December 27": a figure after a currency sign is money, not a day.
      let isMoney = i > 0 && s[i - 1].kind == .punctuation && ["$", "£", "€"].contains(s[i - 1].text)
      // A month abbreviation that is no other word names the month in lowercase too ("14 nov").
      let nextToDay = m > i + 1 || (m < s.count && !Self.verbMonths.contains(s[m].folded))
      if wordDayFits, !isMoney, let month = monthAt(s, m, nextToDay: nextToDay) {
        if let year = intAt(s, m + 1, in: 1000...2999) {
          return makeDay(year, month, day, tokens: i..<(m + 2))
        }
        // Italian names the year of a day with "del", English with "of": "il 29 settembre del
        // 1918", "4th of July of 1995".
        if s.folded(m + 1) == (language == .italian ? "del" : "of"), let year = intAt(s, m + 2, in: 1000...2999) {
          return makeDay(year, month, day, tokens: i..<(m + 3))
        }
        return dayWithoutYear(month, day, tokens: i..<(m + 1))
      }
    }
    // MONTH DAY[,] [YEAR]: "April 30, 2017", "May 3", "Oct. 2, 1968".
    // "march 3", "March third": a month written against its day.
    if let month = monthAt(s, i, nextToDay: true) {
      let isCalledAMonth = monthAt(s, i) != nil
      let dayIndex = s.folded(i + 1) == "." && !(i + 1 < s.count && s[i + 1].isSpaced) ? i + 2 : i + 1
      let wordDay = language == .english ? ordinalDay(s, at: dayIndex) : nil
      if let day = intAt(s, dayIndex, in: 1...31) ?? wordDay?.day {
        var dayEnd = wordDay?.end ?? dayIndex + 1
        if s.isOrdinalSuffix(at: dayEnd) { dayEnd += 1 }
        // Lowercase "march" and "may" and an ordinal word after a month name a day only when
        // nothing after them makes them a verb or a count.
        let isWritten = isCalledAMonth && wordDay == nil
        if isWritten || endsDay(s, at: dayEnd) {
          var y = dayEnd
          if s.folded(y) == "," || (language == .english && s.folded(y) == "of") { y += 1 }
          if let year = intAt(s, y, in: 1000...2999) { return makeDay(year, month, day, tokens: i..<(y + 1)) }
          return dayWithoutYear(month, day, tokens: i..<dayEnd)
        }
      }
      guard isCalledAMonth else { return nil }
      // MONTH YEAR: "May 2017", "maggio 2017", "settembre del 1918", "June of 1992", "Dec.
      // 2013", "dic. 2013".
      let afterMonth = s.folded(i + 1) == "." && !(i + 1 < s.count && s[i + 1].isSpaced) ? i + 2 : i + 1
      let yearIndex = yearIndex(s, at: afterMonth)
      if let year = intAt(s, yearIndex, in: 1000...2999) {
        return Found(tokens: i..<(yearIndex + 1), reference: .month(month, of: year))
      }
      // A month alone: "in June", "a luglio", "lo scorso agosto". English "May" alone is too
      // often the verb to read without a preposition.
      let previous = s.folded(i - 1) ?? ""
      let prepositions: Set<String> = language == .english
        ? ["in", "since", "until", "by", "during", "last", "next", "this", "early", "late", "mid", "from", "through", "between"]
        : [
          "a", "ad", "in", "di", "da", "entro", "fino", "scorso", "prossimo", "nel", "nello", "dal", "del", "questo", "inizio", "fine", "metà",
          "d'", "dell'", "nell'", "dall'", "all'", "tra", "fra",
        ]
      // "the end of March", "on Oct." (a date cut short), "before June": not for "May", which
      // after "of" or "on" is as often Theresa May.
      if prepositions.contains(previous) || (language == .english && month != 5 && Self.monthOnlyPrepositions.contains(previous)) {
        return Found(tokens: i..<(i + 1), reference: monthAlone(month))
      }
    }
    return nil
  }

  // MARK: Centuries

  /// A century as the years it names, in the everyday sense both languages share: "the 19th
  /// century", "19th-century", "the nineteenth century", "XIX secolo", "il secolo XIX" and
  /// "l'Ottocento" are all 1800–1899.
  private func century(_ s: SentenceTokens, at i: Int) -> Found? {
    func span(_ number: Int, _ tokens: Range<Int>) -> Found? {
      guard (1...30).contains(number) else { return nil }
      let first = (number - 1) * 100
      return Found(
        tokens: tokens,
        reference: TimeReference(
          from: SimpleDate(year: first, month: 1, day: 1), to: SimpleDate(year: first + 99, month: 12, day: 31), isRelative: false,
          expression: "century"))
    }
    switch language {
    case .english:
      // "19th century", "19th-century", "nineteenth century", "twenty-first century".
      var number: Int?
      var next = i + 1
      if s[i].kind == .number, let value = Int(s[i].text), let suffix = s.folded(i + 1), !s[i + 1].isSpaced {
        // "19th" then "century", or "19" and "th-century" as one hyphenated word.
        if s.isOrdinalSuffix(at: i + 1) {
          number = value
          next = i + 2
        } else if ["st-", "nd-", "rd-", "th-"].contains(where: { suffix.hasPrefix($0) }), suffix.hasSuffix("-century") {
          return span(value, i..<(i + 2))
        }
      } else if s[i].kind == .word, EnglishNumberWords.ordinals[s[i].folded] != nil || s[i].folded.containsByte(UInt8(ascii: "-")) {
        number = EnglishNumberWords.value(of: [s[i].folded]).flatMap { EnglishNumberWords.isOrdinal(s[i].folded) ? $0 : nil }
      }
      guard let number else { return nil }
      // One of a list of centuries: "the 11th, 12th, and 13th centuries", "the 10th - 11th
      // centuries".
      if endsListOfCenturies(s, from: next) { return span(number, i..<next) }
      if s.folded(next) == "-", next + 1 < s.count, !s[next + 1].isSpaced { next += 1 }
      guard let word = s.folded(next), word == "century" || word == "centuries" else { return nil }
      return span(number, i..<(next + 1))
    case .italian:
      // "XIX secolo", "il secolo XIX".
      if s.folded(i + 1) == "secolo", let number = QuantityReader.romanNumeral(s[i].text) { return span(number, i..<(i + 2)) }
      if s.folded(i) == "secolo" || s.folded(i) == "secoli", i + 1 < s.count, let number = QuantityReader.romanNumeral(s[i + 1].text) {
        return span(number, i..<(i + 2))
      }
      // One of a list: "l'XI, il XII e il XIII secolo", "tra il X e l'XI secolo", "i secoli XI e
      // XII".
      if let number = QuantityReader.romanNumeral(s[i].text), endsListOfCenturies(s, from: i + 1) || followsListOfCenturies(s, before: i) {
        return span(number, i..<(i + 1))
      }
      // "l'Ottocento", "il Novecento": capitalised inside a sentence, a century; "ottocento",
      // and "Ottocento persone" opening a sentence, are eight hundred.
      // (The first word may follow a quotation mark: "«Quattrocento professori ci hanno scritto».)
      if (0..<i).contains(where: { s[$0].kind == .word }), s[i].isCapitalized, let hundreds = Self.italianCenturies[s[i].folded] {
        return span(hundreds + 1, i..<(i + 1))
      }
      return nil
    }
  }

  /// Whether the tokens from `index` go on as a list of centuries up to the word "century":
  /// "…, 12th, and 13th centuries", "… e il XIII secolo". Only list words, articles and
  /// ordinals stand between.
  private func endsListOfCenturies(_ s: SentenceTokens, from index: Int) -> Bool {
    var j = index
    var sawConnector = false
    while j < s.count, j < index + 14 {
      let word = s.folded(j) ?? ""
      if Self.centuryListWords.contains(word) {
        sawConnector = true
      } else if sawConnector, let end = ordinalEnd(s, at: j) {
        if let next = s.folded(end), ["century", "centuries", "secolo", "secoli"].contains(next) { return true }
        j = end
        sawConnector = false
        continue
      } else {
        return false
      }
      j += 1
    }
    return false
  }

  /// Whether an Italian roman numeral comes after "secoli" and a list: "i secoli XI e XII".
  private func followsListOfCenturies(_ s: SentenceTokens, before index: Int) -> Bool {
    var j = index - 1
    var sawConnector = false
    while j >= 0, j > index - 14 {
      let word = s.folded(j) ?? ""
      if Self.centuryListWords.contains(word) {
        sawConnector = true
      } else if sawConnector, QuantityReader.romanNumeral(s[j].text) != nil {
        if s.folded(j - 1) == "secoli" { return true }
        sawConnector = false
      } else {
        return false
      }
      j -= 1
    }
    return false
  }

  /// Where the ordinal at `index` ends: "12th" (two tokens), "twelfth", Italian "XII".
  private func ordinalEnd(_ s: SentenceTokens, at index: Int) -> Int? {
    switch language {
    case .english:
      if s[index].kind == .number, s.isOrdinalSuffix(at: index + 1) { return index + 2 }
      if s[index].kind == .word, EnglishNumberWords.isOrdinal(s[index].folded) { return index + 1 }
      return nil
    case .italian:
      return QuantityReader.romanNumeral(s[index].text) != nil ? index + 1 : nil
    }
  }

  static let centuryListWords: Set<String> = [",", "and", "or", "to", "-", "–", "e", "o", "al", "il", "l'", "ed"]

  static let englishDecadeWords: [String: Int] = [
    "twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960, "seventies": 1970, "eighties": 1980,
    "nineties": 1990,
  ]
  static let italianDecadeWords: [String: Int] = [
    "venti": 1920, "trenta": 1930, "quaranta": 1940, "cinquanta": 1950, "sessanta": 1960, "settanta": 1970, "ottanta": 1980,
    "novanta": 1990, "duemila": 2000,
  ]

  /// The Italian names of centuries by their hundreds: "Ottocento" is the 1800s.
  static let italianCenturies: [String: Int] = [
    "duecento": 12, "trecento": 13, "quattrocento": 14, "cinquecento": 15, "seicento": 16, "settecento": 17, "ottocento": 18,
    "novecento": 19,
  ]

  // MARK: Relative expressions

  private struct Pattern {
    var words: [String]
    var expression: String
  }

  /// The patterns by their first word, each list in the order written (longest first).
  private var relativePatterns: WordTable<[Pattern]> {
    language == .english ? Self.englishRelativeIndex : Self.italianRelativeIndex
  }
  private static let englishRelativeIndex = WordTable(Dictionary(grouping: englishRelativePatterns) { $0.words[0] })
  private static let italianRelativeIndex = WordTable(Dictionary(grouping: italianRelativePatterns) { $0.words[0] })

  private static let englishRelativePatterns: [Pattern] = [
    Pattern(words: ["over", "the", "past", "year"], expression: "past-year"),
    Pattern(words: ["over", "the", "last", "year"], expression: "past-year"),
    Pattern(words: ["in", "the", "past", "year"], expression: "past-year"),
    Pattern(words: ["in", "the", "last", "year"], expression: "past-year"),
    Pattern(words: ["during", "the", "past", "year"], expression: "past-year"),
    Pattern(words: ["the", "past", "year"], expression: "past-year"),
    Pattern(words: ["past", "year"], expression: "past-year"),
    Pattern(words: ["over", "the", "past", "month"], expression: "past-month"),
    Pattern(words: ["the", "past", "month"], expression: "past-month"),
    Pattern(words: ["over", "the", "past", "week"], expression: "past-week"),
    Pattern(words: ["the", "past", "week"], expression: "past-week"),
    Pattern(words: ["last", "week"], expression: "last-week"),
    Pattern(words: ["last", "month"], expression: "last-month"),
    Pattern(words: ["last", "year"], expression: "last-year"),
    Pattern(words: ["this", "week"], expression: "this-week"),
    Pattern(words: ["this", "month"], expression: "this-month"),
    Pattern(words: ["this", "year"], expression: "this-year"),
    Pattern(words: ["earlier", "this", "year"], expression: "this-year"),
    Pattern(words: ["current", "week"], expression: "this-week"),
    Pattern(words: ["current", "month"], expression: "this-month"),
    Pattern(words: ["current", "year"], expression: "this-year"),
    Pattern(words: ["coming", "week"], expression: "next-week"),
    Pattern(words: ["coming", "month"], expression: "next-month"),
    Pattern(words: ["coming", "year"], expression: "next-year"),
    Pattern(words: ["upcoming", "week"], expression: "next-week"),
    Pattern(words: ["next", "week"], expression: "next-week"),
    Pattern(words: ["next", "month"], expression: "next-month"),
    Pattern(words: ["next", "year"], expression: "next-year"),
    // A weekend: of the week of publication, the one before or after it, or the latest one
    // ("over the weekend").
    Pattern(words: ["over", "the", "weekend"], expression: "the-weekend"),
    Pattern(words: ["at", "the", "weekend"], expression: "the-weekend"),
    Pattern(words: ["this", "past", "weekend"], expression: "the-weekend"),
    Pattern(words: ["this", "weekend"], expression: "this-weekend"),
    Pattern(words: ["last", "weekend"], expression: "last-weekend"),
    Pattern(words: ["next", "weekend"], expression: "next-weekend"),
    Pattern(words: ["the", "day", "before", "yesterday"], expression: "day-before-yesterday"),
    Pattern(words: ["the", "day", "after", "tomorrow"], expression: "day-after-tomorrow"),
    Pattern(words: ["last", "night"], expression: "yesterday"),
    Pattern(words: ["yesterday"], expression: "yesterday"),
    Pattern(words: ["today"], expression: "today"),
    Pattern(words: ["tonight"], expression: "today"),
    Pattern(words: ["tomorrow"], expression: "tomorrow"),
  ]

  private static let italianRelativePatterns: [Pattern] = [
    Pattern(words: ["nel", "corso", "dell'", "ultimo", "anno"], expression: "past-year"),
    Pattern(words: ["nell'", "ultimo", "anno"], expression: "past-year"),
    Pattern(words: ["nell'", "anno", "passato"], expression: "past-year"),
    Pattern(words: ["negli", "ultimi", "12", "mesi"], expression: "past-year"),
    Pattern(words: ["negli", "ultimi", "dodici", "mesi"], expression: "past-year"),
    Pattern(words: ["nell'", "ultimo", "mese"], expression: "past-month"),
    Pattern(words: ["nell'", "ultima", "settimana"], expression: "past-week"),
    Pattern(words: ["la", "settimana", "scorsa"], expression: "last-week"),
    Pattern(words: ["la", "scorsa", "settimana"], expression: "last-week"),
    Pattern(words: ["settimana", "scorsa"], expression: "last-week"),
    Pattern(words: ["scorsa", "settimana"], expression: "last-week"),
    Pattern(words: ["il", "mese", "scorso"], expression: "last-month"),
    Pattern(words: ["lo", "scorso", "mese"], expression: "last-month"),
    Pattern(words: ["mese", "scorso"], expression: "last-month"),
    Pattern(words: ["l'", "anno", "scorso"], expression: "last-year"),
    Pattern(words: ["lo", "scorso", "anno"], expression: "last-year"),
    Pattern(words: ["anno", "scorso"], expression: "last-year"),
    Pattern(words: ["l'", "anno", "passato"], expression: "last-year"),
    Pattern(words: ["questa", "settimana"], expression: "this-week"),
    Pattern(words: ["questo", "mese"], expression: "this-month"),
    Pattern(words: ["quest'", "anno"], expression: "this-year"),
    Pattern(words: ["quest'anno"], expression: "this-year"),
    Pattern(words: ["la", "prossima", "settimana"], expression: "next-week"),
    Pattern(words: ["settimana", "prossima"], expression: "next-week"),
    Pattern(words: ["il", "prossimo", "mese"], expression: "next-month"),
    Pattern(words: ["il", "mese", "prossimo"], expression: "next-month"),
    Pattern(words: ["mese", "prossimo"], expression: "next-month"),
    Pattern(words: ["prossimo", "mese"], expression: "next-month"),
    Pattern(words: ["anno", "prossimo"], expression: "next-year"),
    Pattern(words: ["prossimo", "anno"], expression: "next-year"),
    Pattern(words: ["nell'", "anno", "in", "corso"], expression: "this-year"),
    Pattern(words: ["nel", "mese", "in", "corso"], expression: "this-month"),
    Pattern(words: ["nella", "settimana", "in", "corso"], expression: "this-week"),
    Pattern(words: ["l'", "anno", "in", "corso"], expression: "this-year"),
    Pattern(words: ["il", "mese", "in", "corso"], expression: "this-month"),
    Pattern(words: ["la", "settimana", "in", "corso"], expression: "this-week"),
    Pattern(words: ["il", "prossimo", "anno"], expression: "next-year"),
    Pattern(words: ["l'", "anno", "prossimo"], expression: "next-year"),
    Pattern(words: ["nel", "fine", "settimana"], expression: "the-weekend"),
    Pattern(words: ["nel", "weekend"], expression: "the-weekend"),
    Pattern(words: ["nel", "week-end"], expression: "the-weekend"),
    Pattern(words: ["questo", "week-end"], expression: "this-weekend"),
    Pattern(words: ["lo", "scorso", "week-end"], expression: "last-weekend"),
    Pattern(words: ["scorso", "week-end"], expression: "last-weekend"),
    Pattern(words: ["il", "prossimo", "week-end"], expression: "next-weekend"),
    Pattern(words: ["prossimo", "week-end"], expression: "next-weekend"),
    Pattern(words: ["durante", "il", "fine", "settimana"], expression: "the-weekend"),
    Pattern(words: ["durante", "il", "weekend"], expression: "the-weekend"),
    Pattern(words: ["questo", "fine", "settimana"], expression: "this-weekend"),
    Pattern(words: ["questo", "weekend"], expression: "this-weekend"),
    Pattern(words: ["lo", "scorso", "fine", "settimana"], expression: "last-weekend"),
    Pattern(words: ["lo", "scorso", "weekend"], expression: "last-weekend"),
    Pattern(words: ["scorso", "fine", "settimana"], expression: "last-weekend"),
    Pattern(words: ["scorso", "weekend"], expression: "last-weekend"),
    Pattern(words: ["il", "fine", "settimana", "scorso"], expression: "last-weekend"),
    Pattern(words: ["il", "weekend", "scorso"], expression: "last-weekend"),
    Pattern(words: ["il", "prossimo", "fine", "settimana"], expression: "next-weekend"),
    Pattern(words: ["il", "prossimo", "weekend"], expression: "next-weekend"),
    Pattern(words: ["prossimo", "fine", "settimana"], expression: "next-weekend"),
    Pattern(words: ["prossimo", "weekend"], expression: "next-weekend"),
    Pattern(words: ["l'", "altro", "ieri"], expression: "day-before-yesterday"),
    Pattern(words: ["ieri", "l'", "altro"], expression: "day-before-yesterday"),
    Pattern(words: ["altroieri"], expression: "day-before-yesterday"),
    Pattern(words: ["avantieri"], expression: "day-before-yesterday"),
    Pattern(words: ["dopodomani"], expression: "day-after-tomorrow"),
    Pattern(words: ["ieri", "sera"], expression: "yesterday"),
    Pattern(words: ["ieri"], expression: "yesterday"),
    Pattern(words: ["oggi"], expression: "today"),
    Pattern(words: ["stasera"], expression: "today"),
    Pattern(words: ["stanotte"], expression: "today"),
    Pattern(words: ["domani"], expression: "tomorrow"),
  ]

  private func relative(_ s: SentenceTokens, at i: Int) -> Found? {
    guard let first = s.folded(i) else { return nil }
    // "yesterday's vote", "last week's talks": an English time's possessive is that time.
    func matches(_ words: [String]) -> Bool {
      if s.matches(words, at: i) { return true }
      guard language == .english, let last = words.last, s.matches(Array(words.dropLast()), at: i), let written = s.folded(i + words.count - 1)
      else { return false }
      return written != last && Folding.withoutPossessive(written) == last
    }
    guard let candidates = relativePatterns[first] ?? (language == .english ? relativePatterns[Folding.withoutPossessive(first)] : nil) else { return nil }
    for pattern in candidates where matches(pattern.words) {
      let tokens = i..<(i + pattern.words.count)
      // "the last weekend of October", "l'ultimo fine settimana d'ottobre": a month's, not
      // publication's.
      if pattern.expression.hasSuffix("weekend"), let next = s.folded(tokens.upperBound), ["of", "in", "d'"].contains(next) || Self.italianOfWords.contains(next) {
        return nil
      }
      return Found(tokens: tokens, reference: resolve(pattern.expression))
    }
    return nil
  }

  // MARK: Distances from publication

  /// "three weeks ago", "a year ago", "two months from now", "tre settimane fa", "un anno fa",
  /// "tra due settimane": the day that many days, weeks, months or years before or after
  /// publication, as both peers' suites resolve it.
  private func offset(_ s: SentenceTokens, at i: Int) -> Found? {
    switch language {
    case .english:
      // "will leave in two weeks": after a verb in the future, the day that far ahead ("tra due
      // settimane"); "was built in two years" is a length of time, which the quantity readers read.
      if s.folded(i) == "in" {
        guard let unit = s.folded(i + 2).flatMap({ Self.englishUnits[$0] }), let count = countAt(s, i + 1), s.folded(i + 3) != "and",
          Self.saysFuture(s, before: i)
        else { return nil }
        return offsetFound(count, unit, tokens: i..<(i + 3))
      }
      guard let unit = s.folded(i + 1).flatMap({ Self.englishUnits[$0] }), let count = countAt(s, i) else { return nil }
      if s.folded(i + 2) == "ago" { return offsetFound(-count, unit, tokens: i..<(i + 3)) }
      if s.folded(i + 2) == "hence" { return offsetFound(count, unit, tokens: i..<(i + 3)) }
      if s.matches(["from", "now"], at: i + 2) { return offsetFound(count, unit, tokens: i..<(i + 4)) }
      return nil
    case .italian:
      if s.folded(i + 2) == "fa", let unit = s.folded(i + 1).flatMap({ Self.italianUnits[$0] }), let count = countAt(s, i) {
        return offsetFound(-count, unit, tokens: i..<(i + 3))
      }
      // "tra due settimane", not "tra due e tre settimane" nor "tra due anni e mezzo".
      guard s.folded(i) == "tra" || s.folded(i) == "fra", let count = countAt(s, i + 1),
        let unit = s.folded(i + 2).flatMap({ Self.italianUnits[$0] }), s.folded(i + 3) != "e"
      else { return nil }
      return offsetFound(count, unit, tokens: i..<(i + 3))
    }
  }

  /// Whether the words before `index` in its clause put its verb in the future: "will", "'ll",
  /// "shall", "is due to", "is expected to", "is going to".
  static func saysFuture(_ s: SentenceTokens, before index: Int) -> Bool {
    var j = index - 1
    while j >= max(0, index - 8), let word = s.folded(j), s[j].kind != .punctuation {
      if ["will", "shall", "won't", "due", "expected", "scheduled"].contains(word) || word.hasSuffix("'ll") || word == "going" && s.folded(j + 1) == "to" {
        return true
      }
      j -= 1
    }
    return false
  }

  /// A small count in figures or in one word: "3", "three", "a", "tre", "un".
  func countAt(_ s: SentenceTokens, _ i: Int) -> Int? {
    guard i >= 0, i < s.count else { return nil }
    if let value = intAt(s, i, in: 1...999) { return value }
    guard s[i].kind == .word else { return nil }
    let word = s[i].folded
    switch language {
    case .english:
      if ["a", "an", "one"].contains(word) { return 1 }
      guard EnglishNumberWords.isNumberWord(word), !EnglishNumberWords.isOrdinal(word) else { return nil }
      // "a million years ago" is geology, no day.
      return EnglishNumberWords.value(of: [word]).flatMap { $0 < 1000 ? $0 : nil }
    case .italian:
      if ["un", "una", "uno"].contains(word) { return 1 }
      return ItalianNumberWords.value(of: word).flatMap { $0 < 1000 ? $0 : nil }
    }
  }

  /// Units of a distance in time, as days or months each.
  private enum OffsetUnit {
    case days(Int)
    case months(Int)

    /// Whether `count` of the unit, back or ahead, stays under a thousand years.
    func isUnderAThousandYears(_ count: Int) -> Bool {
      switch self {
      case .days(let days): abs(count * days) <= 365_000
      case .months(let months): abs(count * months) < 12_000
      }
    }
  }

  private static let englishUnits: [String: OffsetUnit] = [
    "day": .days(1), "days": .days(1), "week": .days(7), "weeks": .days(7), "fortnight": .days(14), "fortnights": .days(14),
    "month": .months(1), "months": .months(1), "year": .months(12), "years": .months(12), "decade": .months(120), "decades": .months(120),
    "quarter": .months(3), "quarters": .months(3),
  ]
  private static let italianUnits: [String: OffsetUnit] = [
    "giorno": .days(1), "giorni": .days(1), "settimana": .days(7), "settimane": .days(7), "mese": .months(1), "mesi": .months(1),
    "anno": .months(12), "anni": .months(12), "decennio": .months(120), "decenni": .months(120), "trimestre": .months(3),
    "trimestri": .months(3),
  ]

  private func offsetFound(_ count: Int, _ unit: OffsetUnit, tokens: Range<Int>) -> Found? {
    // A thousand years and more is history, no day: "999 decades ago".
    guard unit.isUnderAThousandYears(count) else { return nil }
    switch unit {
    case .days(let days): return Found(tokens: tokens, reference: resolve("offset-days-\(count * days)"), isShared: true)
    case .months(let months): return Found(tokens: tokens, reference: resolve("offset-months-\(count * months)"), isShared: true)
    }
  }

  // MARK: Spans up to or from publication

  /// "over the past three years", "the last 2 days", "the next five days", "negli ultimi tre
  /// anni", "nelle prossime due settimane": the days from that far back up to publication, or
  /// from the day after it that far ahead. Not a span of something else ("the last two years
  /// of the war", "i suoi ultimi tre anni").
  private func span(_ s: SentenceTokens, at i: Int) -> Found? {
    guard let word = s.folded(i) else { return nil }
    var first = i
    var j = i
    let isPast: Bool
    switch language {
    case .english:
      if word == "the" { j += 1 }
      guard let direction = s.folded(j), let past = Self.englishSpanDirections[direction] else { return nil }
      isPast = past
      // Bare, after a verb ("prices rose last 2 days"), not after a word that makes the span
      // someone's or something's ("his last two years", "the final").
      if j == i, let previous = s.folded(i - 1), s[i - 1].kind == .word, !Self.englishSpanOpenings.contains(previous),
        Self.englishSpanOwners.contains(previous) || Folding.withoutPossessive(previous) != previous
      {
        return nil
      }
      if let previous = s.folded(first - 1), Self.englishSpanOpenings.contains(previous) { first -= 1 }
    case .italian:
      let hasArticle = Self.italianSpanArticles.contains(word)
      if hasArticle { j += 1 }
      // After an article, Italian also puts the count first: "le 2 ultime settimane", "i 3
      // prossimi mesi", "i 2 mesi passati", "nelle 24 ore scorse".
      if hasArticle, let count = countAt(s, j), count > 1 {
        if let past = s.folded(j + 1).flatMap({ Self.italianSpanDirections[$0] }), let unitWord = s.folded(j + 2), let unit = Self.italianUnits[unitWord] {
          return spanFound(count, unit, isPast: past, tokens: i..<(j + 3), after: s.folded(j + 3))
        }
        if let unitWord = s.folded(j + 1), let unit = Self.italianUnits[unitWord], let after = s.folded(j + 2), Self.italianPastAfter.contains(after) {
          return spanFound(count, unit, isPast: true, tokens: i..<(j + 3), after: s.folded(j + 3))
        }
      }
      guard let direction = s.folded(j), let past = Self.italianSpanDirections[direction] else { return nil }
      isPast = past
      if j == i, let previous = s.folded(i - 1), s[i - 1].kind == .word, !Self.italianSpanArticles.contains(previous) { return nil }
      if j == i, let previous = s.folded(i - 1), Self.italianSpanArticles.contains(previous) { first -= 1 }
    }
    guard let count = countAt(s, j + 1), count > 1, let unitWord = s.folded(j + 2),
      let unit = (language == .english ? Self.englishUnits : Self.italianUnits)[unitWord]
    else { return nil }
    return spanFound(count, unit, isPast: isPast, tokens: first..<(j + 3), after: s.folded(j + 3))
  }

  /// The span of `count` units back to or on from publication; none when what follows makes it
  /// a span of something else ("the last two years of the war").
  private func spanFound(_ count: Int, _ unit: OffsetUnit, isPast: Bool, tokens: Range<Int>, after: String?) -> Found? {
    if let after, (language == .english ? ["of"] : Self.italianOfWords).contains(after) { return nil }
    // A thousand years and more is history: "the past 200 decades".
    guard unit.isUnderAThousandYears(count) else { return nil }
    let expression: String
    switch unit {
    case .days(let days):
      let total = count * days
      expression = isPast && total == 7 ? "past-week" : "span-days-\(isPast ? -total : total)"
    case .months(let months):
      let total = count * months
      expression = isPast && total == 12 ? "past-year" : isPast && total == 1 ? "past-month" : "span-months-\(isPast ? -total : total)"
    }
    return Found(tokens: tokens, reference: resolve(expression), isShared: expression.hasPrefix("span-"))
  }

  private static let englishSpanDirections: [String: Bool] = ["past": true, "last": true, "next": false, "coming": false]
  private static let italianSpanDirections: [String: Bool] = [
    "ultimi": true, "ultime": true, "scorsi": true, "scorse": true, "prossimi": false, "prossime": false,
  ]
  /// Words after a count and its unit that put them in the past: "i 2 mesi passati".
  private static let italianPastAfter: Set<String> = ["passati", "passate", "scorsi", "scorse", "trascorsi", "trascorse"]
  private static let englishSpanOpenings: Set<String> = ["over", "in", "during", "for", "within", "throughout", "from"]
  /// Words before "last" or "next" that make a span someone's or something's, not publication's.
  private static let englishSpanOwners: Set<String> = [
    "his", "her", "their", "its", "our", "my", "your", "the", "a", "an", "those", "these", "all", "first", "final", "very", "whose", "of",
  ]
  private static let italianSpanArticles: Set<String> = ["negli", "nei", "nelle", "gli", "i", "le", "degli", "dei", "delle", "agli", "ai", "alle"]
  static let italianOfWords: Set<String> = ["di", "del", "della", "dello", "dell'", "dei", "degli", "delle"]

  // MARK: Quarters and halves

  /// "the third quarter of 2016", "Q3 2016", "2016 Q3", "the first half of 2017", "il terzo
  /// trimestre 2016", "nel primo semestre del 2017". English says "the third quarter" and "the
  /// first half" of a match too: only with a year. Italian's "trimestre" and "semestre" are
  /// always the year's, without one the publication year's.
  private func quarter(_ s: SentenceTokens, at i: Int) -> Found? {
    guard i < s.count else { return nil }
    var part: (index: Int, of: Int)?
    var next = i + 1
    // "Q3", and a year before it: "2016 Q3", "2016Q3".
    if let year = intAt(s, i, in: 1000...2999), s[i].text.count == 4, let q = Self.quarterWord(s.folded(i + 1)) {
      return quarterFound(q, of: 4, year: year, tokens: i..<(i + 2))
    }
    if let q = Self.quarterWord(s.folded(i)) {
      part = (q, 4)
    } else {
      switch language {
      case .english:
        var ordinal: Int?
        if let figure = intAt(s, i, in: 1...4), s.isOrdinalSuffix(at: i + 1) {
          ordinal = figure
          next = i + 2
        } else if let word = Self.englishQuarterOrdinals[s[i].folded] {
          ordinal = word
        }
        guard let ordinal, let unit = s.folded(next) else { return nil }
        if unit == "quarter" { part = (ordinal, 4) } else if ["half", "half-year", "semester"].contains(unit), ordinal <= 2 { part = (ordinal, 2) }
        next += 1
        if let of = s.folded(next), of == "of" || of == "in" { next += 1 }
      case .italian:
        // "il terzo trimestre", "il primo semestre", "la prima metà del 2019".
        guard let ordinal = Self.italianQuarterOrdinals[s[i].folded], let unit = s.folded(i + 1)
        else { return nil }
        if unit == "trimestre" && ordinal <= 4 && s[i].folded.hasSuffix("o") {
          part = (ordinal, 4)
        } else if (unit == "semestre" && s[i].folded.hasSuffix("o")) || ((unit == "metà" || unit == "meta") && s[i].folded.hasSuffix("a")), ordinal <= 2 {
          part = (ordinal, 2)
        }
        next = i + 2
        if let of = s.folded(next), ["del", "nel", "dell'"].contains(of) { next += 1 }
        if s.matches(["anno"], at: next), s.folded(next + 1) == "del" { next += 2 }
      }
    }
    guard let part else { return nil }
    if let year = intAt(s, next, in: 1000...2999), s[next].text.count == 4 {
      return quarterFound(part.index, of: part.of, year: year, tokens: i..<(next + 1))
    }
    // Without a year: "of the year", "dell'anno"; "Q3" after a preposition ("in Q3", not the
    // car "Audi Q3"); Italian "trimestre" and "semestre". Not English "the third quarter" nor
    // "the first half", as often a match's as a year's, nor "la prima metà" of anything else.
    let isWrittenQuarter = Self.quarterWord(s.folded(i)) != nil
    var end = isWrittenQuarter ? i + 1 : next
    let ofTheYear: [String] = language == .english ? ["the", "year"] : ["anno"]
    if !isWrittenQuarter, s.matches(ofTheYear, at: next) || (language == .english && s.matches(["this", "year"], at: next)) {
      end = next + (language == .english ? 2 : 1)
    } else if isWrittenQuarter {
      guard ["in", "the", "during", "for", "by", "nel", "del", "entro", "durante"].contains(s.folded(i - 1) ?? "") else { return nil }
    } else if language == .english {
      // "sales grew in the third quarter": a year's quarter or half in a sentence about a
      // business's or an economy's figures; a match's elsewhere.
      guard s.hasWord(in: Self.businessWords) else { return nil }
      end = next
    } else {
      guard ["trimestre", "semestre"].contains(s.folded(i + 1) ?? "") else { return nil }
      end = i + 2
    }
    guard let p = published else {
      return Found(tokens: i..<end, reference: TimeReference(from: nil, to: nil, isRelative: true, expression: "quarter-\(part.of)-\(part.index)"))
    }
    var found = quarterFound(part.index, of: part.of, year: p.year, tokens: i..<end)
    found.reference.isRelative = true
    found.reference.expression = "quarter-\(part.of)-\(part.index)"
    return found
  }

  /// "this quarter", "next quarter", "last quarter" (not "the last quarter", a match's), "il
  /// prossimo trimestre", "lo scorso trimestre", "nell'ultimo trimestre": the calendar quarter
  /// of publication, or the one after or before it.
  private func relativeQuarter(_ s: SentenceTokens, at i: Int) -> Found? {
    var direction: Int?
    var end = i + 2
    switch language {
    case .english:
      // "the past quarter", but not "the next quarter", which may be a match's.
      guard s.folded(i + 1) == "quarter", s.folded(i - 1) != "the" || ["past", "previous"].contains(s[i].folded) else { return nil }
      direction = Self.englishQuarterDirections[s[i].folded]
    case .italian:
      let j = s[i].folded == "il" || s[i].folded == "lo" || s[i].folded == "l'" ? i + 1 : i
      if s.folded(j + 1) == "trimestre", let d = Self.italianQuarterDirections[s.folded(j) ?? ""] {
        direction = d
        end = j + 2
      } else if j == i, s[i].folded == "trimestre", let d = Self.italianQuarterDirections[s.folded(i + 1) ?? ""], d != 0 {
        direction = d
      }
    }
    guard let direction else { return nil }
    return Found(tokens: i..<end, reference: resolve("quarter\(direction < 0 ? "-last" : direction > 0 ? "-next" : "-this")"))
  }

  private static let englishQuarterDirections: [String: Int] = [
    "this": 0, "current": 0, "next": 1, "coming": 1, "last": -1, "past": -1, "previous": -1,
  ]
  private static let italianQuarterDirections: [String: Int] = ["questo": 0, "prossimo": 1, "scorso": -1, "ultimo": -1, "passato": -1]
  private static let englishQuarterOrdinals: [String: Int] = ["first": 1, "second": 2, "third": 3, "fourth": 4]
  private static let italianQuarterOrdinals: [String: Int] = ["primo": 1, "secondo": 2, "terzo": 3, "quarto": 4, "prima": 1, "seconda": 2]

  /// 1–4 for "q1"–"q4".
  /// Words that put an English sentence's quarters in a business's or an economy's year.
  static let businessWords: Set<String> = [
    "sales", "profit", "profits", "revenue", "revenues", "earnings", "gdp", "economy", "growth", "quarterly", "fiscal", "results",
    "output", "turnover", "inflation", "unemployment", "shares", "dividend", "deficit", "income",
  ]

  private static func quarterWord(_ folded: String?) -> Int? {
    guard let folded, folded.utf8.count == 2, folded.hasPrefix("q"), let digit = Int(folded.dropFirst()), (1...4).contains(digit) else { return nil }
    return digit
  }

  /// The `index`th of `parts` equal parts of `year`: quarters or halves.
  private func quarterFound(_ index: Int, of parts: Int, year: Int, tokens: Range<Int>) -> Found {
    let months = 12 / parts
    let first = (index - 1) * months + 1
    let last = index * months
    return Found(
      tokens: tokens,
      reference: TimeReference(
        from: SimpleDate(year: year, month: first, day: 1), to: SimpleDate(year: year, month: last, day: SimpleDate.daysIn(month: last, year: year)),
        isRelative: false, expression: parts == 4 ? "quarter" : "half"))
  }

  // MARK: Seasons

  /// "last summer", "this winter", "next spring", "summer 2012", "(the) summer of 2012", "(l')estate
  /// scorsa", "(la) scorsa primavera", "quest'inverno", "(nell')estate del 2012", read from the
  /// season or its direction, where the time reader starts them: the season around
  /// publication or in the year given, with the astronomical bounds Duckling gives (spring from
  /// 20 March, summer from 21 June, autumn from 23 September, winter from 21 December).
  private func season(_ s: SentenceTokens, at i: Int) -> Found? {
    guard let word = s.folded(i) else { return nil }
    let seasons = language == .english ? Self.englishSeasons : Self.italianSeasons
    // A season and its year: "summer 2012", "the summer of 2012", "l'estate 2012", "nell'estate
    // del 2012".
    func withYear(_ at: Int) -> Found? {
      guard let season = s.folded(at).flatMap({ seasons[$0] }), s.folded(at) != "fall" else { return nil }
      var y = at + 1
      if let of = s.folded(y), ["of", "del", "di"].contains(of) { y += 1 }
      guard let year = intAt(s, y, in: 1000...2999), s[y].text.count == 4 else { return nil }
      let dates = Self.seasonDates(season, year: year)
      return Found(tokens: i..<(y + 1), reference: TimeReference(from: dates.from, to: dates.to, isRelative: false, expression: "season"))
    }
    func relative(_ season: Int, _ direction: String, tokens: Range<Int>) -> Found {
      Found(tokens: tokens, reference: resolve("season-\(season)-\(direction)"))
    }
    switch language {
    case .english:
      if seasons[word] != nil { return withYear(i) }
      var j = i + 1
      var direction = ["this": "this", "current": "this", "last": "last", "past": "last", "next": "next", "coming": "next"][word]
      // "this past summer" is the last one.
      if word == "this", s.folded(j) == "past" {
        direction = "last"
        j += 1
      }
      guard let direction, let season = s.folded(j).flatMap({ seasons[$0] }) else { return nil }
      return relative(season, direction, tokens: i..<(j + 1))
    case .italian:
      if let found = withYear(i) { return found }
      if ["questa", "quest'", "questo"].contains(word), let season = s.folded(i + 1).flatMap({ seasons[$0] }) {
        return relative(season, "this", tokens: i..<(i + 2))
      }
      let directions = ["scorsa": "last", "scorso": "last", "passata": "last", "passato": "last", "prossima": "next", "prossimo": "next"]
      // "(la) scorsa estate", "(il) prossimo inverno".
      if let direction = directions[word], let season = s.folded(i + 1).flatMap({ seasons[$0] }) {
        return relative(season, direction, tokens: i..<(i + 2))
      }
      // "(l')estate scorsa", "(l')inverno prossimo".
      guard let season = seasons[word], let direction = s.folded(i + 1).flatMap({ directions[$0] }) else { return nil }
      return relative(season, direction, tokens: i..<(i + 2))
    }
  }

  static let englishSeasons: [String: Int] = ["spring": 0, "summer": 1, "autumn": 2, "fall": 2, "winter": 3]
  static let italianSeasons: [String: Int] = ["primavera": 0, "estate": 1, "autunno": 2, "inverno": 3]

  /// The first and last day of a season of `year`; winter runs into the next year.
  static func seasonDates(_ season: Int, year: Int) -> (from: SimpleDate, to: SimpleDate) {
    switch season {
    case 0: return (SimpleDate(year: year, month: 3, day: 20), SimpleDate(year: year, month: 6, day: 20))
    case 1: return (SimpleDate(year: year, month: 6, day: 21), SimpleDate(year: year, month: 9, day: 23))
    case 2: return (SimpleDate(year: year, month: 9, day: 23), SimpleDate(year: year, month: 12, day: 20))
    default: return (SimpleDate(year: year, month: 12, day: 21), SimpleDate(year: year + 1, month: 3, day: 20))
    }
  }

  // MARK: Parts of months and years

  /// "early March", "mid-2016", "the end of April", "late 2017", "inizio marzo", "a metà
  /// maggio", "fine 2016": the first, middle or last third of the month or year, as Duckling
  /// and Recognizers-Text divide them (days 1–10, 11–20, 21 to the end; January–April,
  /// May–August, September–December).
  private func partOfPeriod(_ s: SentenceTokens, at i: Int) -> Found? {
    guard let word = s.folded(i) else { return nil }
    var part: Int?
    var next = i + 1
    switch language {
    case .english:
      // "earlier this month", "later this year": the part of the period before publication, or
      // after it; "earlier this week" too.
      if word == "earlier" || word == "later", s.folded(next) == "this", let unit = s.folded(next + 1), ["week", "month", "year"].contains(unit) {
        return Found(tokens: i..<(next + 2), reference: resolve("this-\(unit)-\(word == "earlier" ? "sofar" : "rest")"))
      }
      if let p = Self.englishParts[word] {
        part = p
        if s.folded(next) == "-" { next += 1 }
      } else if word.hasPrefix("mid-"), monthAt(s, i, nextToDay: true) == nil {
        // "mid-March" is one word: read its month from the text after the hyphen.
        guard let month = CalendarNames.month(folded: String(word.dropFirst(4)), language: language) else { return nil }
        return partFound(1, month: month, year: nil, tokens: i..<(i + 1), s: s, yearAt: i + 1)
      } else if word == "the" || word == "at" || word == "by", let p = Self.englishPartNouns[s.folded(next) ?? ""],
        s.folded(next + 1) == "of"
      {
        part = p
        next += 2
      } else if let p = Self.englishPartNouns[word], s.folded(next) == "of" {
        // "end of April", as headlines write it.
        part = p
        next += 1
      }
    case .italian:
      if let p = Self.italianParts[word] {
        part = p
        if let of = s.folded(next), ["di", "del", "dello", "dell'", "d'"].contains(of) { next += 1 }
      }
    }
    guard let part else { return nil }
    // "the end of the month", "early next year", "a fine mese", "alla fine dell'anno": a third
    // of the month or year publication is in, or of the one before or after it.
    if let (base, length) = relativeMonthOrYear(s, at: next) {
      return Found(tokens: i..<(next + length), reference: resolve("\(base)-\(TimeReference.thirdNames[part])"))
    }
    if let month = monthAt(s, next, nextToDay: true) {
      // "late May" with a year or not; the English "may" only capitalised.
      if language == .english && month == 5 && !s[next].isCapitalized { return nil }
      return partFound(part, month: month, year: nil, tokens: i..<(next + 1), s: s, yearAt: next + 1)
    }
    // Not "early 2000s", a decade, nor "late 2016 people".
    if let year = intAt(s, next, in: 1000...2999), s[next].text.count == 4,
      !(next + 1 < s.count && s[next + 1].kind == .word && (isCountable(s[next + 1].folded) || !s[next + 1].isSpaced))
    {
      let third = Self.thirdOfYear(part, year: year)
      return Found(tokens: i..<(next + 1), reference: TimeReference(from: third.from, to: third.to, isRelative: false, expression: "year-part"))
    }
    return nil
  }

  /// The month or year relative to publication at `index`, as `resolve` names it ("this-month",
  /// "next-year"), and the number of its words: "the month", "this year", "next month", "last
  /// year"; "mese", "anno", "mese prossimo", "anno scorso", "anno in corso".
  func relativeMonthOrYear(_ s: SentenceTokens, at index: Int) -> (String, Int)? {
    guard let first = s.folded(index) else { return nil }
    switch language {
    case .english:
      guard let unit = s.folded(index + 1), unit == "month" || unit == "year" else { return nil }
      let direction = ["the": "this", "this": "this", "next": "next", "last": "last", "coming": "next", "current": "this"][first]
      return direction.map { ("\($0)-\(unit)", 2) }
    case .italian:
      // "questo mese", "quest'anno", "prossimo mese", "scorso anno": the direction before the unit.
      if let unit = s.folded(index + 1), unit == "mese" || unit == "anno",
        let direction = Self.italianDirectionsBeforeUnit[first]
      {
        return ("\(direction)-\(unit == "mese" ? "month" : "year")", 2)
      }
      guard first == "mese" || first == "anno" else { return nil }
      let unit = first == "mese" ? "month" : "year"
      if let after = s.folded(index + 1), let direction = Self.italianDirectionsAfterUnit[after] {
        return ("\(direction)-\(unit)", 2)
      }
      if s.matches(["in", "corso"], at: index + 1) { return ("this-\(unit)", 3) }
      return ("this-\(unit)", 1)
    }
  }

  /// The Italian words that place "mese" or "anno" from publication, after it ("mese prossimo",
  /// "anno scorso") or before it, where "questo" may stand too ("prossimo mese", "quest'anno").
  private static let italianDirectionsAfterUnit = ["prossimo": "next", "scorso": "last", "passato": "last"]
  private static let italianDirectionsBeforeUnit = italianDirectionsAfterUnit.merging(["questo": "this", "quest'": "this"]) { own, _ in own }

  private static let englishParts: [String: Int] = ["early": 0, "mid": 1, "late": 2]
  private static let englishPartNouns: [String: Int] = ["beginning": 0, "start": 0, "middle": 1, "end": 2]
  private static let italianParts: [String: Int] = ["inizio": 0, "metà": 1, "meta": 1, "fine": 2]

  /// A third of a month, with its year when one follows ("early March 2016").
  private func partFound(_ part: Int, month: Int, year: Int?, tokens: Range<Int>, s: SentenceTokens, yearAt: Int) -> Found {
    var end = tokens.upperBound
    var reference: TimeReference
    if let year = intAt(s, yearAt, in: 1000...2999) {
      end = yearAt + 1
      reference = TimeReference(from: SimpleDate(year: year, month: month, day: 1), to: nil, isRelative: false, expression: "month-part")
    } else {
      reference = monthAlone(month)
      reference.expression = "month-\(month)-\(TimeReference.thirdNames[part])"
    }
    guard let first = reference.from else { return Found(tokens: tokens.lowerBound..<end, reference: reference) }
    (reference.from, reference.to) = Self.thirdOfMonth(part, year: first.year, month: first.month)
    return Found(tokens: tokens.lowerBound..<end, reference: reference)
  }

  /// The first and last day of a third of a month, as Duckling and Recognizers-Text divide it:
  /// days 1–10, 11–20, 21 to the end.
  static func thirdOfMonth(_ part: Int, year: Int, month: Int) -> (from: SimpleDate, to: SimpleDate) {
    let days = [(1, 10), (11, 20), (21, SimpleDate.daysIn(month: month, year: year))][part]
    return (SimpleDate(year: year, month: month, day: days.0), SimpleDate(year: year, month: month, day: days.1))
  }

  /// The first and last day of a third of a year: January–April, May–August, September–December.
  static func thirdOfYear(_ part: Int, year: Int) -> (from: SimpleDate, to: SimpleDate) {
    let months = [(1, 4), (5, 8), (9, 12)][part]
    return (SimpleDate(year: year, month: months.0, day: 1), SimpleDate(year: year, month: months.1, day: SimpleDate.daysIn(month: months.1, year: year)))
  }

  func resolve(_ expression: String) -> TimeReference {
    guard let p = published else { return TimeReference(from: nil, to: nil, isRelative: true, expression: expression) }
    let monday = p.adding(days: 1 - p.isoWeekday)
    func span(_ from: SimpleDate, _ to: SimpleDate) -> TimeReference {
      TimeReference(from: from, to: to, isRelative: true, expression: expression)
    }
    func monthSpan(_ offset: Int) -> TimeReference {
      let first = SimpleDate(year: p.year, month: p.month, day: 1).adding(months: offset)
      return span(first, first.adding(days: SimpleDate.daysIn(month: first.month, year: first.year) - 1))
    }
    func yearSpan(_ year: Int) -> TimeReference {
      span(SimpleDate(year: year, month: 1, day: 1), SimpleDate(year: year, month: 12, day: 31))
    }
    switch expression {
    case "past-year": return span(p.adding(months: -12), p)
    case "past-month": return span(p.adding(months: -1), p)
    case "past-week": return span(p.adding(days: -7), p)
    case "last-week": return span(monday.adding(days: -7), monday.adding(days: -1))
    case "this-week": return span(monday, monday.adding(days: 6))
    case "next-week": return span(monday.adding(days: 7), monday.adding(days: 13))
    case "this-weekend": return span(monday.adding(days: 5), monday.adding(days: 6))
    case "last-weekend": return span(monday.adding(days: -2), monday.adding(days: -1))
    case "next-weekend": return span(monday.adding(days: 12), monday.adding(days: 13))
    // The latest weekend: the one publication is in, or the one before.
    case "the-weekend": return p.isoWeekday >= 6 ? span(monday.adding(days: 5), monday.adding(days: 6)) : span(monday.adding(days: -2), monday.adding(days: -1))
    case "last-month": return monthSpan(-1)
    case "this-month": return monthSpan(0)
    case "next-month": return monthSpan(1)
    case "last-year": return yearSpan(p.year - 1)
    case "this-year": return yearSpan(p.year)
    case "next-year": return yearSpan(p.year + 1)
    case "yesterday": return span(p.adding(days: -1), p.adding(days: -1))
    case "today": return span(p, p)
    case "tomorrow": return span(p.adding(days: 1), p.adding(days: 1))
    case "day-before-yesterday": return span(p.adding(days: -2), p.adding(days: -2))
    case "day-after-tomorrow": return span(p.adding(days: 2), p.adding(days: 2))
    // "earlier this month": from the period's start to publication; "later this year": from the
    // day after publication to the period's end.
    case "this-week-sofar", "this-month-sofar", "this-year-sofar":
      return resolve(String(expression.dropLast(6))).from.map { span($0, p) } ?? span(p, p)
    case "this-week-rest", "this-month-rest", "this-year-rest":
      return resolve(String(expression.dropLast(5))).to.map { span(p.adding(days: 1), max($0, p.adding(days: 1))) } ?? span(p, p)
    default:
      // "this-month-late", "next-year-early": a third of a relative month or year.
      if let dash = expression.lastIndex(of: "-"),
        let part = TimeReference.thirdNames.firstIndex(of: String(expression[expression.index(after: dash)...])),
        ["this-month", "next-month", "last-month", "this-year", "next-year", "last-year"].contains(String(expression[..<dash])),
        let whole = resolve(String(expression[..<dash])).from
      {
        let third = expression.contains("month") ? Self.thirdOfMonth(part, year: whole.year, month: whole.month) : Self.thirdOfYear(part, year: whole.year)
        return span(third.from, third.to)
      }
      // "season-1-last": last summer; the season's instances around publication.
      if expression.hasPrefix("season-") {
        let parts = expression.split(separator: "-")
        if parts.count == 3, let season = Int(parts[1]) {
          let instances = (p.year - 2...p.year + 1).map { Self.seasonDates(season, year: $0) }
          let chosen: (from: SimpleDate, to: SimpleDate)?
          switch parts[2] {
          case "last": chosen = instances.last { $0.to < p }
          case "next": chosen = instances.first { $0.from > p }
          default: chosen = instances.first { $0.from <= p && p <= $0.to } ?? instances.first { $0.from.year == p.year }
          }
          if let chosen { return span(chosen.from, chosen.to) }
        }
      }
      if let direction = ["quarter-last": -1, "quarter-this": 0, "quarter-next": 1][expression] {
        let first = SimpleDate(year: p.year, month: (p.month - 1) / 3 * 3 + 1, day: 1).adding(months: 3 * direction)
        return span(first, first.adding(months: 3).adding(days: -1))
      }
      if expression.hasPrefix("span-days-"), let days = Int(expression.dropFirst(10)) {
        return days < 0 ? span(p.adding(days: days), p) : span(p.adding(days: 1), p.adding(days: days))
      }
      if expression.hasPrefix("span-months-"), let months = Int(expression.dropFirst(12)) {
        return months < 0 ? span(p.adding(months: months), p) : span(p.adding(days: 1), p.adding(months: months))
      }
      if expression.hasPrefix("offset-days-"), let days = Int(expression.dropFirst(12)) {
        return span(p.adding(days: days), p.adding(days: days))
      }
      if expression.hasPrefix("offset-months-"), let months = Int(expression.dropFirst(14)) {
        return span(p.adding(months: months), p.adding(months: months))
      }
      if expression.hasPrefix("next-weekday-"), let weekday = Int(expression.dropFirst(13)) {
        let ahead = (weekday - p.isoWeekday + 7) % 7
        let day = p.adding(days: ahead == 0 ? 7 : ahead)
        return span(day, day)
      }
      if expression.hasPrefix("last-weekday-"), let weekday = Int(expression.dropFirst(13)) {
        let back = (p.isoWeekday - weekday + 7) % 7
        let day = p.adding(days: -(back == 0 ? 7 : back))
        return span(day, day)
      }
      if expression.hasPrefix("weekday-"), let weekday = Int(expression.dropFirst(8)) {
        // The latest such weekday not after publication: news reports the recent past.
        let back = (p.isoWeekday - weekday + 7) % 7
        let day = p.adding(days: -back)
        return span(day, day)
      }
      return TimeReference(from: nil, to: nil, isRelative: true, expression: expression)
    }
  }

  private func weekday(_ s: SentenceTokens, at i: Int) -> Found? {
    guard i < s.count, s[i].kind == .word else { return nil }
    // "Saturday's crash", "Monday's ruling": the day, in the possessive.
    let folded = language == .english ? Folding.withoutPossessive(s[i].folded) : s[i].folded
    guard let weekday = CalendarNames.weekday(folded: folded, language: language) else { return nil }
    // English capitalises weekdays; a full name in a lowercased text ("on monday") is still
    // one, an abbreviation ("sat", "sun", "wed") is another word.
    if language == .english && !s[i].isCapitalized && folded.count < 6 { return nil }
    var first = i
    // "next Tuesday", "last Friday", "martedì prossimo", "lo scorso venerdì": the first such day
    // after publication, or the last before it.
    let before = s.folded(i - 1) ?? ""
    let after = language == .italian ? s.folded(i + 1) ?? "" : ""
    if let direction = Self.weekdayDirections[before] ?? Self.weekdayDirections[after] {
      if Self.weekdayDirections[before] != nil { first = i - 1 }
      if language == .italian, first == i - 1, let article = s.folded(i - 2), ["il", "lo", "la"].contains(article) { first = i - 2 }
      let end = Self.weekdayDirections[before] == nil ? i + 2 : i + 1
      return Found(tokens: first..<end, reference: resolve("\(direction)-weekday-\(weekday)"))
    }
    if let previous = s.folded(i - 1), ["on", "this", "since", "until", "by", "di", "lo", "lunedi"].contains(previous) {
      first = i - 1
    }
    // A possessive day modifies the noun after it ("Saturday's 31-27 defeat"): no day of the
    // month follows.
    if folded == s[i].folded, let (day, end) = dayOfMonth(s, after: i) {
      return Found(tokens: first..<end, reference: resolve(weekday: weekday, day: day))
    }
    return Found(tokens: first..<(i + 1), reference: resolve("weekday-\(weekday)"))
  }

  /// The words that send a weekday forward or back from publication.
  private static let weekdayDirections: [String: String] = [
    "next": "next", "coming": "next", "last": "last", "previous": "last", "prossimo": "next", "prossima": "next", "scorso": "last",
    "scorsa": "last",
  ]

  /// The day of the month after a weekday, when no month follows it (a date with its month is
  /// the date reader's): "Tuesday the 19th", "Tuesday 19th", "martedì 19".
  private func dayOfMonth(_ s: SentenceTokens, after i: Int) -> (day: Int, end: Int)? {
    var j = i + 1
    if s.folded(j) == "," { j += 1 }
    if language == .english, s.folded(j) == "the" { j += 1 }
    guard j < s.count, s[j].kind == .number, let day = Int(s[j].text), (1...31).contains(day) else { return nil }
    var end = j + 1
    if language == .english, let suffix = s.folded(end), ["st", "nd", "rd", "th"].contains(suffix), !s[end].isSpaced { end += 1 }
    // Nor a figure that counts what follows it: "lunedì 2 tonnellate".
    guard monthAt(s, end) == nil, !(end < s.count && s[end].kind == .number), endsDay(s, at: end) else { return nil }
    // "Thursday 8:00 GMT", "martedì 9.30", "Friday 9 am": an hour, not the day of the month.
    if end == j + 1, let next = s.folded(end), next == ":" || next == "." && end + 1 < s.count && !s[end + 1].isSpaced || meridiem(s, at: end) != nil
      || Self.isTimeZone(s, at: end) || next == "o'clock"
    {
      return nil
    }
    return (day, end)
  }

  /// The date with that weekday and day of the month nearest the publication date: "martedì
  /// 19" in an article of Thursday 14 March 2019 is Tuesday 19 March.
  private func resolve(weekday: Int, day: Int) -> TimeReference {
    let expression = "weekday-\(weekday)-day-\(day)"
    guard let p = published else { return TimeReference(from: nil, to: nil, isRelative: true, expression: expression) }
    guard let best = Self.nearest(day: day, to: p, monthsAround: 6, where: { $0.isoWeekday == weekday }) else {
      return TimeReference(from: nil, to: nil, isRelative: true, expression: expression)
    }
    return TimeReference(from: best, to: best, isRelative: true, expression: expression)
  }

  /// The date with that day of the month nearest `date`, within so many months either side,
  /// among those `accepts` takes; the earlier of two as near.
  static func nearest(day: Int, to date: SimpleDate, monthsAround: Int, where accepts: (SimpleDate) -> Bool) -> SimpleDate? {
    var best: SimpleDate?
    for offset in -monthsAround...monthsAround {
      let month = SimpleDate(year: date.year, month: date.month, day: 1).adding(months: offset)
      guard day <= SimpleDate.daysIn(month: month.month, year: month.year) else { continue }
      let candidate = SimpleDate(year: month.year, month: month.month, day: day)
      guard accepts(candidate) else { continue }
      if best.map({ abs(candidate.dayNumber - date.dayNumber) < abs($0.dayNumber - date.dayNumber) }) ?? true { best = candidate }
    }
    return best
  }
}
