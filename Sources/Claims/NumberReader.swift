import Core
import Foundation

/// Reads the value of a number written in digits, the way each language writes it.
///
/// EN: "2,000" → 2000, "4.5" → 4.5, "1.500" → 1.5 but ambiguous (Italian-style thousands?).
/// IT: "2.000" → 2000, "4,5" → 4.5, "85 000" → 85000.
public struct NumberReader: Sendable {
  public var language: Language

  public init(language: Language) { self.language = language }

  public struct Reading: Sendable, Equatable {
    public var value: Double
    /// The other language's reading would differ ("1.500" in English).
    public var isAmbiguous: Bool
  }

  /// The most digits a figure may have before it is not read as a number (a 400-digit run is
  /// an identifier or garbage, not a quantity).
  public static let maxDigits = 18

  public func read(_ text: String) -> Reading? {
    let digitsOnly = text.filter(\.isNumber)
    guard !digitsOnly.isEmpty, digitsOnly.count <= Self.maxDigits else { return nil }
    let separators = text.filter { !$0.isNumber }
    let groups = text.split { !$0.isNumber }.map(String.init)
    // Spaces (plain, no-break, narrow no-break) and apostrophes only ever group thousands.
    if separators.allSatisfy({ $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "'" }) {
      guard groups.dropFirst().allSatisfy({ $0.count == 3 }), groups.first.map({ $0.count <= 3 }) ?? false || groups.count == 1
      else { return nil }
      return Double(digitsOnly).map { Reading(value: $0, isAmbiguous: false) }
    }
    let thousands: Character = language == .english ? "," : "."
    let decimal: Character = language == .english ? "." : ","
    let hasThousands = separators.contains(thousands)
    let hasDecimal = separators.contains(decimal)
    if hasThousands && hasDecimal {
      // Both: the thousands separators come first, one decimal separator last.
      guard let decimalIndex = text.lastIndex(of: decimal), !text[text.index(after: decimalIndex)...].contains(thousands)
      else { return nil }
      let integerGroups = text[..<decimalIndex].split(separator: thousands)
      guard integerGroups.dropFirst().allSatisfy({ $0.count == 3 }), (integerGroups.first?.count ?? 0) <= 3 else { return nil }
      let plain = text[..<decimalIndex].filter(\.isNumber) + "." + text[text.index(after: decimalIndex)...].filter(\.isNumber)
      return Double(plain).map { Reading(value: $0, isAmbiguous: false) }
    }
    if hasThousands {
      let wellGrouped = groups.dropFirst().allSatisfy { $0.count == 3 } && (groups.first?.count ?? 0) <= 3
      if wellGrouped { return Double(digitsOnly).map { Reading(value: $0, isAmbiguous: false) } }
      // "4,5" in English or "4.5" in Italian: the other locale's decimal, said plainly.
      guard groups.count == 2 else { return nil }
      return Double(groups[0] + "." + groups[1]).map { Reading(value: $0, isAmbiguous: true) }
    }
    if hasDecimal {
      guard groups.count == 2 else {
        // "1.500.000" in English: thousands written the other locale's way.
        if groups.dropFirst().allSatisfy({ $0.count == 3 }) && (groups.first?.count ?? 0) <= 3 {
          return Double(digitsOnly).map { Reading(value: $0, isAmbiguous: true) }
        }
        return nil
      }
      let value = Double(groups[0] + "." + groups[1])
      // "1.500" or "2,000" read the other way would be a thousand times larger.
      let ambiguous = groups[1].count == 3 && groups[0] != "0"
      return value.map { Reading(value: $0, isAmbiguous: ambiguous) }
    }
    return Double(digitsOnly).map { Reading(value: $0, isAmbiguous: false) }
  }
}
