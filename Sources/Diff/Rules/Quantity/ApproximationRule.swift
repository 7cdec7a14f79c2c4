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
    rationale:
      "'More than 2,000' and '2,000' are different claims; a dropped qualifier turns an estimate into a count. A hedge alone ('about 30' against '30') is reported one level lower, since translators add and drop 'about' freely.",
    nonTriggering: [
      .pair(en: "More than 2,000 items were found.", it: "Sono stati trovati oltre 2.000 elementi."),
      .pair(en: "About 30 people were hurt.", it: "Circa 30 persone sono rimaste ferite."),
      .pair(en: "At least 12 people died.", it: "Sono morte almeno 12 persone."),
      .pair(en: "It has lacked an opposition for more than a decade.", it: "È priva d'opposizione da più d'un decennio."),
      .pair(en: "Unemployment is more than 20 percent.", it: "La disoccupazione è di oltre il 20%."),
      .pair(en: "Ratings doubled to 1.6 million.", it: "Gli ascolti sono raddoppiati fino a 1,6 milioni."),
    ],
    triggering: [
      .pair(en: "↓More than 2,000 items were found.", it: "Sono stati trovati ↓2.000 elementi."),
      .pair(en: "↓About 30 people were hurt.", it: "Sono rimaste ferite ↓almeno 30 persone."),
      .pair(en: "The rally is set for ↓7 p.m. on Saturday.", it: "Il comizio è previsto intorno ↓alle 19 di sabato."),
      // A hedge before a score, once for the score.
      .pair(en: "The Tigers lost on Saturday, a ↓31-27 defeat.", it: "I Tigers hanno perso sabato per ↓circa 31 a 27."),
    ])

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    pairs.filter(\.isMatched).flatMap { pair in quantities(pair, context: context) + times(pair, context: context) }
  }

  /// The same day or time of day, given exactly on one side and hedged or bounded on the other:
  /// "on 29 September" against "circa il 29 settembre".
  private func times(_ pair: ClaimPair, context: RuleContext) -> [Finding] {
    TimeMatching(pair).equal.compactMap { match -> Finding? in
      let a = match.source.timeQualifier ?? .exact
      let b = match.target.timeQualifier ?? .exact
      guard !a.isCompatible(with: b) else { return nil }
      let severity = a.isHedge(against: b) ? context.severity.lowered : context.severity
      return Finding(
        rule: Self.spec.id, severity: severity,
        message:
          "\(context.languageName(.source)) says \(a.phrase) '\(match.source.text)' (\(a.family)); \(context.languageName(.target)) says \(b.phrase) '\(match.target.text)' (\(b.family))",
        source: context.evidence(match.source, side: .source), target: context.evidence(match.target, side: .target))
    }
  }

  private func quantities(_ pair: ClaimPair, context: RuleContext) -> [Finding] {
      QuantityMatching(pair).equalValue.compactMap { match -> Finding? in
        guard let a = match.source.quantity, let b = match.target.quantity, !a.qualifier.isCompatible(with: b.qualifier) else {
          return nil
        }
        let severity = a.qualifier.isHedge(against: b.qualifier) ? context.severity.lowered : context.severity
        return Finding(
          rule: Self.spec.id, severity: severity,
          message:
            "\(context.languageName(.source)) says \(a.qualifier.phrase) \(a.valueText) (\(a.qualifier.family)); \(context.languageName(.target)) says \(b.qualifier.phrase) \(b.valueText) (\(b.qualifier.family))",
          source: context.evidence(match.source, side: .source), target: context.evidence(match.target, side: .target))
      }
  }
}
