import Claims
import Core
import Foundation
import Glossary
import Ingest

/// Aligns two articles' sentences with a monotonic dynamic programme over groups of up to
/// three sentences a side (1-1, 1-2, 2-1, 1-3, 3-1, 2-2), leaving unmatched the sentences
/// nothing on the other side explains.
///
/// A group's gain is, for every sentence in it, how much of that sentence's content the other
/// side carries, less a threshold: a sentence joins a group only if the other side explains
/// it, so that an added sentence ("Anche delle più note.") is not swallowed by its neighbours.
public struct Aligner: Sendable {
  public let termBase: TermBase
  /// How much of a sentence the other side must explain for the pair to be worth making.
  public var threshold: Double = 0.2
  /// Only groups within this many sentences of the diagonal are tried (banded DP).
  public var band: Int = 40

  public init(termBase: TermBase) { self.termBase = termBase }

  public func align(source: Article, sourceClaims: [Claim], target: Article, targetClaims: [Claim]) -> [ClaimPair] {
    let interner = SentenceKeys.Interner()
    var sourceUnits = units(source, claims: sourceClaims, interner: interner)
    var targetUnits = units(target, claims: targetClaims, interner: interner)
    Self.weighByRarity(&sourceUnits, &targetUnits)
    let n = sourceUnits.count
    let m = targetUnits.count
    let moves = [(1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (2, 2), (1, 0), (0, 1)]
    var best = [[Double]](repeating: [Double](repeating: -Double.infinity, count: m + 1), count: n + 1)
    var back = [[(Int, Int, Double)]](repeating: [(Int, Int, Double)](repeating: (0, 0, 0), count: m + 1), count: n + 1)
    best[0][0] = 0
    let slope = n == 0 ? 1.0 : Double(m) / Double(n)
    let band = max(self.band, abs(n - m) + 8)
    for i in 0...n {
      for j in 0...m where best[i][j] > -Double.infinity {
        if abs(Double(j) - Double(i) * slope) > Double(band) && i < n && j < m { continue }
        for (di, dj) in moves where i + di <= n && j + dj <= m {
          let (gain, score) = groupGain(sourceUnits[i..<(i + di)], targetUnits[j..<(j + dj)])
          if di > 0 && dj > 0 && gain <= 0 { continue }
          let candidate = best[i][j] + gain
          if candidate > best[i + di][j + dj] {
            best[i + di][j + dj] = candidate
            back[i + di][j + dj] = (di, dj, score)
          }
        }
      }
    }
    var groups: [(ArraySlice<Unit>, ArraySlice<Unit>, Double)] = []
    var i = n
    var j = m
    while i > 0 || j > 0 {
      let (di, dj, score) = back[i][j]
      if di == 0 && dj == 0 { break }
      groups.append((sourceUnits[(i - di)..<i], targetUnits[(j - dj)..<j], score))
      i -= di
      j -= dj
    }
    return groups.reversed().flatMap { group -> [ClaimPair] in
      let (s, t, score) = group
      if !s.isEmpty && !t.isEmpty {
        return [
          ClaimPair(
            source: s.map(\.sentence), target: t.map(\.sentence), score: score, sourceClaims: s.flatMap(\.claims),
            targetClaims: t.flatMap(\.claims))
        ]
      }
      return s.map { ClaimPair(source: [$0.sentence], target: [], score: 0, sourceClaims: $0.claims, targetClaims: []) }
        + t.map { ClaimPair(source: [], target: [$0.sentence], score: 0, sourceClaims: [], targetClaims: $0.claims) }
    }
  }

  struct Unit {
    var sentence: Int
    /// The sentence's length in Unicode scalars, for the length prior.
    var length: Int
    /// Titles and headings pair with titles and headings, body with body.
    var isHeading: Bool
    var claims: [Claim]
    var keys: SentenceKeys
  }

  private func units(_ article: Article, claims: [Claim], interner: SentenceKeys.Interner) -> [Unit] {
    let text = ScalarText(article.text)
    var bySentence: [Int: [Claim]] = [:]
    for claim in claims { bySentence[claim.sentence, default: []].append(claim) }
    return article.sentences.filter(\.role.makesClaims).map { sentence in
      let own = bySentence[sentence.index] ?? []
      return Unit(
        sentence: sentence.index, length: sentence.range.length, isHeading: sentence.role == .title || sentence.role == .heading, claims: own,
        keys: SentenceKeys.make(
          sentence: sentence, claims: own, text: text, language: article.language, termBase: termBase, senses: .shipped,
          interner: interner))
    }
  }

  /// Every sentence of a group must be at least this much explained by the other side: a
  /// long sentence is not paired with a short one that happens to share a word.
  static let minimumMemberContainment = 0.1

  /// What a sentence costs for joining a group whose other side is of another kind (a body
  /// sentence against a title): translations keep headlines as headlines.
  static let rolePenalty = 0.3

  /// Scales each key's weight down by how many sentences carry it, the way IDF does: a name
  /// the whole article repeats ("Europol", "Daesh") says little about which sentences pair.
  static func weighByRarity(_ source: inout [Unit], _ target: inout [Unit]) {
    var frequency: [Int: Double] = [:]
    for unit in source + target {
      for key in unit.keys.universe.elements { frequency[key, default: 0] += 0.5 }
    }
    func reweigh(_ units: inout [Unit]) {
      for index in units.indices {
        for slot in units[index].keys.slots.indices {
          let keys = units[index].keys.slots[slot].keys
          let rarest = keys.map { frequency[$0] ?? 1 }.min() ?? 1
          units[index].keys.slots[slot].weight /= max(1, rarest).squareRoot()
        }
      }
    }
    reweigh(&source)
    reweigh(&target)
  }

  private func groupGain(_ source: ArraySlice<Unit>, _ target: ArraySlice<Unit>) -> (gain: Double, score: Double) {
    guard !source.isEmpty, !target.isEmpty else { return (0, 0) }
    let sourceKeys = ArraySlice(source.map(\.keys))
    let targetKeys = ArraySlice(target.map(\.keys))
    var gain = 0.0
    var total = 0.0
    let sourceHeadings = source.contains(where: \.isHeading)
    let targetHeadings = target.contains(where: \.isHeading)
    for unit in source {
      let c = unit.keys.containment(in: targetKeys)
      if c < Self.minimumMemberContainment { return (-1, 0) }
      gain += c - threshold - (unit.isHeading == targetHeadings ? 0 : Self.rolePenalty)
      total += c
    }
    for unit in target {
      let c = unit.keys.containment(in: sourceKeys)
      if c < Self.minimumMemberContainment { return (-1, 0) }
      gain += c - threshold - (unit.isHeading == sourceHeadings ? 0 : Self.rolePenalty)
      total += c
    }
    // The length prior helps a short sentence pair that differs in a name; it must not glue
    // weakly related sentences into a group.
    if source.count == 1 && target.count == 1 {
      gain += lengthBonus(source.reduce(0) { $0 + $1.length }, target.reduce(0) { $0 + $1.length })
    }
    return (gain, total / Double(source.count + target.count))
  }

  /// Gale and Church's observation: a translation's length is close to a fixed multiple of its
  /// source's. A group whose lengths fit earns up to `maximumLengthBonus`, which lets two short
  /// sentences that differ in one name still pair.
  private func lengthBonus(_ sourceLength: Int, _ targetLength: Int) -> Double {
    guard sourceLength > 0, targetLength > 0 else { return 0 }
    let ratio = Double(targetLength) / Double(sourceLength) / Self.expectedLengthRatio
    let distance = abs(log(ratio)) / log(1.6)
    return Self.maximumLengthBonus * max(0, 1 - distance)
  }

  /// Italian runs about a tenth longer than English; the ratio is inverted for Italian sources
  /// by the symmetric distance above only approximately, which the tolerance absorbs.
  static let expectedLengthRatio = 1.0
  static let maximumLengthBonus = 0.25
}
