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
      // A name half translated: cognates, not misspellings.
      .pair(en: "He spoke for the Soviet Union.", it: "Ha parlato per l'Unione Sovietica."),
    ],
    triggering: [
      .pair(
        en: "Officials came from Greece, Poland and ↓Portugal.", it: "Sono arrivati funzionari da Grecia, Polonia e ↓Portogalli.",
        message: "Italian 'Portogalli' looks like a misspelling of 'Portogallo' (Portugal)"),
      // A name no glossary knows, kept on both sides, with one word a letter off.
      .pair(
        en: "It was adopted by projects such as the ↓Corona Warn App.", it: "È stata adottata da progetti come l'App ↓Corana Warn.",
        message: "Italian 'Corana' in 'Corana Warn' looks like a misspelling of 'Corona' in 'Corona Warn App'"),
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
      // Unknown names kept on both sides: matched, or unmatched because a word differs.
      let unknown = { (claim: Claim) in claim.entity?.isKnown == false }
      var kept = matching.matched.filter { unknown($0.source) && unknown($0.target) }
      for source in matching.unmatchedSource where unknown(source) {
        for target in matching.unmatchedTarget where unknown(target) && Self.shareAWord(source.text, target.text) { kept.append((source, target)) }
      }
      for (source, target) in kept {
        if let finding = misspeltWord(source, target, context: context) { findings.append(finding) }
      }
    }
    return findings
  }

  /// Whether two names have a word of three letters or more in common, as written.
  static func shareAWord(_ a: String, _ b: String) -> Bool {
    let words = Set(Folding.fold(a).split { !ScalarClass.isLetter($0) }.filter { $0.count >= 3 })
    return Folding.fold(b).split { !ScalarClass.isLetter($0) }.contains { $0.count >= 3 && words.contains($0) }
  }

  /// One name both sides keep untranslated, with a word a few letters off on one side that no
  /// dictionary knows: "Corona Warn App" and "App tedesca Corana Warn". A word that is a
  /// dictionary word or a cognate of the other ("Union" and "Unione") is a translation.
  func misspeltWord(_ source: Claim, _ target: Claim, context: RuleContext) -> Finding? {
    let sourceWords = Folding.fold(source.text).split { !ScalarClass.isLetter($0) }.map(String.init)
    let targetWords = Folding.fold(target.text).split { !ScalarClass.isLetter($0) }.map(String.init)
    let senses = WordSenses.shipped
    for (unknownSide, words, others) in [(Side.target, targetWords, sourceWords), (.source, sourceWords, targetWords)] {
      for word in words where word.count >= 5 && !others.contains(word) && !senses.isDictionaryForm(word) {
        guard
          let near = others.first(where: { other in
            other.first == word.first && !words.contains(other) && EntityMatching.nameKey(Substring(other)) != EntityMatching.nameKey(Substring(word))
              && Folding.editDistance(word, other, limit: Self.allowedEdits(other)) <= Self.allowedEdits(other)
          })
        else { continue }
        let (claim, other) = unknownSide == .target ? (target, source) : (source, target)
        let knownSide: Side = unknownSide == .target ? .source : .target
        let written = claim.text.split { !ScalarClass.isLetter($0) }.first { Folding.fold(String($0)) == word }.map(String.init) ?? word
        let intended = other.text.split { !ScalarClass.isLetter($0) }.first { Folding.fold(String($0)) == near }.map(String.init) ?? near
        return Finding(
          rule: Self.spec.id, severity: context.severity,
          message: "\(context.languageName(unknownSide)) '\(written)' in '\(claim.text)' looks like a misspelling of '\(intended)' in '\(other.text)'",
          evidence: context.evidence(claim, side: unknownSide), on: unknownSide, other: context.evidence(other, side: knownSide))
      }
    }
    return nil
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
