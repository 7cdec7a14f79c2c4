import Align
import Claims
import Core
import Foundation

/// A quantity in one claim has no counterpart in its aligned claim.
struct QuantityMissingRule: DiscrepancyRule {
  static let spec = RuleSpec(
    id: "quantity.missing",
    severity: .warning,
    summary: "A quantity in one claim has no counterpart in its aligned claim",
    rationale: "A figure dropped in translation ('killed 12 people' as 'killed people') loses the fact a reader would check first.",
    nonTriggering: [
      .pair(en: "Police arrested 5 people in Rome.", it: "La polizia ha arrestato 5 persone a Roma."),
      .pair(en: "Five people were arrested.", it: "Cinque persone sono state arrestate."),
      .pair(en: "The storm hit on 3 May 2017.", it: "La tempesta ha colpito il 3 maggio 2017."),
      .pair(en: "The 24-year-old won.", it: "Il ventiquattrenne ha vinto."),
      .pair(en: "One person was hurt.", it: "Una persona è rimasta ferita."),
      .pair(en: "Rainfall of over half an inch is possible.", it: "Sono possibili piogge di oltre 1 cm."),
      .pair(en: "The 16-year-old was found in Somerset.", it: "Il sedicenne è stato trovato nel Somerset."),
      .pair(en: "Prices rose for more than 20 years.", it: "I prezzi sono saliti per oltre un ventennio."),
      .pair(en: "Prices fell for a decade.", it: "I prezzi sono scesi per dieci anni."),
      .pair(en: "A warm start to October is expected, with widespread 80s in the plains.", it: "Si prevede un caldo inizio di ottobre, con 26 ºC nelle pianure."),
    ],
    triggering: [
      .pair(
        en: "The flood destroyed ↓40 houses in the valley.", it: "↓L'alluvione ha distrutto case nella valle.",
        message: "English says 40 houses (things); Italian gives no such figure"),
      .pair(en: "↓The flood destroyed houses in the valley.", it: "L'alluvione ha distrutto ↓40 case nella valle."),
    ])

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    let neighbourhood = Neighbourhood(pairs: pairs, radius: 1)
    var findings: [Finding] = []
    for (index, pair) in pairs.enumerated() where pair.isCloseTranslation {
      let matching = QuantityMatching(pair)
      for (claims, side) in [(matching.unmatchedSource, Side.source), (matching.unmatchedTarget, Side.target)] {
        let other: Side = side == .source ? .target : .source
        let nearby = neighbourhood.claims(around: index, side: other)
        let otherText = (other == .source ? pair.source : pair.target).compactMap { context.evidence(sentence: $0, side: other)?.text }
          .joined(separator: " ")
        for claim in claims {
          guard let quantity = claim.quantity, Self.isCheckable(quantity),
            // The figure is elsewhere nearby, or inside another kind of claim (a date, a time,
            // an age written as one word), or written in the other text in a form the reader
            // did not take for a quantity.
            !nearby.contains(where: { Self.carries($0, quantity) }),
            !Self.appears(quantity, in: otherText),
            !Self.isRoundedMeasure(quantity, otherText: otherText),
            let otherEvidence = context.evidence(sentence: (other == .source ? pair.source : pair.target)[0], side: other)
          else { continue }
          findings.append(
            Finding(
              rule: Self.spec.id, severity: context.severity,
              message: side == .source
                ? "\(context.languageName(.source)) says \(Describe.quantity(quantity)); \(context.languageName(.target)) gives no such figure"
                : "\(context.languageName(.source)) gives no such figure; \(context.languageName(.target)) says \(Describe.quantity(quantity))",
              evidence: context.evidence(claim, side: side), on: side, other: otherEvidence))
        }
      }
    }
    return findings
  }

  /// Figures worth reporting when the other side lacks them: not "one" (an article, often), not
  /// a value the reader marked as ambiguous, and not a number under a hundred written in words,
  /// which the other language may hide in a word the reader does not split ("venti" is also
  /// "winds", "sei" also "you are") or render without a figure ("a dozen", "una coppia").
  static func isCheckable(_ quantity: Quantity) -> Bool {
    if quantity.isAmbiguous { return false }
    if quantity.isSpelledOut && quantity.value < 100 { return false }
    if quantity.value == 1 && quantity.unit == nil { return false }
    return true
  }

  /// A physical measure the other side states in a form the reader did not take for the same
  /// one: converted and rounded ("3 to 6 inches" as "15 cm"), or written as a fraction or a
  /// band ("half an inch", "the 80s" for temperatures). When the other sentence has any figure
  /// at all, the measure is taken as converted, not dropped.
  static func isRoundedMeasure(_ quantity: Quantity, otherText: String) -> Bool {
    guard let unit = quantity.unit, Measure.units[unit] != nil else { return false }
    if otherText.contains(where: \.isNumber) { return true }
    let words = Set(Folding.fold(otherText).split { !ScalarClass.isLetter($0) })
    return !words.isDisjoint(with: ["half", "quarter", "third", "meta", "mezzo", "mezza", "quarto", "terzo"])
  }

  /// Whether a claim holds the same figure: a quantity of that value, or a time whose text
  /// shows it ("2017", "3 maggio").
  static func carries(_ claim: Claim, _ quantity: Quantity) -> Bool {
    if let other = claim.quantity {
      return QuantityMatching.sameValue(quantity, other) || Measure.areConsistent(quantity, other)
    }
    return claim.kind == .time && appears(quantity, in: claim.text)
  }

  /// Whether the figure's digits occur in the text, in either locale's grouping.
  static func appears(_ quantity: Quantity, in text: String) -> Bool {
    guard quantity.value == quantity.value.rounded(), abs(quantity.value) < 1e15 else { return false }
    let digits = String(Int64(quantity.value))
    let plain = text.filter { $0.isNumber }
    guard !plain.isEmpty else { return false }
    // Compare runs of digits, separators removed: "2,000", "2.000" and "2 000" all read 2000.
    var runs: [String] = []
    var current = ""
    var previousWasSeparator = false
    for character in text {
      if character.isNumber {
        current.append(character)
        previousWasSeparator = false
      } else if !current.isEmpty, !previousWasSeparator, [",", ".", " ", "\u{00A0}", "\u{202F}"].contains(character) {
        previousWasSeparator = true
      } else {
        if !current.isEmpty { runs.append(current) }
        current = ""
        previousWasSeparator = false
      }
    }
    if !current.isEmpty { runs.append(current) }
    return runs.contains(digits)
  }
}
