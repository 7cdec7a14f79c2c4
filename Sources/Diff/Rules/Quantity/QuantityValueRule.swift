import Align
import Claims
import Core
import Foundation

/// Aligned claims give different values for the same quantity.
struct QuantityValueRule: DiscrepancyRule {
  static let spec = RuleSpec(
    id: "quantity.value",
    severity: .error,
    summary: "Aligned claims give different values for the same quantity",
    rationale: "A changed figure is the commonest critical translation error, and the one readers repeat.",
    nonTriggering: [
      .pair(en: "More than 2,000 extremist items were identified.", it: "Sono stati identificati oltre 2.000 elementi estremisti."),
      .pair(en: "The deal is worth 4.5 billion euros.", it: "L'accordo vale 4,5 miliardi di euro."),
      .pair(en: "Forty-eight people were arrested.", it: "Quarantotto persone sono state arrestate."),
      .pair(en: "The team lost 31-27 on Saturday.", it: "La squadra ha perso 31 a 27 sabato."),
      .pair(en: "Waves reached about 20 yards.", it: "Le onde hanno raggiunto circa 18 metri."),
      .pair(en: "It was a sunny 80 degrees.", it: "C'erano 27 gradi e il sole."),
      // Time units converted: the same length of time.
      .pair(en: "The company has grown for two decades.", it: "L'azienda è cresciuta per vent'anni."),
      .pair(en: "The talks lasted 48 hours.", it: "I colloqui sono durati due giorni."),
      .pair(en: "The plan runs for a year and a half.", it: "Il piano dura 18 mesi."),
      // A hedged conversion is rounded as freely as other measures are.
      .pair(en: "It was a sunny 80 degrees outside his home.", it: "Era una giornata di sole con quasi 30 gradi fuori casa sua."),
      .pair(en: "Between 10 and 20 people were hurt.", it: "Sono rimaste ferite tra le 10 e le 20 persone."),
      // Areas and volumes convert as lengths do.
      .pair(en: "The fire burned 1,000 acres of forest.", it: "L'incendio ha bruciato 405 ettari di bosco."),
      .pair(en: "The tank holds 20 gallons of fuel.", it: "Il serbatoio contiene 76 litri di carburante."),
      // A ratio of one is the fraction it states.
      .pair(en: "Only one-tenth of the infected receive treatment.", it: "Soltanto una persona su dieci riceve un trattamento."),
    ],
    triggering: [
      .pair(
        en: "Police arrested ↓5 people in Rome.", it: "La polizia ha arrestato ↓6 persone a Roma.",
        message: "English says 5 people (people); Italian says 6 persone (people)"),
      .pair(en: "The fund holds ↓2 million euros.", it: "Il fondo detiene ↓2 miliardi di euro."),
      // A match's score, each side's points.
      .pair(en: "He played in the 2-↓2 draw with Villarreal.", it: "Ha giocato nel pareggio 2-↓3 con il Villarreal."),
      .pair(
        en: "He was hurt in Saturday's ↓31-27 defeat to the Commodores.", it: "Si è ferito sabato nella partita persa per ↓47 a 27 contro i Commodores."),
      // One unit on both sides: nothing converted, so nothing rounded.
      .pair(en: "The storm is moving north at ↓12 miles per hour.", it: "La tempesta si sposta verso nord a ↓9 miglia all'ora."),
      // An ordinal counts what follows it, in both languages' ways of writing one.
      .pair(en: "The talks lasted ↓48 hours.", it: "I colloqui sono durati ↓tre giorni."),
      // Hedged, but further than rounding goes: 80 °F is 26.7 °C.
      .pair(en: "It was ↓about 80 degrees outside his home.", it: "C'erano ↓circa 35 gradi fuori casa sua."),
      .pair(en: "Saturday's event in Holyoke was his ↓36th town hall meeting since 2017.", it: "L'evento di sabato a Holyoke è stato il suo ↓45° incontro dal 2017."),
      // A distance from publication is also a count of its units.
      .pair(en: "The plant closed ↓32 years ago.", it: "L'impianto è stato chiuso ↓26 anni fa."),
      .pair(en: "The New Zealand seabed claim covers ↓1.6 million square kilometres.", it: "La rivendicazione copre ↓1,6 chilometri quadrati di fondale."),
    ])

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    pairs.filter(\.isMatched).flatMap { pair in
      QuantityMatching(pair).differentValue.compactMap { match -> Finding? in
        guard let a = match.source.quantity, let b = match.target.quantity else { return nil }
        // An ambiguous figure ("1.500" in English) that agrees when read the other way is not a
        // changed value; the reading is reported as a notice instead.
        if (a.isAmbiguous || b.isAmbiguous), abs(a.value * 1000 - b.value) < 1e-6 || abs(b.value * 1000 - a.value) < 1e-6 {
          return nil
        }
        return Finding(
          rule: Self.spec.id, severity: context.severity,
          message: "\(context.languageName(.source)) says \(Describe.quantity(a)); \(context.languageName(.target)) says \(Describe.quantity(b))",
          source: context.evidence(match.source, side: .source), target: context.evidence(match.target, side: .target))
      }
    }
  }
}
