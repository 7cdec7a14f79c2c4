import Align
import Claims
import Core
import Foundation
import Glossary

/// Pairs the quantities of an aligned pair across the languages: first those with the same
/// value (and, among those, the same thing counted), then what is left by the thing counted or
/// the unit, so that "5 people" against "6 persone" pairs as a changed value.
struct QuantityMatching {
  var equalValue: [(source: Claim, target: Claim)] = []
  /// The same figure in different, unconvertible units: "29 dollars" against "29 sterline".
  var otherUnit: [(source: Claim, target: Claim)] = []
  var differentValue: [(source: Claim, target: Claim)] = []
  var unmatchedSource: [Claim] = []
  var unmatchedTarget: [Claim] = []

  init(_ pair: ClaimPair) {
    var source = pair.sourceClaims.filter { $0.kind == .quantity && $0.quantity != nil }
    var target = pair.targetClaims.filter { $0.kind == .quantity && $0.quantity != nil }

    func take(_ accept: (Quantity, Quantity) -> Bool, into list: inout [(source: Claim, target: Claim)]) {
      var s = 0
      while s < source.count {
        guard let a = source[s].quantity, let t = target.firstIndex(where: { $0.quantity.map { accept(a, $0) } ?? false }) else {
          s += 1
          continue
        }
        list.append((source[s], target[t]))
        source.remove(at: s)
        target.remove(at: t)
      }
    }
    take({ Self.sameValue($0, $1) && Self.sameUnit($0, $1) && $0.countedTerm == $1.countedTerm }, into: &equalValue)
    take({ Measure.areConsistent($0, $1) }, into: &equalValue)
    take({ Self.sameDuration($0, $1) }, into: &equalValue)
    take({ Self.sameValue($0, $1) && Self.sameUnit($0, $1) }, into: &equalValue)
    take({ Self.sameValue($0, $1) && ($0.unit == nil || $1.unit == nil) }, into: &equalValue)
    take({ Self.sameValue($0, $1) && $0.unit != nil && $1.unit != nil && !Measure.areConsistent($0, $1) }, into: &otherUnit)
    take({ $0.countedTerm != nil && $0.countedTerm == $1.countedTerm && Self.sameUnit($0, $1) }, into: &differentValue)
    take({ $0.unit != nil && (Self.sameUnit($0, $1) || Measure.sameDimension($0, $1)) }, into: &differentValue)
    if source.count == 1 && target.count == 1, let a = source[0].quantity, let b = target[0].quantity,
      Self.sameUnit(a, b) || Measure.sameDimension(a, b), a.countedClass == nil || b.countedClass == nil || a.countedClass == b.countedClass
    {
      differentValue.append((source[0], target[0]))
      source.removeAll()
      target.removeAll()
    }
    unmatchedSource = source
    unmatchedTarget = target
  }

  static func sameValue(_ a: Quantity, _ b: Quantity) -> Bool {
    equal(a.value, b.value) && equal(a.rangeEnd ?? a.value, b.rangeEnd ?? b.value)
  }

  static func equal(_ x: Double, _ y: Double) -> Bool {
    let scale = max(abs(x), abs(y), 1e-9)
    return abs(x - y) / scale < 1e-9
  }

  static func sameUnit(_ a: Quantity, _ b: Quantity) -> Bool { a.unit == b.unit }

  /// Whether two counts of time units last as long: "two decades" and "vent'anni", "48 hours"
  /// and "due giorni", "18 months" and "un anno e mezzo". A month is a twelfth of a year.
  static func sameDuration(_ a: Quantity, _ b: Quantity) -> Bool {
    guard a.unit == nil, b.unit == nil, let x = hours(a), let y = hours(b), a.countedLemma != b.countedLemma else { return false }
    return equal(a.value * x, b.value * y) && equal((a.rangeEnd ?? a.value) * x, (b.rangeEnd ?? b.value) * y)
  }

  /// The hours in one of the time units a quantity counts, by its lemma.
  static func hours(_ quantity: Quantity) -> Double? {
    guard quantity.countedClass == .time, let lemma = quantity.countedLemma else { return nil }
    return hoursPerUnit[lemma]
  }

  static let hoursPerUnit: [String: Double] = {
    let year = 365.25 * 24
    return [
      "second": 1.0 / 3600, "minute": 1.0 / 60, "hour": 1, "day": 24, "week": 168, "fortnight": 336, "month": year / 12, "year": year,
      "decade": 10 * year, "century": 100 * year, "secondo": 1.0 / 3600, "minuto": 1.0 / 60, "ora": 1, "giorno": 24, "settimana": 168,
      "mese": year / 12, "anno": year, "biennio": 2 * year, "triennio": 3 * year, "quinquennio": 5 * year, "decennio": 10 * year,
      "ventennio": 20 * year, "trentennio": 30 * year, "secolo": 100 * year,
    ]
  }()
}
