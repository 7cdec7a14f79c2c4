import Claims
import Core
import Foundation
import Glossary
import Ingest

/// Aligns two articles' sentences with a monotonic dynamic programme over groups of up to
/// three sentences on one side against one on the other (1-1, 1-2, 2-1, 1-3, 3-1), leaving
/// unmatched the sentences nothing on the other side explains. No group joins two sentences
/// to two: a translation rarely reorders across two sentences (Gale and Church's counts put it
/// at about one group in a hundred), while two neighbours that share names — a headline and
/// its lead — would always gain by being grouped, and each be linked to the other's
/// translation.
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
    align(
      source: source, sourceTokens: ArticleTokens(source, termBase: termBase), sourceClaims: sourceClaims, target: target,
      targetTokens: ArticleTokens(target, termBase: termBase),
      targetClaims: targetClaims)
  }

  /// Aligns two articles already tokenised, as a comparison does once for every stage.
  public func align(
    source: Article, sourceTokens: ArticleTokens, sourceClaims: [Claim], target: Article, targetTokens: ArticleTokens, targetClaims: [Claim]
  ) -> [ClaimPair] {
    var interner = SentenceKeys.Interner()
    var sourceUnits = units(source, tokens: sourceTokens, claims: sourceClaims, interner: &interner)
    var targetUnits = units(target, tokens: targetTokens, claims: targetClaims, interner: &interner)
    Self.weighByRarity(&sourceUnits, &targetUnits)
    let n = sourceUnits.count
    let m = targetUnits.count
    var coverage = (source: Coverage(sourceUnits, by: targetUnits), target: Coverage(targetUnits, by: sourceUnits))
    let moves = [(1, 1), (1, 2), (2, 1), (1, 3), (3, 1), (1, 0), (0, 1)]
    var best = [[Double]](repeating: [Double](repeating: -Double.infinity, count: m + 1), count: n + 1)
    var back = [[(Int, Int, Double)]](repeating: [(Int, Int, Double)](repeating: (0, 0, 0), count: m + 1), count: n + 1)
    best[0][0] = 0
    let slope = n == 0 ? 1.0 : Double(m) / Double(n)
    let band = max(self.band, abs(n - m) + 8)
    for i in 0...n {
      for j in 0...m where best[i][j] > -Double.infinity {
        if abs(Double(j) - Double(i) * slope) > Double(band) && i < n && j < m { continue }
        for (di, dj) in moves where i + di <= n && j + dj <= m {
          let (gain, score) = groupGain(i..<(i + di), j..<(j + dj), sourceUnits, targetUnits, &coverage)
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
    let pairs = groups.reversed().flatMap { group -> [ClaimPair] in
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
    let linked = Self.linkMoved(pairs, sourceUnits, targetUnits, &coverage)
    return Self.linkGaps(linked, sourceUnits, targetUnits, &coverage)
  }

  /// How much each of a source and a target sentence left alone between the same two aligned
  /// pairs must explain the other to be taken for a translation: their place says so already.
  static let gapContainment = 0.05

  /// Links one source and one target sentence the programme left unmatched side by side,
  /// between two aligned pairs (or an aligned pair and the article's end), when each explains
  /// a little of the other and their lengths fit: a short sentence whose one claim the
  /// translation changed ("On Saturday, a little boy was plucked from a sewer" against
  /// "Giovedì un bambino è stato estratto da uno scarico") is the same sentence, and the rules
  /// should compare it, not report one omitted and one added.
  private static func linkGaps(
    _ pairs: [ClaimPair], _ sourceUnits: [Unit], _ targetUnits: [Unit], _ coverage: inout (source: Coverage, target: Coverage)
  ) -> [ClaimPair] {
    let sourceUnit = Dictionary(uniqueKeysWithValues: sourceUnits.enumerated().map { ($1.sentence, $0) })
    let targetUnit = Dictionary(uniqueKeysWithValues: targetUnits.enumerated().map { ($1.sentence, $0) })
    func isAligned(_ index: Int) -> Bool { index < 0 || index >= pairs.count || pairs[index].isMatched }
    var result: [ClaimPair] = []
    var index = 0
    while index < pairs.count {
      if index + 1 < pairs.count, isAligned(index - 1), isAligned(index + 2) {
        let (a, b) = (pairs[index], pairs[index + 1])
        let lone = a.target.isEmpty && a.source.count == 1 && b.source.isEmpty && b.target.count == 1
          ? (a, b) : (b.target.isEmpty && b.source.count == 1 && a.source.isEmpty && a.target.count == 1 ? (b, a) : nil)
        if let (s, t) = lone, let i = sourceUnit[s.source[0]], let j = targetUnit[t.target[0]],
          sourceUnits[i].isHeading == targetUnits[j].isHeading
        {
          let ratio = Double(targetUnits[j].length) / Double(max(1, sourceUnits[i].length))
          let score = min(coverage.source.containment(of: i, in: j..<(j + 1)), coverage.target.containment(of: j, in: i..<(i + 1)))
          if ratio > 0.5, ratio < 2, score >= gapContainment {
            result.append(ClaimPair(source: s.source, target: t.target, score: score, sourceClaims: s.sourceClaims, targetClaims: t.targetClaims))
            index += 2
            continue
          }
        }
      }
      result.append(pairs[index])
      index += 1
    }
    return result
  }

  /// How much each of two sentences the other must explain for a sentence left unmatched on
  /// each side to be taken for one sentence moved (a paragraph put elsewhere by the translator)
  /// rather than one dropped and another added.
  static let movedContainment = 0.35

  /// Links sentences the monotonic programme left unmatched on both sides when each explains
  /// the other well: a moved paragraph. The pair takes the source sentence's place.
  private static func linkMoved(
    _ pairs: [ClaimPair], _ sourceUnits: [Unit], _ targetUnits: [Unit], _ coverage: inout (source: Coverage, target: Coverage)
  ) -> [ClaimPair] {
    let lonelySource = pairs.indices.filter { pairs[$0].target.isEmpty && pairs[$0].source.count == 1 }
    let lonelyTarget = pairs.indices.filter { pairs[$0].source.isEmpty && pairs[$0].target.count == 1 }
    guard !lonelySource.isEmpty, !lonelyTarget.isEmpty else { return pairs }
    let sourceUnit = Dictionary(uniqueKeysWithValues: sourceUnits.enumerated().map { ($1.sentence, $0) })
    let targetUnit = Dictionary(uniqueKeysWithValues: targetUnits.enumerated().map { ($1.sentence, $0) })
    var candidates: [(score: Double, source: Int, target: Int)] = []
    for s in lonelySource {
      guard let i = sourceUnit[pairs[s].source[0]] else { continue }
      for t in lonelyTarget {
        guard let j = targetUnit[pairs[t].target[0]] else { continue }
        let forward = coverage.source.containment(of: i, in: j..<(j + 1))
        guard forward >= movedContainment else { continue }
        let score = min(forward, coverage.target.containment(of: j, in: i..<(i + 1)))
        if score >= movedContainment { candidates.append((score, s, t)) }
      }
    }
    var result = pairs
    var removed = Set<Int>()
    var usedSource = Set<Int>()
    for candidate in candidates.sorted(by: { $0.score > $1.score })
    where !usedSource.contains(candidate.source) && !removed.contains(candidate.target) {
      usedSource.insert(candidate.source)
      removed.insert(candidate.target)
      let (s, t) = (pairs[candidate.source], pairs[candidate.target])
      result[candidate.source] = ClaimPair(
        source: s.source, target: t.target, score: candidate.score, sourceClaims: s.sourceClaims, targetClaims: t.targetClaims)
    }
    return result.indices.filter { !removed.contains($0) }.map { result[$0] }
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

  private func units(_ article: Article, tokens: ArticleTokens, claims: [Claim], interner: inout SentenceKeys.Interner) -> [Unit] {
    var bySentence: [Int: [Claim]] = [:]
    for claim in claims { bySentence[claim.sentence, default: []].append(claim) }
    let senses = WordSenses.shipped
    var units: [Unit] = []
    for position in article.sentences.indices where article.sentences[position].role.makesClaims {
      let sentence = article.sentences[position]
      let own = bySentence[sentence.index] ?? []
      units.append(Unit(
        sentence: sentence.index, length: sentence.range.length, isHeading: sentence.role == .title || sentence.role == .heading, claims: own,
        keys: SentenceKeys.make(
          tokens: tokens[sentence: position], phrases: tokens.phrases(sentence: position), claims: own, language: article.language,
          senses: senses, interner: &interner)))
    }
    return units
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
    // Keys are small numbers given out in order: their frequencies fit an array. A key no
    // sentence carries counts 1, as it did when this was a dictionary.
    var keyCount = 0
    for unit in source + target {
      for key in unit.keys.universe.elements { keyCount = max(keyCount, key + 1) }
    }
    var frequency = [Double](repeating: 0, count: keyCount)
    for unit in source + target {
      for key in unit.keys.universe.elements { frequency[key] += 0.5 }
    }
    func reweigh(_ units: inout [Unit]) {
      for index in units.indices {
        for slot in units[index].keys.slots.indices {
          var rarest = Double.infinity
          for key in units[index].keys.slots[slot].keys {
            let count = key < frequency.count && frequency[key] > 0 ? frequency[key] : 1
            rarest = min(rarest, count)
          }
          if rarest == .infinity { rarest = 1 }
          units[index].keys.slots[slot].weight /= max(1, rarest).squareRoot()
        }
      }
    }
    reweigh(&source)
    reweigh(&target)
  }

  private func groupGain(
    _ sourceRange: Range<Int>, _ targetRange: Range<Int>, _ sourceUnits: [Unit], _ targetUnits: [Unit],
    _ coverage: inout (source: Coverage, target: Coverage)
  ) -> (gain: Double, score: Double) {
    guard !sourceRange.isEmpty, !targetRange.isEmpty else { return (0, 0) }
    var gain = 0.0
    var total = 0.0
    let sourceHeadings = sourceRange.contains { sourceUnits[$0].isHeading }
    let targetHeadings = targetRange.contains { targetUnits[$0].isHeading }
    for index in sourceRange {
      let c = coverage.source.containment(of: index, in: targetRange)
      if c < Self.minimumMemberContainment { return (-1, 0) }
      gain += c - threshold - (sourceUnits[index].isHeading == targetHeadings ? 0 : Self.rolePenalty)
      total += c
    }
    for index in targetRange {
      let c = coverage.target.containment(of: index, in: sourceRange)
      if c < Self.minimumMemberContainment { return (-1, 0) }
      gain += c - threshold - (targetUnits[index].isHeading == sourceHeadings ? 0 : Self.rolePenalty)
      total += c
    }
    // The length prior helps a short sentence pair that differs in a name; it must not glue
    // weakly related sentences into a group.
    if sourceRange.count == 1 && targetRange.count == 1 {
      gain += lengthBonus(sourceUnits[sourceRange.lowerBound].length, targetUnits[targetRange.lowerBound].length)
    }
    return (gain, total / Double(sourceRange.count + targetRange.count))
  }

  /// How much of each sentence of one side the sentences of the other side carry, with each
  /// sentence-against-sentence answer worked out once: the dynamic programme asks about the
  /// same pairs in many groups. A slot of a sentence is carried by a group when any member
  /// has one of its keys, so a group's answer is the union of its members' answers. A value
  /// the programme holds and changes in place: a class's stored memo would be checked for
  /// exclusive access at run time on every one of its several hundred thousand reads.
  struct Coverage {
    private let units: [Unit]
    private let others: [Unit]
    private let totals: [Double]
    /// For each (unit, other unit), the unit's slots the other carries, as bits.
    private var carried: [Int: [UInt64]] = [:]
    /// The same for a unit of at most 64 slots, nearly every sentence: one word, no array.
    private var carriedWord = WordMemo()

    init(_ units: [Unit], by others: [Unit]) {
      self.units = units
      self.others = others
      totals = units.map(\.keys.total)
    }

    /// The share of unit `index`'s weight the other side's units in `range` carry together.
    mutating func containment(of index: Int, in range: Range<Int>) -> Double {
      let total = totals[index]
      guard total > 0 else { return 0 }
      if units[index].keys.slots.count <= 64 {
        // The slots' weights are added in the same order as below, lowest bit first.
        var bits: UInt64 = 0
        for other in range { bits |= slotWord(of: index, carriedBy: other) }
        let slots = units[index].keys.slots
        var shared = 0.0
        while bits != 0 {
          shared += slots[bits.trailingZeroBitCount].weight
          bits &= bits - 1
        }
        return shared / (total + SentenceKeys.smoothing)
      }
      var bits = slots(of: index, carriedBy: range.lowerBound)
      for other in range.dropFirst() {
        for (word, value) in slots(of: index, carriedBy: other).enumerated() { bits[word] |= value }
      }
      var shared = 0.0
      let slots = units[index].keys.slots
      for (word, value) in bits.enumerated() where value != 0 {
        for bit in 0..<64 where value & (1 << UInt64(bit)) != 0 { shared += slots[word * 64 + bit].weight }
      }
      return shared / (total + SentenceKeys.smoothing)
    }

    /// `slots(of:carriedBy:)` for a unit of at most 64 slots.
    private mutating func slotWord(of index: Int, carriedBy other: Int) -> UInt64 {
      let key = index * others.count + other
      if let known = carriedWord.value(key) { return known }
      var bits: UInt64 = 0
      let universe = others[other].keys.universe
      for (position, slot) in units[index].keys.slots.enumerated() where slot.keys.contains(where: universe.contains) {
        bits |= 1 << UInt64(position)
      }
      carriedWord.insert(key, bits)
      return bits
    }

    private mutating func slots(of index: Int, carriedBy other: Int) -> [UInt64] {
      let key = index * others.count + other
      if let known = carried[key] { return known }
      let slots = units[index].keys.slots
      var bits = [UInt64](repeating: 0, count: (slots.count + 63) / 64)
      let universe = others[other].keys.universe
      for (position, slot) in slots.enumerated() where slot.keys.contains(where: universe.contains) {
        bits[position / 64] |= 1 << UInt64(position % 64)
      }
      carried[key] = bits
      return bits
    }
  }

  /// Slot words by a non-negative key, in an open-addressing table on a multiplicative hash:
  /// the dynamic programme asks for the same few thousand pairs over and over, and a
  /// `Dictionary`'s seeded hash costs more than the answer it finds.
  struct WordMemo {
    private var keys: [Int] = Array(repeating: -1, count: 256)
    private var values: [UInt64] = Array(repeating: 0, count: 256)
    private var count = 0

    private func slot(_ key: Int, in keys: [Int]) -> Int {
      let mask = keys.count - 1
      var slot = Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: key) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
      while keys[slot] != -1 && keys[slot] != key { slot = (slot + 1) & mask }
      return slot
    }

    func value(_ key: Int) -> UInt64? {
      let slot = slot(key, in: keys)
      return keys[slot] == key ? values[slot] : nil
    }

    mutating func insert(_ key: Int, _ value: UInt64) {
      if (count + 1) * 2 > keys.count {
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(repeating: -1, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        count = 0
        for (old, value) in zip(oldKeys, oldValues) where old != -1 { insert(old, value) }
      }
      let slot = slot(key, in: keys)
      if keys[slot] != key {
        keys[slot] = key
        count += 1
      }
      values[slot] = value
    }
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
