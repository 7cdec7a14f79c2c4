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

  /// The findings for the sentences as one group of every sentence of each side, its score given.
  func groupFindings(english: [String], italian: [String], score: Double) throws -> [Finding] {
    let comparer = try #require(Self.comparer)
    let source = try comparer.read(bytes: Array(english.joined(separator: "\n\n").utf8), path: "en.txt", language: .english)
    let target = try comparer.read(bytes: Array(italian.joined(separator: "\n\n").utf8), path: "it.txt", language: .italian)
    let pair = ClaimPair(
      source: Array(english.indices), target: Array(italian.indices), score: score, sourceClaims: comparer.claims(in: source),
      targetClaims: comparer.claims(in: target))
    return DiffRunner().findings(pairs: [pair], source: source, target: target, termBase: comparer.termBase)
      .filter { $0.rule == "polarity.mismatch" }
  }

  /// Two sentences the alignment grouped as two, scoring under the half that comparing claims
  /// one by one needs, still count their negations: the group holds all both sides say there.
  @Test func negationsCountOverALooserGroup() throws {
    let english = ["I think the younger players had fun having a go at him this week, which was fun to see.", "He provides a lot more than just play."]
    let italian = [
      "Credo che i giocatori più giovani si siano divertiti a cimentarsi contro di lui questa settimana, una cosa che non è stata divertente da guardare.",
      "Ha fatto molto di più che giocare.",
    ]
    #expect(try groupFindings(english: english, italian: italian, score: 0.42).count == 1)
    #expect(try groupFindings(english: english, italian: italian, score: 0.2).isEmpty)
  }

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
