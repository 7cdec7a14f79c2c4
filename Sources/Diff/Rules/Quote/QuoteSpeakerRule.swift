import Align
import Claims
import Core
import Foundation

/// A quote is attributed to different people.
struct QuoteSpeakerRule: DiscrepancyRule {
  static let spec = RuleSpec(
    id: "quote.speaker",
    severity: .error,
    summary: "A quote is attributed to different people",
    rationale: "Putting words in the wrong mouth is among the most damaging errors a news translation can make; readers quote the quote.",
    nonTriggering: [
      .pair(en: "“We will not stop,” Wainwright said.", it: "«Non ci fermeremo», ha detto Wainwright."),
      .pair(en: "“We will not stop,” said Rob Wainwright.", it: "«Non ci fermeremo», ha detto Wainwright."),
      .pair(en: "“We will not stop,” he said.", it: "«Non ci fermeremo», ha detto Adams."),
      // Attribution restructured: both names are on both sides.
      .pair(
        en: "“We will rebuild,” World Vision's Adams said.", it: "«Ricostruiremo», ha detto Adams di World Vision."),
    ],
    triggering: [
      .pair(
        en: "↓“We will not stop,” Wainwright said.", it: "↓«Non ci fermeremo», ha detto Adams.",
        message: "English attributes the quote to Wainwright; Italian to Adams"),
      .pair(en: "↓“The threat is rising,” Mr. Adams told reporters.", it: "↓“La minaccia cresce”, ha detto ai giornalisti Johnson."),
    ])

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    for pair in pairs where pair.isCloseTranslation {
      // Only quotes whose sentence names the speaker: one inferred from "he said" is a guess.
      let source = pair.sourceClaims.filter { $0.quote?.isAttributedByName == true }
      let target = pair.targetClaims.filter { $0.quote?.isAttributedByName == true }
      guard !source.isEmpty, !target.isEmpty else { continue }
      let sourceText = pair.source.compactMap { context.evidence(sentence: $0, side: .source)?.text }.joined(separator: " ")
      let targetText = pair.target.compactMap { context.evidence(sentence: $0, side: .target)?.text }.joined(separator: " ")
      // Quotes keep their order in a translation; the n-th attributed quote on one side is the
      // n-th on the other.
      for (a, b) in zip(source, target) {
        guard let speakerA = a.quote?.speaker, let speakerB = b.quote?.speaker, !Self.sameSpeaker(speakerA, speakerB),
          // A swap puts a name in place of the other: when either side also names the other's
          // speaker, the attribution was restructured, not changed.
          !Self.mentions(targetText, speakerA), !Self.mentions(sourceText, speakerB)
        else { continue }
        findings.append(
          Finding(
            rule: Self.spec.id, severity: context.severity,
            message: "\(context.languageName(.source)) attributes the quote to \(speakerA); \(context.languageName(.target)) to \(speakerB)",
            source: context.evidence(a, side: .source), target: context.evidence(b, side: .target)))
      }
    }
    return findings
  }

  /// Whether `text` names any word of `speaker` (by its cognate key, so "Sainsbury's" and
  /// "Sainsbury" agree).
  static func mentions(_ text: String, _ speaker: String) -> Bool {
    let words = Set(Folding.fold(text).split { !ScalarClass.isLetter($0) }.compactMap(EntityMatching.nameKey))
    return Folding.fold(speaker).split { !ScalarClass.isLetter($0) }.filter { $0.count >= 3 }.compactMap(EntityMatching.nameKey).contains(where: words.contains)
  }

  /// One person named two ways: the same name, the surname alone against the full name, or
  /// the same name with a title ("Mr. Adams", "Adams").
  static func sameSpeaker(_ a: String, _ b: String) -> Bool {
    let wordsA = Folding.fold(a).split { !ScalarClass.isLetter($0) }
    let wordsB = Folding.fold(b).split { !ScalarClass.isLetter($0) }
    guard let lastA = wordsA.last, let lastB = wordsB.last else { return true }
    return Folding.cognateKey(String(lastA)) == Folding.cognateKey(String(lastB))
  }
}
