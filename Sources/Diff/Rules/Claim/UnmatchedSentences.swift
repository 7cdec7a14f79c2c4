import Align
import Claims
import Core
import Foundation
import Ingest

/// Sentences one side has and the other lacks, when they assert something checkable: a
/// claim, or enough content words to be a statement rather than a fragment.
enum UnmatchedSentences {
  /// The fewest content words a sentence without typed claims needs to count as a claim.
  static let minimumContentWords = 3

  static func checkable(_ sentence: Sentence, claims: [Claim], language: Language) -> Bool {
    if !claims.isEmpty { return true }
    let text = ScalarText(sentence.text)
    let words = Tokenizer.tokens(in: text, range: TextRange(start: 0, end: text.count)).filter {
      $0.kind == .word && !FunctionWords.contains($0.folded, language: language)
    }
    return words.count >= minimumContentWords
  }

  static func findings(
    in pairs: [ClaimPair], side: Side, rule: String, context: RuleContext, message: (String) -> String
  ) -> [Finding] {
    let article = side == .source ? context.source : context.target
    var findings: [Finding] = []
    for pair in pairs {
      let indices = side == .source ? pair.source : pair.target
      let otherIndices = side == .source ? pair.target : pair.source
      guard otherIndices.isEmpty else { continue }
      for index in indices where article.sentences.indices.contains(index) {
        let sentence = article.sentences[index]
        let claims = (side == .source ? pair.sourceClaims : pair.targetClaims).filter { $0.sentence == index }
        guard checkable(sentence, claims: claims, language: article.language),
          let evidence = context.evidence(sentence: index, side: side)
        else { continue }
        findings.append(
          Finding(
            rule: rule, severity: context.severity, message: message(sentence.text),
            evidence: evidence, on: side, other: nil))
      }
    }
    return findings
  }

  /// The first words of a sentence, for messages.
  static func excerpt(_ text: String) -> String {
    let words = text.spaceSeparated
    return words.count <= 12 ? text : words.prefix(12).joined(separator: " ") + " …"
  }
}
