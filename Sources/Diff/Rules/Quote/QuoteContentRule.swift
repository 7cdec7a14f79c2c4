import Align
import Claims
import Core
import Foundation

/// A quote's checkable content differs: a figure or a name inside the quotation marks on one
/// side is, on the other, stated by the writer outside them. The sentences still agree, so no
/// quantity or entity rule speaks; but one side has the speaker say what, on the other, only
/// the reporter says.
///
/// A figure or name missing from the other side altogether is `quantity.missing` or
/// `entity.missing`, a changed one `quantity.value` or `entity.mismatch`: this rule reports
/// only what moved across the quotation marks, so that nothing is reported twice.
struct QuoteContentRule: DiscrepancyRule {
  static let spec = RuleSpec(
    id: "quote.content",
    severity: .warning,
    summary: "A quote's checkable content (numbers, names) differs",
    rationale:
      "A quotation is evidence of what someone said. When a translation moves a figure or a name out of the quotation marks (or into them), readers are told the speaker said something they did not, or the reverse.",
    nonTriggering: [
      .pair(en: "“We arrested 20 people,” Wainwright said.", it: "«Abbiamo arrestato 20 persone», ha detto Wainwright."),
      .pair(en: "“We will not stop,” Wainwright said in Brussels.", it: "«Non ci fermeremo», ha detto Wainwright a Bruxelles."),
      // The figure is outside the quotes on both sides.
      .pair(
        en: "“We acted fast,” Wainwright said after 20 arrests.", it: "«Abbiamo agito in fretta», ha detto Wainwright dopo 20 arresti."),
      // A name against the quotation marks, restructured into the quote.
      .pair(
        en: "Wainwright wrote that Europol's “mission is to protect Europe.”",
        it: "Wainwright ha scritto che «la missione di Europol è proteggere l'Europa»."),
      // The name is in the next sentence, not the one reporting the quote.
      .pair(
        en: "“The rules must reach the Cyber Resilience Act,” Sander said.",
        it: "«Le regole devono arrivare alla legge sulla resilienza», ha detto Sander. Altro sul Cyber Resilience Act si trova qui."),
      // Two quotes on one side and one on the other: the quotes do not pair one to one.
      .pair(
        en: "“We acted,” Wainwright said. “We arrested 20 people.”",
        it: "«Abbiamo agito e arrestato 20 persone», ha detto Wainwright."),
    ],
    triggering: [
      .pair(
        en: "“We arrested ↓20 people,” Wainwright said.", it: "«Abbiamo arrestato delle persone», ha detto Wainwright: sono ↓20.",
        message: "English has 20 inside the quotation; Italian states it outside the quotation marks"),
      .pair(
        en: "“The police arrested some people,” Wainwright said in ↓Brussels.",
        it: "«La polizia ha arrestato alcune persone a ↓Bruxelles», ha detto Wainwright."),
    ])

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    for pair in pairs where pair.isCloseTranslation {
      let sourceQuotes = pair.sourceClaims.filter { $0.kind == .quote }
      let targetQuotes = pair.targetClaims.filter { $0.kind == .quote }
      // Quotes keep their order in a translation; with as many on each side, the n-th pairs
      // with the n-th.
      guard !sourceQuotes.isEmpty, sourceQuotes.count == targetQuotes.count else { continue }
      for (a, b) in zip(sourceQuotes, targetQuotes) {
        findings += moved(from: (a, pair.sourceClaims, .source), to: (b, pair.targetClaims, .target), context: context)
        findings += moved(from: (b, pair.targetClaims, .target), to: (a, pair.sourceClaims, .source), context: context)
      }
    }
    return findings
  }

  /// Facts inside `quote` that the other side has only outside its paired quote (and outside
  /// every other quote of its sentences).
  private func moved(
    from side: (quote: Claim, claims: [Claim], side: Side), to other: (quote: Claim, claims: [Claim], side: Side), context: RuleContext
  ) -> [Finding] {
    let otherQuotes = other.claims.filter { $0.kind == .quote }
    let inside = side.claims.filter { Self.isFact($0) && Self.contains(side.quote, $0) }
    let otherInside = other.claims.filter { Self.isFact($0) && Self.contains(other.quote, $0) }
    // Outside the quote, but in its sentence: the writer's own words about what was said. A
    // sentence the alignment joined to it ("You can find more on the Cyber Resilience Act
    // here") says something else.
    let otherOutside = other.claims.filter { fact in
      Self.isFact(fact) && fact.sentence == other.quote.sentence && !otherQuotes.contains { Self.contains($0, fact) }
    }
    var findings: [Finding] = []
    for fact in inside where !otherInside.contains(where: { Self.same(fact, $0) }) {
      guard let outside = otherOutside.first(where: { Self.same(fact, $0) }),
        // A name against the quotation marks belongs to the quoted phrase's grammar:
        // Inrupt's “mission is…” for «la missione di Inrupt è…».
        !otherQuotes.contains(where: { Self.touches(outside, $0) })
      else { continue }
      let (quoting, stating) = (context.languageName(side.side), context.languageName(other.side))
      findings.append(
        Finding(
          rule: Self.spec.id, severity: context.severity,
          message: "\(quoting) has \(Self.describe(fact)) inside the quotation; \(stating) states it outside the quotation marks",
          evidence: context.evidence(fact, side: side.side), on: side.side, other: context.evidence(outside, side: other.side)))
    }
    return findings
  }

  static func isFact(_ claim: Claim) -> Bool { claim.kind == .quantity || claim.kind == .entity }

  static func contains(_ quote: Claim, _ claim: Claim) -> Bool {
    quote.sentence == claim.sentence && quote.range.start <= claim.range.start && claim.range.end <= quote.range.end
  }

  /// Whether `claim` ends just before `quote` opens or starts just after it closes.
  static func touches(_ claim: Claim, _ quote: Claim) -> Bool {
    guard claim.sentence == quote.sentence else { return false }
    let before = quote.range.start - claim.range.end
    let after = claim.range.start - quote.range.end
    return (0...2).contains(before) || (0...2).contains(after)
  }

  static func same(_ a: Claim, _ b: Claim) -> Bool {
    if let x = a.quantity, let y = b.quantity { return QuantityMatching.sameValue(x, y) || Measure.areConsistent(x, y) }
    if let x = a.entity, let y = b.entity { return EntityMatching.same(x, y) }
    return false
  }

  static func describe(_ claim: Claim) -> String {
    if let quantity = claim.quantity { return Describe.quantity(quantity, withCounted: false) }
    return Describe.entity(claim)
  }
}
