import Align
import Core
import Foundation

/// Every rule claimdiff runs, in report order.
public enum RuleRegistry {
  public static let all: [any DiscrepancyRule.Type] = [
    QuantityValueRule.self,
    CountedThingRule.self,
    ApproximationRule.self,
    QuantityMissingRule.self,
    TimeMismatchRule.self,
    TimeMissingRule.self,
    EntityMismatchRule.self,
    EntityMissingRule.self,
    EntitySpellingRule.self,
    QuoteSpeakerRule.self,
    QuoteContentRule.self,
    PolarityMismatchRule.self,
    ClaimOmittedRule.self,
    ClaimAddedRule.self,
  ]

  /// Rule ids of DESIGN.md's table not implemented yet.
  public static let pending: [String] = []

  public static var specs: [RuleSpec] { all.map { $0.spec } }

  public static func rule(id: String) -> (any DiscrepancyRule.Type)? { all.first { $0.spec.id == id } }
}
