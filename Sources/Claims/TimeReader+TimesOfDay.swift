import Core
import Foundation

/// Times of day: "2pm", "3 p.m.", "10:30", "ore 15", "alle 14:30", "half past six", "le cinque
/// meno dieci", noon and midnight.
extension TimeReader {
  // MARK: Times of day

  /// "2pm", "3 p.m.", "10:30", "11 a.m." ↔ "14.00", "ore 15", "alle 14:30": a time of day,
  /// resolved to minutes after midnight ("00:00" and "24:00" are both midnight).
  func clock(_ s: SentenceTokens, at i: Int) -> Found? {
    // "noon", "midnight", "mezzogiorno", "mezzanotte"; "12 noon"; not "Midnight Express".
    if i < s.count, s[i].kind == .word, let minutes = Self.namedTimes[s[i].folded], !s[i].isCapitalized || i == 0 {
      var first = i
      if language == .english, i > 0, s[i - 1].text == "12" { first = i - 1 }
      if language == .italian, let previous = s.folded(i - 1), ["a", "alle", "verso"].contains(previous) { first = i - 1 }
      return Found(tokens: first..<(i + 1), reference: TimeReference(from: nil, to: nil, isRelative: false, expression: "clock-\(minutes / 60):00"))
    }
    // An hour in words: "seven p.m.", "one in the morning", "alle otto di sera", "alle tre e
    // mezza"; not "alle due squadre".
    if i < s.count, s[i].kind == .word, let h = wordHour(s, at: i) {
      return clockTime(s, from: i, hour: h, minute: 0, end: i + 1, written: "")
    }
    // "seven thirty p.m.", "ten forty-five in the morning": an hour and its minutes in words.
    if language == .english, i < s.count, s[i].kind == .word, let h = EnglishNumberWords.units[s[i].folded], (1...12).contains(h),
      let (minute, end) = wordMinutes(s, at: i + 1), meridiem(s, at: end) != nil || dayPart(s, at: end) != nil
    {
      return clockTime(s, from: i, hour: h, minute: minute, end: end, written: "")
    }
    // "half past six", "a quarter to seven", "ten to six in the morning": minutes before or
    // after the hour, read from the first word.
    if language == .english, i < s.count, let (minutes, hourAt) = minutesAround(s, at: i), hourAt < s.count {
      let hour: Int?
      if s[hourAt].kind == .number, s[hourAt].text.count <= 2, let h = Int(s[hourAt].text), (1...12).contains(h) {
        hour = h
      } else if let named = Self.namedTimes[s[hourAt].folded] {
        // "a quarter past noon", "ten to midnight" (the hour before midnight is 23).
        hour = named == 0 ? 24 : 12
      } else {
        hour = EnglishNumberWords.units[s[hourAt].folded].flatMap { (1...12).contains($0) ? $0 : nil }
      }
      if let hour, let found = clockTime(s, from: hourAt, hour: minutes < 0 ? hour - 1 : hour, minute: (minutes + 60) % 60, end: hourAt + 1, written: "o") {
        // "a quarter to seven" from its article.
        let first = s[i].folded == "quarter" && s.folded(i - 1) == "a" && !s.consumed[i - 1] ? i - 1 : i
        return Found(tokens: first..<found.tokens.upperBound, reference: found.reference)
      }
    }
    // "2:03:26" is a duration; none of its figures starts a time of day.
    guard i < s.count, s[i].kind == .number, s.folded(i - 1) != ":" else { return nil }
    var hour: Int?
    var minute = 0
    var end = i + 1
    let text = s[i].text
    // "14.00", "14:30", "10.30"
    // "alle 23,45" and "ore 6,30" are Italian's times written with a comma.
    let italianLead = language == .italian && (["alle", "ore", "dalle"].contains(s.folded(i - 1) ?? "") || italianHourLead(s, before: i))
    let parts = text.split(whereSeparator: { $0 == ":" || $0 == "." || ($0 == "," && italianLead) })
    if parts.count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...24).contains(h), (0...59).contains(m),
      s.folded(i + 1) != ":"
    {
      // "14.00" is a time after "alle"/"ore" or with a colon; "7.55am" with its meridiem.
      let isClockContext = language == .italian
        ? ["alle", "ore", "dalle", "fino", "entro", "verso"].contains(s.folded(i - 1) ?? "") || italianHourLead(s, before: i) || text.contains(":")
        : text.contains(":") || meridiem(s, at: i + 1) != nil
      guard isClockContext || Self.isTimeZone(s, at: i + 1) else { return nil }
      hour = h
      minute = m
    } else if text.count == 4, text.allSatisfy(\.isNumber), let hhmm = Int(text), hhmm / 100 <= 24, hhmm % 100 <= 59,
      Self.isTimeZone(s, at: i + 1) || (language == .english && ["hours", "hrs"].contains(s.folded(i + 1) ?? "")
        && ["at", "around", "about", "by", "until", "from", "after", "before"].contains(s.folded(i - 1) ?? ""))
    {
      // "1200 GMT", "0930 UTC", "around 1530 hours": a time of day written as four figures
      // before its zone or "hours".
      hour = hhmm / 100
      minute = hhmm % 100
      if !Self.isTimeZone(s, at: i + 1) { end = i + 2 }
    } else if s.folded(i + 1) == ":", i + 2 < s.count, s[i + 2].kind == .number, s[i + 2].text.count == 2,
      let h = Int(text), let m = Int(s[i + 2].text), (0...24).contains(h), (0...59).contains(m),
      // "2:03:59" is a duration, not a time of day.
      s.folded(i + 3) != ":"
    {
      hour = h
      minute = m
      end = i + 3
    } else if let h = Int(text), (0...24).contains(h) {
      let isDalle = s.folded(i - 1) == "dalle" && !(i + 1 < s.count && s[i + 1].kind == .word && isCountable(s[i + 1].folded))
      if language == .italian, ["ore", "alle"].contains(s.folded(i - 1) ?? "") || isDalle || italianHourLead(s, before: i) {
        hour = h
      } else if language == .english {
        hour = h
      } else {
        return nil
      }
    }
    guard let hour else { return nil }
    return clockTime(s, from: i, hour: hour, minute: minute, end: end, written: text)
  }

  /// The time of day an hour read at `i` (its minutes, if written, already read up to `end`)
  /// states with what follows it: "am"/"pm", a part of the day, Italian minutes after "e".
  /// `written` is the hour's figure as written ("7:30", "19"), empty for a word.
  private func clockTime(_ s: SentenceTokens, from i: Int, hour: Int, minute: Int, end: Int, written text: String) -> Found? {
    var h = hour
    var minute = minute
    var end = end
    // An English time with a colon and neither "am"/"pm", a part of the day nor a zone says
    // one of two hours: "at 7:30" is 7:30 or 19:30.
    let isTwelveHour = language == .english && (1...11).contains(h) && !Self.isTimeZone(s, at: end)
    var isEitherHalfOfTheDay = isTwelveHour && (text.contains(":") || s.folded(i + 1) == ":" || text == "o")
    // "alle 15 e mezza", "le 15 e 30", "alle 9 e un quarto", "le cinque meno dieci", before the
    // part of the day that may follow them ("alle tre e mezza del pomeriggio").
    if language == .italian, minute == 0, let minutes = italianMinutes(s, at: end) {
      minute = minutes.minute
      h += minutes.hourShift
      end = minutes.end
    }
    // English needs "am"/"pm" unless written with a colon or followed by a part of the day.
    if let meridiem = meridiem(s, at: end) {
      isEitherHalfOfTheDay = false
      if meridiem.isPM && h < 12 { h += 12 }
      if !meridiem.isPM && h == 12 { h = 0 }
      end = meridiem.end
    } else if let part = dayPart(s, at: end), (1...12).contains(h) {
      // "3 in the afternoon", "alle 8 di sera", "le 11 di notte"; "8 tonight" leaves "tonight"
      // to name the day.
      isEitherHalfOfTheDay = part.part == .unsaid && isTwelveHour
      switch part.part {
      case .unsaid: break
      case .morning: if h == 12 { h = 0 }
      case .afternoonOrEvening: if h < 12 { h += 12 }
      case .night: if h >= 6 && h < 12 { h += 12 } else if h == 12 { h = 0 }
      }
      end = part.end
    } else if language == .english && !text.contains(":") && text != "o" && end == i + 1 && !Self.isTimeZone(s, at: end) {
      return nil
    } else if text.isEmpty && language == .english {
      // An hour in words needs "am"/"pm" or a part of the day.
      return nil
    }
    let minutes = (h * 60 + minute) % (24 * 60)
    var first = i
    if language == .italian, let previous = s.folded(i - 1), ["alle", "ore", "dalle"].contains(previous) { first = i - 1 }
    func written(_ minutes: Int) -> String { "\(minutes / 60):\(minutes % 60 < 10 ? "0" : "")\(minutes % 60)" }
    let expression = "clock-" + written(minutes) + (isEitherHalfOfTheDay ? "/" + written(minutes + 12 * 60) : "")
    return Found(tokens: first..<end, reference: TimeReference(from: nil, to: nil, isRelative: false, expression: expression))
  }

  /// Minutes written in words at `i`, 10 to 59: "thirty", "forty-five", "fifty nine".
  private func wordMinutes(_ s: SentenceTokens, at i: Int) -> (minute: Int, end: Int)? {
    guard let first = s.folded(i), EnglishNumberWords.isNumberWord(first) else { return nil }
    var words = [first]
    if EnglishNumberWords.tens[first] != nil, let unit = s.folded(i + 1), let value = EnglishNumberWords.units[unit], (1...9).contains(value) {
      words.append(unit)
    }
    guard let minute = EnglishNumberWords.value(of: words), (10...59).contains(minute) else { return nil }
    return (minute, i + words.count)
  }

  /// The words after an Italian hour in words that say it is one without "alle": its minutes
  /// ("e", "meno") or its part of the day ("di sera", "della mattina").
  static let italianHourFollowers: Set<String> = ["e", "meno", "di", "del", "della", "nel", "nella"]

  /// "half past", "a quarter past", "a quarter to", "ten to", "20 past" at `i`: the minutes
  /// after the hour (negative before it) and where the hour is.
  private func minutesAround(_ s: SentenceTokens, at i: Int) -> (minutes: Int, hourAt: Int)? {
    let j = i
    var minutes: Int?
    if s[i].folded == "half" { minutes = 30 } else if s[i].folded == "quarter" {
      minutes = 15
    } else if s[i].kind == .number, let m = Int(s[i].text), (1...29).contains(m) {
      minutes = m
    } else if let m = EnglishNumberWords.value(of: [s[i].folded]), (1...29).contains(m), EnglishNumberWords.isNumberWord(s[i].folded) {
      minutes = m
    }
    // "20 minutes past 3pm", "twenty after 3pm".
    let k = s.folded(j + 1) == "minutes" || s.folded(j + 1) == "mins" ? j + 1 : j
    guard var minutes, let word = s.folded(k + 1), word == "past" || word == "to" || word == "after" else { return nil }
    // "ten to six" is a time only before "am"/"pm", "o'clock" or a part of the day, or before
    // noon and midnight: "five to ten people" is a range.
    let isNamedHour = Self.namedTimes[s.folded(k + 2) ?? ""] != nil
    if s[i].folded != "half" && s[j].folded != "quarter" && !isNamedHour {
      guard meridiem(s, at: k + 3) != nil || dayPart(s, at: k + 3) != nil else { return nil }
    }
    if word == "to" { minutes = -minutes }
    return (minutes, k + 2)
  }

  /// An hour written as a word at `i`: English before "am"/"pm" or a part of the day ("seven
  /// p.m.", "one in the morning"), Italian after "alle" or "ore" ("alle otto", "alle tre e
  /// mezza"), not before a noun it counts ("alle due squadre").
  private func wordHour(_ s: SentenceTokens, at i: Int) -> Int? {
    switch language {
    case .english:
      guard let value = EnglishNumberWords.units[s[i].folded], (1...12).contains(value) else { return nil }
      guard meridiem(s, at: i + 1) != nil || dayPart(s, at: i + 1) != nil else { return nil }
      return value
    case .italian:
      // Most words are no hour: what is around the word is looked at before the word is read.
      let lead = s.folded(i - 1)
      let hasLead = lead == "alle" || lead == "ore" || lead == "dalle"
      guard hasLead || Self.italianHourFollowers.contains(s.folded(i + 1) ?? ""),
        let value = ItalianNumberWords.value(of: s[i].folded), (1...24).contains(value)
      else { return nil }
      let minutesEnd = italianMinutes(s, at: i + 1)?.end
      // Without "alle" or "ore", an hour in words only with its part of the day: "cinque meno
      // dieci della mattina".
      guard hasLead else { return dayPart(s, at: minutesEnd ?? i + 1) != nil ? value : nil }
      // Only where nothing it could count follows: the clause ends, its minutes follow ("e
      // mezza"), or its part of the day ("di sera").
      guard i + 1 < s.count, s[i + 1].kind == .word else { return value }
      return dayPart(s, at: i + 1) != nil || minutesEnd != nil ? value : nil
    }
  }

  /// Italian minutes after an hour at `index`: "e mezza", "e un quarto", "e tre quarti", "e
  /// 30", "meno dieci", "meno un quarto" (before the hour); nil when a noun they count follows.
  private func italianMinutes(_ s: SentenceTokens, at index: Int) -> (minute: Int, hourShift: Int, end: Int)? {
    guard let word = s.folded(index), word == "e" || word == "meno" else { return nil }
    var minutes: Int?
    var end = index + 2
    if let part = QuantityReader.italianHalfOrQuarter(s, at: index + 1) {
      minutes = Int(part.value * 60)
      end = part.end
    } else if let m = intAt(s, index + 1, in: 1...59), word == "meno" || s[index + 1].text.count == 2 {
      minutes = m
    } else if word == "meno", let w = s.folded(index + 1), let m = ItalianNumberWords.value(of: w), (1...30).contains(m) {
      minutes = m
    }
    guard let minutes, !(end < s.count && s[end].kind == .word && isCountable(s[end].folded)) else { return nil }
    return word == "e" ? (minutes, 0, end) : (60 - minutes, -1, end)
  }

  /// "verso le 15", "per le 15", "prima delle 15": an hour after an article that a word of time
  /// introduces; not "le 15 persone".
  private func italianHourLead(_ s: SentenceTokens, before i: Int) -> Bool {
    guard let article = s.folded(i - 1), article == "le" || article == "delle", let lead = s.folded(i - 2) else { return false }
    // The second hour of "tra le 16 e le 19".
    if lead == "e", i >= 4, s[i - 3].kind == .number, italianHourLead(s, before: i - 3) { return true }
    guard Self.italianHourLeads.contains(lead) else { return false }
    // The word after the figure, or after the range it opens ("tra le 10 e le 12 persone"),
    // is no noun it counts.
    var j = i + 1
    while j < s.count, j <= i + 4, s[j].kind == .number || ["e", "le", "-", "a", "alle"].contains(s[j].folded) { j += 1 }
    return !(j < s.count && s[j].kind == .word && isCountable(s[j].folded))
  }

  private static let italianHourLeads: Set<String> = ["verso", "per", "entro", "dopo", "prima", "fino", "circa", "tra", "fra"]

  private enum DayPart {
    /// "3 o'clock": an hour as written.
    case unsaid
    case morning
    case afternoonOrEvening
    case night
  }

  /// A part of the day after an hour: "in the afternoon", "o'clock in the morning", "tonight",
  /// "di pomeriggio", "della sera", "del mattino", "di notte". The end is where the time of day
  /// ends: after the words, or before "tonight", which names the day too.
  private func dayPart(_ s: SentenceTokens, at index: Int) -> (part: DayPart, end: Int)? {
    var j = index
    switch language {
    case .english:
      if s.folded(j) == "o'clock" || s.folded(j) == "oclock" { j += 1 }
      if s.matches(["in", "the"], at: j), let noun = s.folded(j + 2), let part = Self.englishDayParts[noun] {
        return (part, j + 3)
      }
      if s.matches(["at", "night"], at: j) { return (.night, j + 2) }
      if s.folded(j) == "tonight" || s.matches(["this", "evening"], at: j) { return (.afternoonOrEvening, j) }
      if s.matches(["this", "afternoon"], at: j) { return (.afternoonOrEvening, j) }
      if s.matches(["this", "morning"], at: j) { return (.morning, j) }
      return j > index ? (.unsaid, j) : nil
    case .italian:
      guard let of = s.folded(j), ["di", "del", "della", "nel", "nella"].contains(of), let noun = s.folded(j + 1) else { return nil }
      guard let part = Self.italianDayParts[noun] else { return nil }
      return (part, j + 2)
    }
  }

  private static let englishDayParts: [String: DayPart] = ["morning": .morning, "afternoon": .afternoonOrEvening, "evening": .afternoonOrEvening]
  private static let italianDayParts: [String: DayPart] = [
    "mattina": .morning, "mattino": .morning, "pomeriggio": .afternoonOrEvening, "sera": .afternoonOrEvening, "notte": .night,
  ]

  /// Times of day said by name, in minutes after midnight.
  static let namedTimes: [String: Int] = ["noon": 720, "midday": 720, "midnight": 0, "mezzogiorno": 720, "mezzanotte": 0]

  /// Time zones written after a time of day: "12.00 GMT", "1200 UTC", "22:00 MDT".
  static let timeZones: Set<String> = [
    "GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "WET", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "AEST", "AEDT", "JST", "IST",
  ]

  static func isTimeZone(_ s: SentenceTokens, at index: Int) -> Bool { index < s.count && timeZones.contains(s[index].text) }

  /// "pm", "p.m.", "a.m.", "am" after a figure, written together or apart.
  func meridiem(_ s: SentenceTokens, at index: Int) -> (isPM: Bool, end: Int)? {
    guard language == .english, let word = s.folded(index) else { return nil }
    switch word {
    case "pm", "p.m", "p.m.": return (true, index + 1 + (s.folded(index + 1) == "." ? 1 : 0))
    case "am", "a.m", "a.m.":
      // "am" spaced from a figure is the verb only after a pronoun ("I am"); right after a
      // time's figure ("4.40 am", "6 am") it is the meridiem.
      guard !s[index].isSpaced || word != "am" || (index > 0 && s[index - 1].kind == .number) else { return nil }
      return (false, index + 1 + (s.folded(index + 1) == "." ? 1 : 0))
    default: return nil
    }
  }
}
