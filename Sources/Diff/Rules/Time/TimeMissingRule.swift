import Align
import Claims
import Core
import Foundation

/// A time reference present on one side only.
struct TimeMissingRule: DiscrepancyRule {
  static let spec = RuleSpec(
    id: "time.missing",
    severity: .info,
    summary: "A time reference present on one side only",
    rationale: "A dropped 'last week' leaves the reader to assume the event is current.",
    nonTriggering: [
      .pair(en: "The operation took place last week.", it: "L'operazione si è svolta la settimana scorsa."),
      .pair(en: "Police arrested five people.", it: "La polizia ha arrestato cinque persone."),
      // A distance given on one side only is a count the quantity rules look for.
      .pair(en: "The plant closed 10 years ago.", it: "L'impianto ha chiuso dieci anni prima."),
    ],
    triggering: [
      .pair(
        en: "The platform was found during a 48-hour operation ↓last week.",
        it: "La piattaforma è stata scoperta durante un'operazione di 48 ore."),
      .pair(en: "Police arrested five people.", it: "↓Ieri la polizia ha arrestato cinque persone."),
    ])

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    let neighbourhood = Neighbourhood(pairs: pairs, radius: 1)
    var findings: [Finding] = []
    for (index, pair) in pairs.enumerated() where pair.isMatched {
      let matching = TimeMatching(pair)
      let nearbyTarget = neighbourhood.claims(around: index, side: .target).compactMap(\.time)
      let nearbySource = neighbourhood.claims(around: index, side: .source).compactMap(\.time)
      for claim in matching.unmatchedSource {
        guard let time = claim.time, !nearbyTarget.contains(where: { TimeMatching.agree(time, $0) }) else { continue }
        findings.append(
          Finding(
            rule: Self.spec.id, severity: context.severity,
            message: "\(context.languageName(.source)) says \(Describe.time(claim)); \(context.languageName(.target)) gives no time",
            source: context.evidence(claim, side: .source), target: nil))
      }
      for claim in matching.unmatchedTarget {
        guard let time = claim.time, !nearbySource.contains(where: { TimeMatching.agree(time, $0) }) else { continue }
        findings.append(
          Finding(
            rule: Self.spec.id, severity: context.severity,
            message: "\(context.languageName(.source)) gives no time; \(context.languageName(.target)) says \(Describe.time(claim))",
            source: nil, target: context.evidence(claim, side: .target)))
      }
    }
    return findings
  }
}
