import Align
import ClaimDiffKit
import Claims
import Foundation
import Testing

/// `polarity.mismatch` over pairs as the alignment gives them: when a long sentence is paired
/// with the first half of its translation, the negation of its second half is in the next
/// pair, and the two pairs balance.
@Suite struct PolarityAlignmentTests {
  static let comparer: Comparer? = try? Comparer(options: CompareOptions())

  func findings(english: [String], italian: [String], pairing: [(Int, Int)]) throws -> [Finding] {
    let comparer = try #require(Self.comparer)
    let source = try comparer.read(bytes: Array(english.joined(separator: "\n\n").utf8), path: "en.txt", language: .english)
    let target = try comparer.read(bytes: Array(italian.joined(separator: "\n\n").utf8), path: "it.txt", language: .italian)
    let sourceClaims = comparer.claims(in: source)
    let targetClaims = comparer.claims(in: target)
    let pairs = pairing.map { s, t in
      ClaimPair(
        source: [s], target: [t], score: 0.8, sourceClaims: sourceClaims.filter { $0.sentence == s },
        targetClaims: targetClaims.filter { $0.sentence == t })
    }
    return DiffRunner().findings(pairs: pairs, source: source, target: target, termBase: comparer.termBase)
      .filter { $0.rule == "polarity.mismatch" }
  }

  @Test func negationInTheNextPairOfASplitSentenceBalances() throws {
    let english = [
      "He hit rock bottom on Christmas Day, and when the children opened their presents he didn't look at them at all.",
      "The family left the next morning.",
    ]
    let italian = ["Il giorno di Natale ha toccato il fondo.", "Quando i bambini hanno aperto i regali non li ha guardati e la famiglia è partita."]
    #expect(try findings(english: english, italian: italian, pairing: [(0, 0), (1, 1)]).isEmpty)
  }

  @Test func negationAddedInAPairOfLikeLengthsIsReported() throws {
    let english = ["He looked at the children when they opened their presents.", "The family didn't leave the next morning."]
    let italian = ["Non ha guardato i bambini quando hanno aperto i regali.", "La famiglia è partita la mattina dopo."]
    #expect(try findings(english: english, italian: italian, pairing: [(0, 0), (1, 1)]).count == 2)
  }
}
