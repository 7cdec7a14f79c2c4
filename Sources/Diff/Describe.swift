import Claims
import Core
import Foundation
import Glossary

/// How findings word claims: normalised values a reader can compare at a glance.
enum Describe {
  /// "more than 2000 items (content)", "4500000000 EUR", "about 30 %".
  static func quantity(_ q: Quantity, withCounted: Bool = true) -> String {
    var parts: [String] = []
    if q.qualifier != .exact { parts.append(q.qualifier.phrase) }
    parts.append(q.valueText)
    if let unit = q.unit { parts.append(unit) }
    if withCounted, let counted = q.counted {
      parts.append(counted + (q.countedClass.map { " (\($0.displayName))" } ?? ""))
    }
    return parts.joined(separator: " ")
  }

  /// "'over the past year' (2016-05-03..2017-05-03)".
  static func time(_ claim: Claim) -> String {
    guard let time = claim.time else { return "'\(claim.text)'" }
    return "'\(claim.text)' (\(time.intervalText))"
  }

  /// "Belgium (a place)" or "'Rob Wainwright'".
  static func entity(_ claim: Claim) -> String {
    guard let entity = claim.entity else { return "'\(claim.text)'" }
    if entity.isKnown {
      let category = entity.category.map { " (\($0.displayName))" } ?? ""
      return Folding.fold(entity.canonical) == Folding.fold(claim.text) ? "\(entity.canonical)\(category)" : "'\(claim.text)' = \(entity.canonical)\(category)"
    }
    return "'\(claim.text)'"
  }
}
