import Align
import Claims
import Core
import Foundation
import Glossary

/// Same value on both sides, but a different thing is counted.
struct CountedThingRule: DiscrepancyRule {
  static let spec = RuleSpec(
    id: "quantity.counted-thing",
    severity: .error,
    summary: "Same value, but a different thing is counted",
    rationale: "A matching figure can hide a mistranslated noun: items became people.",
    nonTriggering: [
      .pair(en: "Europol flagged 52 social media platforms.", it: "Europol ha segnalato 52 piattaforme di social media."),
      .pair(en: "It was a 48-hour operation.", it: "È stata un'operazione di 48 ore."),
      .pair(en: "The quake killed 300 people.", it: "Il terremoto ha ucciso 300 persone."),
      .pair(en: "The storm moved at 12 miles per hour.", it: "La tempesta si spostava a 12 miglia all'ora."),
      .pair(en: "The poll showed 38 percent of voters in favour.", it: "Il sondaggio ha mostrato il 38 per cento degli elettori a favore."),
      // People a firm employs are its employees.
      .pair(en: "Fortis employs about 85,000 people.", it: "Fortis ha circa 85 000 dipendenti."),
      // Time units converted count the same time.
      .pair(en: "Fighting went on for two decades.", it: "I combattimenti sono andati avanti per vent'anni."),
      // A place's people are its inhabitants.
      .pair(en: "The city of Palu, which has more than 380,000 people, was hit.", it: "La città di Palu, che conta oltre 380.000 abitanti, è stata colpita."),
      // People said to die, or to be hurt or arrested, in a verb, counted as the dead, the
      // injured or the arrested on the other side.
      .pair(en: "The quake in Italy killed 300 people.", it: "Il terremoto in Italia ha causato 300 morti."),
      .pair(en: "In Italy 300 people were injured.", it: "In Italia ci sono stati 300 feriti."),
      .pair(en: "At least 300 people died in the earthquake.", it: "Sono almeno 300 i morti nel terremoto."),
      // Victims are the dead or the injured as news counts them.
      .pair(en: "The quake in Rome left 300 dead.", it: "Il terremoto a Roma ha fatto 300 vittime."),
      // One Italian word for two terms ("agente": agent, police officer); a plural that is an
      // English word ("case", houses).
      .pair(en: "A car bomb killed two police officers.", it: "Un'autobomba ha ucciso due agenti."),
      .pair(en: "Some 9400 homes in the region are without water.", it: "Circa 9400 case della zona sono senza acqua."),
      // A glossary phrase names what the other side says in one word: "partite vinte", wins.
      .pair(en: "Mickelson has 18 wins and 20 losses.", it: "Mickelson ha 18 partite vinte e 20 sconfitte."),
    ],
    triggering: [
      // What is counted is the noun before "left", not "left".
      .pair(en: "Global Citizen has ↓12 years left to reach its goal.", it: "Al Global Citizen restano ↓12 decenni per raggiungere lo scopo."),
      .pair(
        en: "Europol said ↓more than 2,000 extremist items were identified.",
        it: "Europol ha detto che sono stati identificati ↓oltre 2.000 estremisti.",
        message:
          "Both say more than 2000, but English counts 'extremist items' (content) and Italian counts 'estremisti' (people)"),
      .pair(en: "The school said ↓12 students were hurt.", it: "La scuola ha detto che ↓12 genitori sono rimasti feriti."),
      .pair(en: "The quake left ↓300 dead.", it: "Il terremoto ha lasciato ↓300 feriti."),
      // People said to die, counted as the injured.
      .pair(en: "The quake in Italy killed ↓300 people.", it: "Il terremoto in Italia ha causato ↓300 feriti."),
      .pair(en: "The town has ↓85,000 people.", it: "La città ha ↓85 000 dipendenti."),
      // People killed in a city are not said to be its inhabitants.
      .pair(en: "In the city, ↓384 people were killed by the quake.", it: "In città, il terremoto ha ucciso ↓384 abitanti."),
      .pair(en: "The ticket costs ↓29 dollars.", it: "Il biglietto costa ↓29 sterline."),
      .pair(en: "The ↓44-year-old was found on Monday.", it: "La donna di ↓44 decenni è stata trovata lunedì."),
      // A share against a count of points.
      .pair(en: "Takings in restaurants were down ↓4.8 per cent.", it: "Gli incassi dei ristoranti sono calati del ↓4,8 punti."),
    ])

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    pairs.filter(\.isMatched).flatMap { pair -> [Finding] in
      let matching = QuantityMatching(pair)
      let counted = matching.equalValue.compactMap { match -> Finding? in
        guard let a = match.source.quantity, let b = match.target.quantity, let countedA = a.counted, let countedB = b.counted,
          differ(a, b, context: context), !QuantityMatching.sameDuration(a, b), !saysWhatIsCounted(match.source, on: .source, match.target, context: context),
          !saysWhatIsCounted(match.target, on: .target, match.source, context: context),
          !countsAPlacesPeople(match.source, on: .source, match.target, context: context),
          !countsAPlacesPeople(match.target, on: .target, match.source, context: context)
        else { return nil }
        let classA = a.countedClass.map { " (\($0.displayName))" } ?? ""
        let classB = b.countedClass.map { " (\($0.displayName))" } ?? ""
        return Finding(
          rule: Self.spec.id, severity: context.severity,
          message:
            "Both say \(Describe.quantity(a, withCounted: false)), but \(context.languageName(.source)) counts '\(countedA)'\(classA) and \(context.languageName(.target)) counts '\(countedB)'\(classB)",
          source: context.evidence(match.source, side: .source), target: context.evidence(match.target, side: .target))
      }
      let units = matching.otherUnit.compactMap { match -> Finding? in
        guard let a = match.source.quantity, let b = match.target.quantity, let unitA = a.unit, let unitB = b.unit else { return nil }
        return Finding(
          rule: Self.spec.id, severity: context.severity,
          message:
            "Both say \(a.valueText), but \(context.languageName(.source)) counts \(unitA) and \(context.languageName(.target)) counts \(unitB)",
          source: context.evidence(match.source, side: .source), target: context.evidence(match.target, side: .target))
      }
      // A share on one side, a count of something on the other: "4.8 per cent" against "4,8
      // punti", "40 percentage points" against "40 reti". Other units are left alone: a reader
      // takes many a unit it does not know ("nautical miles", "a $700 billion package") for
      // the thing counted.
      let measured = matching.equalValue.compactMap { match -> Finding? in
        guard let a = match.source.quantity, let b = match.target.quantity, (a.unit == nil) != (b.unit == nil) else { return nil }
        let (measure, count) = a.unit != nil ? (a, b) : (b, a)
        guard let unit = measure.unit, unit == "%" || unit == "pp", measure.counted == nil, let noun = count.counted, count.countedClass != .time,
          !Self.isUnitWord(noun, unit)
        else { return nil }
        let (what, whatOther) = a.unit != nil ? (unit, "'\(noun)'") : ("'\(noun)'", unit)
        return Finding(
          rule: Self.spec.id, severity: context.severity,
          message:
            "Both say \(a.valueText), but \(context.languageName(.source)) counts \(what) and \(context.languageName(.target)) counts \(whatOther)",
          source: context.evidence(match.source, side: .source), target: context.evidence(match.target, side: .target))
      }
      return counted + units + measured
    }
  }

  /// Whether a counted noun names the unit itself ("percent" for "%"), as a reader may leave a
  /// unit word it does not know as the thing counted.
  static func isUnitWord(_ noun: String, _ unit: String) -> Bool {
    let folded = Folding.fold(noun)
    return folded.hasPrefix("percent") || folded.hasPrefix("per cent") || folded.hasPrefix("percentual") || folded.hasPrefix("per cento")
  }

  /// Whether `general` counts people and its sentence says, in another word, what `specific`
  /// counts of them: "killed 300 people" against "300 morti", "300 people were injured"
  /// against "300 feriti". A word says it when its lemma key is one of the specific term's
  /// forms', in the general side's language.
  private func saysWhatIsCounted(_ general: Claim, on side: Side, _ specific: Claim, context: RuleContext) -> Bool {
    guard let people = context.termBase.lookup("people", language: .english), general.quantity?.countedTerm == people.id,
      let id = specific.quantity?.countedTerm, id != people.id, let term = context.termBase.term(id: id), term.category == .people
    else { return false }
    let language = context.language(side)
    let verbs = Self.peopleWords.first { context.termBase.lookup($0.key, language: .english)?.id == id }.map { language == .english ? $0.value.english : $0.value.italian } ?? []
    let forms = Set((term.forms(in: language) + verbs).filter { !$0.contains(" ") }.map { WordSenses.lemmaKey(Folding.fold($0), language: language) })
    return context.tokens(sentence: general.sentence, side: side).contains { $0.kind == .word && forms.contains(WordSenses.lemmaKey($0.folded, language: language)) }
  }

  /// Words that say of people what a term of the glossary counts, by one of the term's English
  /// names: "killed" and "uccisi" say who is counted among the dead.
  static let peopleWords: [String: (english: [String], italian: [String])] = [
    "dead": (["killed", "died", "die", "dies", "dying"], ["morte", "morire", "morirono", "uccisi", "ucciso", "uccise", "uccisa", "deceduti", "deceduto"]),
    "injured": (["hurt", "injuring", "wounding"], ["ferite", "ferita", "ferire"]),
    "arrested": (["detained", "held"], ["fermati", "fermato", "detenuti"]),
    "missing": (["disappeared", "unaccounted"], ["scomparsi", "scomparso", "scomparse"]),
  ]

  /// Whether `general` counts the people a place has, which `specific` calls its inhabitants:
  /// "the city of Palu, which has 380,000 people" against "che conta 380.000 abitanti". The
  /// sentence must name a kind of place and the figure follow a verb of having; people a quake
  /// killed there are not its inhabitants.
  private func countsAPlacesPeople(_ general: Claim, on side: Side, _ specific: Claim, context: RuleContext) -> Bool {
    guard let people = context.termBase.lookup("people", language: .english), general.quantity?.countedTerm == people.id,
      let id = specific.quantity?.countedTerm, ["inhabitant", "resident"].contains(where: { context.termBase.lookup($0, language: .english)?.id == id })
    else { return false }
    let language = context.language(side)
    let (places, having) = language == .english ? (Self.placesOfPeople.english, Self.having.english) : (Self.placesOfPeople.italian, Self.having.italian)
    let tokens = context.tokens(sentence: general.sentence, side: side)
    guard tokens.contains(where: { $0.kind == .word && places.contains($0.folded) }),
      let start = tokens.firstIndex(where: { $0.range.start >= general.range.start })
    else { return false }
    return tokens[max(0, start - 3)..<start].contains { having.contains($0.folded) }
  }

  /// Kinds of place whose people are their inhabitants, singular and plural.
  static let placesOfPeople = (
    english: Set(["city", "cities", "town", "towns", "village", "villages", "country", "countries", "region", "island", "capital", "state", "province"]),
    italian: Set(["citta", "paese", "paesi", "comune", "comuni", "villaggio", "regione", "isola", "capitale", "stato", "provincia", "cittadina"])
  )

  /// Verbs of having a population: "has 380,000 people", "conta 380.000 abitanti".
  static let having = (
    english: Set(["has", "have", "had", "with", "counts", "numbers", "houses"]),
    italian: Set(["ha", "hanno", "aveva", "conta", "contano", "contava", "con", "annovera"])
  )

  /// Whether the things counted differ: another class of thing (content against people), or
  /// two glossary concepts ("feriti" is "injured", not "arrested"). Nouns the glossary does not
  /// know are not judged: a dictionary's gaps would pass for changes.
  private func differ(_ a: Quantity, _ b: Quantity, context: RuleContext) -> Bool {
    if let ca = a.countedClass, let cb = b.countedClass, ca != cb { return true }
    if let ta = a.countedTerm, let tb = b.countedTerm { return ta != tb && !overlap(ta, tb, context: context) && !shareAForm(ta, tb, context: context) }
    return false
  }

  /// Whether two terms share a form in either language, so that one word may be read as
  /// either: "agente" is both "agent" and "police officer".
  private func shareAForm(_ a: String, _ b: String, context: RuleContext) -> Bool {
    guard let ta = context.termBase.term(id: a), let tb = context.termBase.term(id: b) else { return false }
    func folded(_ forms: [String]) -> Set<String> { Set(forms.map(Folding.fold)) }
    return !folded(ta.english).isDisjoint(with: folded(tb.english)) || !folded(ta.italian).isDisjoint(with: folded(tb.italian))
  }

  /// Whether two people terms may count the same people: victims are the dead or the injured
  /// as news reports them ("300 dead" is "300 vittime"), and so are casualties.
  private func overlap(_ a: String, _ b: String, context: RuleContext) -> Bool {
    Self.overlappingPeople.contains { names in
      let ids = Set(names.compactMap { context.termBase.lookup($0, language: .english)?.id })
      return ids.count == 2 && ids.contains(a) && ids.contains(b)
    }
  }

  static let overlappingPeople: [[String]] = [
    ["victim", "dead"], ["victim", "injured"], ["casualty", "dead"], ["casualty", "injured"], ["casualty", "victim"],
  ]
}
