import Align
import Core
import Foundation

/// A checkable target claim has no counterpart in the source.
struct ClaimAddedRule: DiscrepancyRule {
  static let spec = RuleSpec(
    id: "claim.added",
    severity: .info,
    summary: "A checkable target claim has no counterpart in the source",
    rationale: "An added sentence asserts what the source never said; a fact-checker must check it on its own.",
    nonTriggering: [
      .pair(en: "Europol flagged 52 platforms. Telegram was the most used.", it: "Europol ha segnalato 52 piattaforme. Telegram era la più usata.")
    ],
    triggering: [
      .pair(
        en: "Europol flagged 52 platforms.",
        it: "Europol ha segnalato 52 piattaforme. ↓Ciò grazie alla riservatezza garantita dalle chat private.")
    ])

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    UnmatchedSentences.findings(in: pairs, side: .target, rule: Self.spec.id, context: context) { text in
      "\(context.languageName(.source)) has no counterpart; \(context.languageName(.target)) says \"\(UnmatchedSentences.excerpt(text))\""
    }
  }
}
