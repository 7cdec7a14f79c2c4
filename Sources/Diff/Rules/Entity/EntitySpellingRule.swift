import Align
import Claims
import Core
import Foundation
import Glossary

/// A name is a near-miss of a known form of a name on the other side.
struct EntitySpellingRule: DiscrepancyRule {
  static let spec = RuleSpec(
    id: "entity.spelling",
    severity: .info,
    summary: "A name is a near-miss of a known form",
    rationale: "'Portogalli' for 'Portogallo' is a typo, not a different country; say so quietly instead of calling it a swap.",
    nonTriggering: [
      .pair(en: "Officials came from Belgium and Portugal.", it: "Sono arrivati funzionari da Belgio e Portogallo."),
      .pair(en: "Rob Wainwright spoke in London.", it: "Rob Wainwright ha parlato a Londra."),
    ],
    triggering: [
      .pair(
        en: "Officials came from Greece, Poland and ↓Portugal.", it: "Sono arrivati funzionari da Grecia, Polonia e ↓Portogalli.",
        message: "Italian 'Portogalli' looks like a misspelling of 'Portogallo' (Portugal)")
    ])

  /// How many edits a name may be off and still be a misspelling: one per four letters, at
  /// most two.
  static func allowedEdits(_ word: String) -> Int { min(2, max(1, word.count / 4)) }

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    for (index, pair) in pairs.enumerated() where pair.isMatched {
      let matching = context.entityMatching(pairs, index)
      findings += misspellings(unknown: matching.unmatchedTarget, known: matching.unmatchedSource, unknownSide: .target, context: context)
      findings += misspellings(unknown: matching.unmatchedSource, known: matching.unmatchedTarget, unknownSide: .source, context: context)
    }
    return findings
  }

  /// Names on one side the glossary does not know that are a few edits from a known form of a
  /// name on the other side.
  func misspellings(unknown: [Claim], known: [Claim], unknownSide: Side, context: RuleContext) -> [Finding] {
    let language = context.language(unknownSide)
    var findings: [Finding] = []
    for claim in unknown where claim.entity?.isKnown == false {
      let written = Folding.fold(claim.text)
      for other in known {
        guard let id = other.entity?.term, let term = context.termBase.term(id: id) else { continue }
        let candidates = term.forms(in: language) + term.aliases
        guard
          let near = candidates.first(where: {
            let form = Folding.fold($0)
            return form != written && Folding.editDistance(written, form, limit: Self.allowedEdits(form)) <= Self.allowedEdits(form)
          })
        else { continue }
        let knownSide: Side = unknownSide == .source ? .target : .source
        let evidence = context.evidence(claim, side: unknownSide)
        let otherEvidence = context.evidence(other, side: knownSide)
        findings.append(
          Finding(
            rule: Self.spec.id, severity: context.severity,
            message: "\(context.languageName(unknownSide)) '\(claim.text)' looks like a misspelling of '\(near)' (\(term.preferred(in: .english)))",
            evidence: evidence, on: unknownSide, other: otherEvidence))
        break
      }
    }
    return findings
  }
}
