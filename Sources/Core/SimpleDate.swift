import Foundation

/// A calendar day in the proleptic Gregorian calendar, without time zone.
///
/// Claims resolve times to whole days; a plain value type keeps that arithmetic exact and
/// independent of the machine's calendar and time zone.
public struct SimpleDate: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses "YYYY-MM-DD", ignoring anything after the day ("2017-05-03T19:21:00+03:00").
  public init?(iso text: some StringProtocol) {
    let digits = Array(text.prefix(10))
    guard digits.count == 10, digits[4] == "-", digits[7] == "-",
      let year = Int(String(digits[0..<4])), let month = Int(String(digits[5..<7])),
      let day = Int(String(digits[8..<10])),
      SimpleDate.isValid(year: year, month: month, day: day)
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  public static func isValid(year: Int, month: Int, day: Int) -> Bool {
    (1...12).contains(month) && day >= 1 && day <= daysIn(month: month, year: year)
  }

  public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// Days since 1970-01-01 (negative before).
  public var dayNumber: Int {
    // Howard Hinnant's days_from_civil.
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  public init(dayNumber: Int) {
    let z = dayNumber + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    self.init(year: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  public func adding(days: Int) -> SimpleDate { SimpleDate(dayNumber: dayNumber + days) }

  /// The same day `months` months away, clamped to the month's length.
  public func adding(months: Int) -> SimpleDate {
    let total = year * 12 + (month - 1) + months
    let newYear = total >= 0 ? total / 12 : (total - 11) / 12
    let newMonth = total - newYear * 12 + 1
    return SimpleDate(year: newYear, month: newMonth, day: min(day, SimpleDate.daysIn(month: newMonth, year: newYear)))
  }

  /// ISO weekday: 1 is Monday, 7 is Sunday.
  public var isoWeekday: Int {
    let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday (ISO 4).
    return (w < 0 ? w + 7 : w) + 1
  }

  public var iso: String {
    func pad(_ n: Int, _ width: Int) -> String {
      let s = String(n)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  public var description: String { iso }

  public static func < (lhs: SimpleDate, rhs: SimpleDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let date = SimpleDate(iso: text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected YYYY-MM-DD, found '\(text)'")
    }
    self = date
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}
