import Claims
import Foundation

/// Units of measure and the conversions translators make: "about 30 yards" and "circa 25
/// metri", "80 degrees" and "26 gradi", "10 inches" and "25 cm" say the same thing.
enum Measure {
  enum Dimension {
    case length, mass, temperature, speed, volume, area
  }

  /// Each unit's dimension and its factor to the dimension's base unit (metre, kilogram,
  /// kilometre per hour, litre, hectare); temperature is handled apart.
  static let units: [String: (dimension: Dimension, factor: Double)] = [
    "km": (.length, 1000), "m": (.length, 1), "cm": (.length, 0.01), "mm": (.length, 0.001), "mi": (.length, 1609.344),
    "yd": (.length, 0.9144), "ft": (.length, 0.3048), "in": (.length, 0.0254), "kg": (.mass, 1), "g": (.mass, 0.001),
    "t": (.mass, 1000), "lb": (.mass, 0.453_592), "oz": (.mass, 0.028_35), "km/h": (.speed, 1), "mph": (.speed, 1.609_344),
    "°C": (.temperature, 1), "°F": (.temperature, 1), "°": (.temperature, 1), "mg": (.mass, 0.000_001), "l": (.volume, 1),
    "ml": (.volume, 0.001), "gal": (.volume, 3.785_41), "ha": (.area, 1), "acre": (.area, 0.404_686), "km²": (.area, 100),
    "mi²": (.area, 258.999),
  ]

  /// How far a converted figure may be from the other and still be the same claim: translators
  /// round conversions ("30 yards", 27.4 m, becomes "circa 25 metri").
  static let relativeTolerance = 0.12
  /// The same for figures under ten, which translators round to the nearest unit.
  static let smallValueTolerance = 0.25
  /// Degrees Celsius a converted temperature may be off (80 °F is 26.7 °C, written "26" or "27").
  static let temperatureTolerance = 1.5

  static func sameDimension(_ a: Quantity, _ b: Quantity) -> Bool {
    guard let ua = a.unit.flatMap({ units[$0] }), let ub = b.unit.flatMap({ units[$0] }) else { return false }
    return ua.dimension == ub.dimension
  }

  /// Whether two measures in convertible units agree within the tolerance.
  static func areConsistent(_ a: Quantity, _ b: Quantity) -> Bool {
    guard let unitA = a.unit, let unitB = b.unit, let ua = units[unitA], let ub = units[unitB], ua.dimension == ub.dimension
    else { return false }
    // A figure against a range said approximately ("widespread 80s" of degrees against "26 ºC")
    // agrees when it falls within the range, either end allowing its rounding; against any
    // other range it differs.
    if (a.rangeEnd == nil) != (b.rangeEnd == nil) {
      let (ranged, rangedUnit, single, singleUnit) = a.rangeEnd != nil ? (a, unitA, b, unitB) : (b, unitB, a, unitA)
      guard ranged.isApproximate, ua.dimension == .temperature, let end = ranged.rangeEnd else { return false }
      return celsiusReadings(single.value, singleUnit).contains { x in
        celsiusReadings(ranged.value, rangedUnit).contains { low in
          celsiusReadings(end, rangedUnit).contains { high in low - temperatureTolerance <= x && x <= high + temperatureTolerance }
        }
      }
    }
    // One unit on both sides converts nothing, so nothing was rounded: "12 miles per hour" and
    // "9 miglia all'ora" differ. A bare degree may still be either scale.
    if unitA == unitB, unitA != "°" { return QuantityMatching.sameValue(a, b) }
    func agree(_ va: Double, _ vb: Double) -> Bool {
      if ua.dimension == .temperature {
        // A hedged conversion ("a sunny 80 degrees", "quasi 30 gradi") is rounded as freely as
        // other measures are.
        let hedged = a.isApproximate || b.isApproximate
        return celsiusReadings(va, unitA).contains { x in
          celsiusReadings(vb, unitB).contains { y in
            abs(x - y) <= (hedged ? max(temperatureTolerance, relativeTolerance * max(abs(x), abs(y))) : temperatureTolerance)
          }
        }
      }
      let x = va * ua.factor
      let y = vb * ub.factor
      let scale = max(abs(x), abs(y))
      // A small converted figure rounds coarsely ("1 inch" is written "2 cm" or "3 cm").
      let tolerance = min(abs(va), abs(vb)) < 10 ? smallValueTolerance : relativeTolerance
      return scale == 0 || abs(x - y) / scale <= tolerance
    }
    return agree(a.value, b.value) && agree(a.rangeEnd ?? a.value, b.rangeEnd ?? b.value)
  }

  /// A temperature in Celsius: a bare "°" may be either scale.
  private static func celsiusReadings(_ value: Double, _ unit: String) -> [Double] {
    switch unit {
    case "°C": [value]
    case "°F": [(value - 32) * 5 / 9]
    default: [value, (value - 32) * 5 / 9]
    }
  }
}
