import Align
import Claims
import Core
import Foundation

/// Exact on one side, approximate or bounded on the other.
struct ApproximationRule: DiscrepancyRule {
  static let spec = RuleSpec(
    id: "quantity.approximation",
    severity: .warning,
    summary: "Exact on one side, approximate or bounded on the other",
    rationale: "'More than 2,000' and '2,000' are different claims; a dropped qualifier turns an estimate into a count.",
    nonTriggering: [
      .pair(en: "More than 2,000 items were found.", it: "Sono stati trovati oltre 2.000 elementi."),
      .pair(en: "About 30 people were hurt.", it: "Circa 30 persone sono rimaste ferite."),
      .pair(en: "At least 12 people died.", it: "Sono morte almeno 12 persone."),
    ],
    triggering: [
      .pair(en: "↓More than 2,000 items were found.", it: "Sono stati trovati ↓2.000 elementi."),
      .pair(en: "↓About 30 people were hurt.", it: "Sono rimaste ferite ↓almeno 30 persone."),
    ])

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    pairs.filter(\.isMatched).flatMap { pair in
      QuantityMatching(pair).equalValue.compactMap { match -> Finding? in
        guard let a = match.source.quantity, let b = match.target.quantity, a.qualifier.family != b.qualifier.family else {
          return nil
        }
        return Finding(
          rule: Self.spec.id, severity: context.severity,
          message:
            "\(context.languageName(.source)) says \(a.qualifier.phrase) \(a.valueText) (\(a.qualifier.family)); \(context.languageName(.target)) says \(b.qualifier.phrase) \(b.valueText) (\(b.qualifier.family))",
          source: context.evidence(match.source, side: .source), target: context.evidence(match.target, side: .target))
      }
    }
  }
}
