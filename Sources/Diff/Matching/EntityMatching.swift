import Align
import Claims
import Core
import Foundation

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
    // A surname alone against the full name.
    if let la = wa.last, let lb = wb.last, la == lb, wa.count != wb.count { return true }
    return false
  }
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
