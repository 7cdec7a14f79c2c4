import Align
import Claims
import Core
import Foundation
import Glossary

/// Same value on both sides, but a different thing is counted.
struct CountedThingRule: DiscrepancyRule {
  static let spec = RuleSpec(
    id: "quantity.counted-thing",
    severity: .error,
    summary: "Same value, but a different thing is counted",
    rationale: "A matching figure can hide a mistranslated noun: items became people.",
    nonTriggering: [
      .pair(en: "Europol flagged 52 social media platforms.", it: "Europol ha segnalato 52 piattaforme di social media."),
      .pair(en: "It was a 48-hour operation.", it: "È stata un'operazione di 48 ore."),
    ],
    triggering: [
      .pair(
        en: "Europol said ↓more than 2,000 extremist items were identified.",
        it: "Europol ha detto che sono stati identificati ↓oltre 2.000 estremisti.",
        message:
          "Both say more than 2000, but English counts 'extremist items' (content) and Italian counts 'estremisti' (people)")
    ])

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    pairs.filter(\.isMatched).flatMap { pair in
      QuantityMatching(pair).equalValue.compactMap { match -> Finding? in
        guard let a = match.source.quantity, let b = match.target.quantity, let ca = a.countedClass, let cb = b.countedClass,
          ca != cb, let countedA = a.counted, let countedB = b.counted
        else { return nil }
        return Finding(
          rule: Self.spec.id, severity: context.severity,
          message:
            "Both say \(Describe.quantity(a, withCounted: false)), but \(context.languageName(.source)) counts '\(countedA)' (\(ca.displayName)) and \(context.languageName(.target)) counts '\(countedB)' (\(cb.displayName))",
          source: context.evidence(match.source, side: .source), target: context.evidence(match.target, side: .target))
      }
    }
  }
}
