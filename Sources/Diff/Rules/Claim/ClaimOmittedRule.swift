import Align
import Core
import Foundation

/// A checkable source claim has no counterpart in the target.
struct ClaimOmittedRule: DiscrepancyRule {
  static let spec = RuleSpec(
    id: "claim.omitted",
    severity: .info,
    summary: "A checkable source claim has no counterpart in the target",
    rationale: "A dropped sentence removes facts the reader of the translation never learns.",
    nonTriggering: [
      .pair(en: "Europol flagged 52 platforms. Britain will leave the EU.", it: "Europol ha segnalato 52 piattaforme. La Gran Bretagna lascerà l'UE.")
    ],
    triggering: [
      .pair(
        en: "Europol flagged 52 platforms. ↓Wainwright said Britain would leave the EU after Brexit in 2019.",
        it: "Europol ha segnalato 52 piattaforme.")
    ])

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    UnmatchedSentences.findings(in: pairs, side: .source, rule: Self.spec.id, context: context) { text in
      "\(context.languageName(.source)) says \"\(UnmatchedSentences.excerpt(text))\"; \(context.languageName(.target)) has no counterpart"
    }
  }
}
