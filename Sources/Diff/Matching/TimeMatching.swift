import Align
import Claims
import Core
import Foundation

/// Pairs the time references of an aligned pair: the same relative expression ("last week" and
/// "la settimana scorsa"), or intervals that agree to within a day (the two articles may be
/// dated a day apart across time zones).
struct TimeMatching {
  var equal: [(source: Claim, target: Claim)] = []
  var different: [(source: Claim, target: Claim)] = []
  var unmatchedSource: [Claim] = []
  var unmatchedTarget: [Claim] = []

  init(_ pair: ClaimPair) {
    var source = pair.sourceClaims.filter { $0.kind == .time && $0.time != nil }
    var target = pair.targetClaims.filter { $0.kind == .time && $0.time != nil }

    /// Moves each source time with a target time that `accepts` it into `list`, first come
    /// first served; `fallback` picks a target when nothing is accepted.
    func take(
      _ accepts: (TimeReference, TimeReference) -> Bool, into list: inout [(source: Claim, target: Claim)],
      fallback: () -> Int? = { nil }
    ) {
      var s = 0
      while s < source.count {
        guard let a = source[s].time, let t = target.firstIndex(where: { $0.time.map { accepts(a, $0) } ?? false }) ?? fallback()
        else {
          s += 1
          continue
        }
        list.append((source[s], target[t]))
        source.remove(at: s)
        target.remove(at: t)
      }
    }
    take(Self.agree, into: &equal)
    // One time inside the other is the same time told with more or less detail ("1968" and
    // "2 ottobre 1968"), not a different one.
    take(Self.nests, into: &equal)
    // Two distances or spans from publication that differ ("32 years ago", "26 anni fa"; "the
    // past three years", "gli ultimi quattro anni") are two counts of years, which the quantity
    // rules compare; and one on one side only is a count the quantity rules find missing, or
    // another way of giving a time the other side gives.
    source.removeAll { $0.time?.isCountedFromPublication == true }
    target.removeAll { $0.time?.isCountedFromPublication == true }
    // What is left on both sides and overlaps, or is the only time on each side, differs —
    // unless one is a time the publication date did not resolve and the other is not of its
    // kind: "next week" may well fall in "novembre", and "March" be "marzo 2020", for all the
    // articles say.
    take(Self.overlap, into: &different) {
      guard source.count == 1, target.count == 1, let a = source[0].time, let b = target[0].time, Self.comparable(a, b) else { return nil }
      return 0
    }
    unmatchedSource = source
    unmatchedTarget = target
  }

  /// Relative expressions translators use for one another: "in the past year" and "lo scorso
  /// anno" are rendered both ways in faithful translations.
  /// So are "a year ago" and "last year" when the publication date does not tell.
  static let interchangeable: [Set<String>] = [
    ["past-year", "last-year", "offset-months--12"], ["past-month", "last-month", "offset-months--1"], ["past-week", "last-week", "offset-days--7"],
    // "over the weekend", "nel fine settimana": the latest weekend, which is this one or the
    // last as the tense says.
    ["the-weekend", "this-weekend"], ["the-weekend", "last-weekend"],
  ]

  static func agree(_ a: TimeReference, _ b: TimeReference) -> Bool {
    // The same relative expression read against two publication dates ("yesterday" in both) is
    // one time; a period with a relative end says no more than "period", and its dates decide.
    if a.isRelative && b.isRelative && a.expression == b.expression && a.expression != "period" { return true }
    // Clock times agree when one of the hours each states is the same: "at 7:30" is "alle 19:30".
    if a.expression.hasPrefix("clock-") || b.expression.hasPrefix("clock-") { return a.clockTimes.contains { b.clockTimes.contains($0) } }
    if a.isRelative && b.isRelative, a.from == nil || b.from == nil,
      interchangeable.contains(where: { $0.contains(a.expression) && $0.contains(b.expression) })
    {
      return true
    }
    // "last Monday" and "lunedì": the same weekday, told with or without its direction.
    if a.from == nil, b.from == nil, let wa = weekdayNumber(a), wa == weekdayNumber(b),
      a.expression.hasPrefix("weekday-") || b.expression.hasPrefix("weekday-")
    {
      return true
    }
    guard let af = a.from, let at = a.to, let bf = b.from, let bt = b.to else { return false }
    let tolerance = a.isRelative || b.isRelative ? 1 : 0
    return abs(af.dayNumber - bf.dayNumber) <= tolerance && abs(at.dayNumber - bt.dayNumber) <= tolerance
  }

  /// Whether two times can be told apart: two intervals; or, left unresolved without a
  /// publication date, two expressions relative to it ("last week" and "la settimana
  /// prossima"). A clock time, weekday, month or day without its date is compared only with
  /// one of its kind (`overlap`).
  static func comparable(_ a: TimeReference, _ b: TimeReference) -> Bool {
    if a.from != nil && b.from != nil { return true }
    func isDeictic(_ time: TimeReference) -> Bool {
      time.isRelative && time.from == nil && !calendarKinds.contains(where: time.expression.hasPrefix)
    }
    return isDeictic(a) && isDeictic(b)
  }

  /// The unresolved expressions that name a place in the calendar, not a distance from today.
  static let calendarKinds = ["clock-", "weekday-", "month-", "day-", "period-", "monthday-", "quarter-"]

  /// Whether one interval lies within the other; or, without a publication date, a month or
  /// a day of the month given without its year lies within the same month given with or
  /// without one ("October 1st" and "ottobre", "March" and "marzo 2020").
  static func nests(_ a: TimeReference, _ b: TimeReference) -> Bool {
    // Two periods that differ differ at an end: "13-15 July" is not "dal 13 al 16 luglio" told
    // with less detail.
    if a.expression.hasPrefix("period") && b.expression.hasPrefix("period") { return false }
    guard let af = a.from, let at = a.to, let bf = b.from, let bt = b.to else {
      return sameMonth(a, b) || sameMonth(b, a) || atAnEnd(a, of: b) || atAnEnd(b, of: a) || isPart(a, of: b) || isPart(b, of: a)
    }
    return (af <= bf && bt <= at) || (bf <= af && at <= bt)
  }

  /// Whether `time` is, or lies within, an end of `period`, a period the publication date did
  /// not resolve: "late March" and "tra la fine di marzo e l'inizio di aprile".
  private static func atAnEnd(_ time: TimeReference, of period: TimeReference) -> Bool {
    guard period.from == nil, period.expression.hasPrefix("period-") else { return false }
    let ends = period.expression.dropFirst(7).components(separatedBy: "-to-")
    return ends.contains { end in
      let reference = TimeReference(from: nil, to: nil, isRelative: true, expression: end)
      return end == time.expression || sameMonth(reference, time)
    }
  }

  /// Whether `time` is a part of `whole`, both unresolved: "inizio dell'anno" ("this-year-early")
  /// within "quest'anno" ("this-year").
  private static func isPart(_ time: TimeReference, of whole: TimeReference) -> Bool {
    if TimeReference.thirdNames.contains(where: { time.expression == whole.expression + "-" + $0 }) { return true }
    // "earlier this year" ("this-year-sofar") and "later this year" within "this year"; and
    // with its start or its end, which they share: "all'inizio dell'anno", "entro la fine dell'anno".
    if ["-sofar", "-rest"].contains(where: { time.expression == whole.expression + $0 }) { return true }
    for (part, third) in [("-sofar", "-early"), ("-rest", "-late")] where time.expression.hasSuffix(part) {
      let period = time.expression.dropLast(part.count)
      if whole.expression == period + third { return true }
    }
    // A weekend within its week: "at the end of this week" and "nel fine settimana".
    switch time.expression {
    case "this-weekend", "last-weekend", "next-weekend": return whole.expression == time.expression.dropLast(3)
    case "the-weekend": return whole.expression == "this-week" || whole.expression == "last-week"
    default: return false
    }
  }

  /// Whether `open`, an unresolved "month-M" or "day-M-D", names the month that `other` is
  /// within: an unresolved "month-M", or an interval inside month M of one year.
  private static func sameMonth(_ open: TimeReference, _ other: TimeReference) -> Bool {
    guard open.from == nil else { return false }
    let parts = open.expression.split(separator: "-")
    guard parts.count >= 2, parts[0] == "month" || parts[0] == "day", let month = Int(parts[1]) else { return false }
    if let from = other.from, let to = other.to { return from.year == to.year && from.month == month && to.month == month }
    return other.expression == "month-\(month)" || (parts[0] == "month" && other.expression.hasPrefix("day-\(month)-"))
  }

  /// The weekday of "weekday-3", "last-weekday-3" and "next-weekday-3", unresolved.
  static func weekdayNumber(_ time: TimeReference) -> Int? {
    guard time.from == nil, let range = time.expression.range(of: "weekday-") else { return nil }
    return Int(time.expression[range.upperBound...])
  }

  static func overlap(_ a: TimeReference, _ b: TimeReference) -> Bool {
    // Weekdays compete with weekdays, whatever direction they are given.
    if weekdayNumber(a) != nil && weekdayNumber(b) != nil { return true }
    // Unresolved expressions of one kind compete for the same place: a clock time with a
    // clock time, a weekday with a weekday, a month with a month.
    for kind in calendarKinds where a.expression.hasPrefix(kind) && b.expression.hasPrefix(kind) {
      return true
    }
    guard let af = a.from, let at = a.to, let bf = b.from, let bt = b.to else { return false }
    return af <= bt && bf <= at
  }
}
