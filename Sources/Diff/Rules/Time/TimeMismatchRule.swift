import Align
import Claims
import Core
import Foundation

/// The two time references denote different dates or periods.
struct TimeMismatchRule: DiscrepancyRule {
  static let spec = RuleSpec(
    id: "time.mismatch",
    severity: .warning,
    summary: "The two time references denote different dates or periods",
    rationale: "'Over the past year' and 'in 2016' overlap but are not the same period; a moved date changes the fact.",
    nonTriggering: [
      .pair(en: "The attack happened last week.", it: "L'attacco è avvenuto la settimana scorsa."),
      .pair(en: "Telegram was popular in 2016.", it: "Nel 2016 Telegram era popolare."),
      .pair(en: "He spoke on Wednesday.", it: "Ha parlato mercoledì."),
      .pair(en: "I took the photograph earlier this month.", it: "Ho scattato la fotografia all'inizio di questo mese."),
      .pair(en: "The vote will be held later this year.", it: "Il voto si terrà entro la fine dell'anno."),
      .pair(en: "It is a 19th-century building.", it: "È un edificio dell'Ottocento."),
      // Two distances from publication that differ are two counts, quantity.value's to report.
      .pair(en: "The plant closed 32 years ago.", it: "L'impianto è stato chiuso 26 anni fa."),
      .pair(en: "The plant closed a year ago.", it: "L'impianto è stato chiuso l'anno scorso."),
      // A period's ends written each language's way.
      .pair(en: "The festival runs July 13-15.", it: "Il festival si tiene dal 13 al 15 luglio."),
      .pair(en: "Sales grew between 2007 and 2009.", it: "Le vendite sono cresciute dal 2007 al 2009."),
      // An English time without "am" or "pm" is either of its hours.
      .pair(en: "The buses leave Verona for Munich at 11:45 tonight.", it: "Le corriere partono stasera da Verona per Monaco alle 23,45."),
    ],
    triggering: [
      .pair(en: "It is a ↓19th-century building.", it: "È un edificio del ↓XX secolo."),
      .pair(
        en: "Telegram was especially popular ↓over the past year.", it: "↓Nel 2016 quella più usata è stata Telegram.",
        message:
          "English says 'over the past year' (2016-05-03..2017-05-03); Italian says 'Nel 2016' (2016-01-01..2016-12-31)"),
      .pair(en: "The vote took place on ↓3 May 2017.", it: "Il voto si è svolto il ↓4 maggio 2017."),
      .pair(en: "The festival runs ↓July 13-15.", it: "Il festival si tiene ↓dal 13 al 16 luglio."),
      .pair(en: "The buses leave Verona for Munich at ↓10:30.", it: "Le corriere partono da Verona per Monaco ↓alle 21,30."),
      .pair(en: "I took the photograph ↓later this month.", it: "Ho scattato la fotografia all'↓inizio di questo mese."),
    ])

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    pairs.filter(\.isMatched).flatMap { pair in
      TimeMatching(pair).different.map { match in
        Finding(
          rule: Self.spec.id, severity: context.severity,
          message: "\(context.languageName(.source)) says \(Describe.time(match.source)); \(context.languageName(.target)) says \(Describe.time(match.target))",
          source: context.evidence(match.source, side: .source), target: context.evidence(match.target, side: .target))
      }
    }
  }
}
