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
    // What is left on both sides and overlaps, or is the only time on each side, differs.
    take(Self.overlap, into: &different) { source.count == 1 && target.count == 1 ? 0 : nil }
    unmatchedSource = source
    unmatchedTarget = target
  }

  /// Relative expressions translators use for one another: "in the past year" and "lo scorso
  /// anno" are rendered both ways in faithful translations.
  static let interchangeable: [Set<String>] = [["past-year", "last-year"], ["past-month", "last-month"], ["past-week", "last-week"]]

  static func agree(_ a: TimeReference, _ b: TimeReference) -> Bool {
    if a.isRelative && b.isRelative && a.expression == b.expression { return true }
    if a.expression.hasPrefix("clock-") || b.expression.hasPrefix("clock-") { return a.expression == b.expression }
    if a.isRelative && b.isRelative, a.from == nil || b.from == nil,
      interchangeable.contains(where: { $0.contains(a.expression) && $0.contains(b.expression) })
    {
      return true
    }
    guard let af = a.from, let at = a.to, let bf = b.from, let bt = b.to else { return false }
    let tolerance = a.isRelative || b.isRelative ? 1 : 0
    return abs(af.dayNumber - bf.dayNumber) <= tolerance && abs(at.dayNumber - bt.dayNumber) <= tolerance
  }

  /// Whether one interval lies within the other.
  static func nests(_ a: TimeReference, _ b: TimeReference) -> Bool {
    guard let af = a.from, let at = a.to, let bf = b.from, let bt = b.to else { return false }
    return (af <= bf && bt <= at) || (bf <= af && at <= bt)
  }

  static func overlap(_ a: TimeReference, _ b: TimeReference) -> Bool {
    // Unresolved expressions of one kind compete for the same place: a clock time with a
    // clock time, a weekday with a weekday, a month with a month.
    for kind in ["clock-", "weekday-", "month-", "day-"] where a.expression.hasPrefix(kind) && b.expression.hasPrefix(kind) {
      return true
    }
    guard let af = a.from, let at = a.to, let bf = b.from, let bt = b.to else { return false }
    return af <= bt && bf <= at
  }
}
