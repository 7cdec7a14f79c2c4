import Align
import Claims
import Core
import Foundation
import Glossary

/// Pairs the named entities of an aligned pair: the same glossary or CLDR term ("Belgium" and
/// "Belgio", "Daesh" and "Stato Islamico"), or the same unknown name, a surname matching a full
/// name ("Wainwright" and "Rob Wainwright").
struct EntityMatching {
  var matched: [(source: Claim, target: Claim)] = []
  var unmatchedSource: [Claim] = []
  var unmatchedTarget: [Claim] = []

  init(source: [Claim], target: [Claim]) {
    let sourceEntities = source.filter { $0.kind == .entity && $0.entity != nil }
    let targetEntities = target.filter { $0.kind == .entity && $0.entity != nil }
    var usedTarget = Set<Int>()
    for claim in sourceEntities {
      guard let entity = claim.entity else { continue }
      let hits = targetEntities.indices.filter { targetEntities[$0].entity.map { Self.same(entity, $0) } ?? false }
      if let first = hits.first(where: { !usedTarget.contains($0) }) ?? hits.first {
        matched.append((claim, targetEntities[first]))
        usedTarget.formUnion(hits)
      } else {
        unmatchedSource.append(claim)
      }
    }
    for (index, claim) in targetEntities.enumerated() where !usedTarget.contains(index) {
      guard let entity = claim.entity else { continue }
      // A name repeated on the target side that the source has once is still matched.
      if sourceEntities.contains(where: { $0.entity.map { Self.same($0, entity) } ?? false }) { continue }
      unmatchedTarget.append(claim)
    }
  }

  static func same(_ a: EntityMention, _ b: EntityMention) -> Bool {
    if let at = a.term, let bt = b.term { return at == bt }
    let fa = Folding.fold(a.canonical)
    let fb = Folding.fold(b.canonical)
    if fa == fb { return true }
    let wa = fa.split(separator: " ")
    let wb = fb.split(separator: " ")
    // An acronym against the name it abbreviates: "AMLO" and "Andres Manuel Lopez Obrador",
    // "JE" and "Johnny English".
    if isInitials(a.canonical, of: wb) || isInitials(b.canonical, of: wa) { return true }
    // A surname alone against the full name.
    if let la = wa.last, let lb = wb.last, la == lb, wa.count != wb.count { return true }
    // Two unknown names sharing a word, as written or as a cognate, are one name rearranged or
    // half translated: "Central Park's Great Lawn" and "Great Lawn di Central Park",
    // "Soviet Union" and "Unione Sovietica", "AMs" and "AM".
    guard a.term == nil, b.term == nil else { return false }
    let keysA = Set(wa.compactMap(Self.nameKey))
    let keysB = Set(wb.compactMap(Self.nameKey))
    guard !keysA.isDisjoint(with: keysB) else { return false }
    // …unless each keeps a proper name of its own: "Sheikh Hasina" and "Sheikh Chugoku" share a
    // title, not a name.
    func ownProperWords(_ words: [Substring], _ other: Set<String>) -> Bool {
      words.contains { word in
        guard let key = nameKey(word), !other.contains(key) else { return false }
        return !WordSenses.shipped.isCommonWord(String(word))
      }
    }
    return !(ownProperWords(wa, keysB) && ownProperWords(wb, keysA))
  }

  static func isInitials(_ acronym: String, of words: [Substring]) -> Bool {
    let letters = acronym.filter(\.isLetter)
    guard letters.count >= 2, letters.allSatisfy(\.isUppercase), words.count == letters.count else { return false }
    return zip(letters.lowercased(), words).allSatisfy { $0 == $1.first }
  }

  /// A word's key for comparing names: its first five letters with cognate spellings evened
  /// out, or the whole of a short word; "of", "di" and the like carry nothing.
  static func nameKey(_ word: Substring) -> String? {
    var letters = String(String.UnicodeScalarView(word.unicodeScalars.filter(ScalarClass.isLetter)))
    for elision in ["l", "dell", "all", "nell", "dall", "sull", "d"] where word.hasPrefix(elision + "'") {
      letters = String(letters.dropFirst(elision.count))
    }
    if letters.hasSuffix("s"), letters.count <= 4 { letters.removeLast() }
    guard letters.count >= 2, !connectors.contains(letters) else { return nil }
    return Folding.cognateKey(letters)
  }

  /// A looser key for finding a name's words in running text: the first four letters with
  /// doubled letters single ("Prague" and "Praga" both give "prag").
  static func looseKey(_ word: Substring) -> String? {
    guard let key = nameKey(word) else { return nil }
    return String(key.prefix(4))
  }

  static let connectors: Set<String> = ["of", "the", "di", "del", "della", "dei", "de", "da", "la", "le", "il", "and", "e"]
}

/// Claims of the pairs around one pair, on one side: what a rule checks before calling
/// something missing, since alignment can put a fact one sentence away.
struct Neighbourhood {
  let pairs: [ClaimPair]
  let radius: Int

  func claims(around index: Int, side: Side) -> [Claim] {
    let lower = max(0, index - radius)
    let upper = min(pairs.count - 1, index + radius)
    guard lower <= upper else { return [] }
    return (lower...upper).flatMap { side == .source ? pairs[$0].sourceClaims : pairs[$0].targetClaims }
  }
}
