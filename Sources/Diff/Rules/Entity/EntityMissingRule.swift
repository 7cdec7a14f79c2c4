import Align
import Claims
import Core
import Foundation
import Glossary
import Ingest

/// A named entity present on one side only.
struct EntityMissingRule: DiscrepancyRule {
  static let spec = RuleSpec(
    id: "entity.missing",
    severity: .warning,
    summary: "A named entity present on one side only",
    rationale: "A dropped name loses who said or did something; an added one credits someone the source never named.",
    nonTriggering: [
      // A common word one side capitalises as a region, the other writes in lower case.
      .pair(en: "Enersis signed an agreement to build a plant in the north of Portugal.", it: "La Enersis ha siglato un accordo per costruire un impianto nel Nord del Portogallo."),
      // An unknown name written as a description, its plural read by its singular ("crociere").
      .pair(en: "Most Baltic Cruises include a stay of two days in the port.", it: "Gran parte delle crociere baltiche include un soggiorno di due giorni nel porto."),
      // A faith one side names and the other gives by its adjective.
      .pair(en: "In Hinduism, 56 dishes are offered to the deity.", it: "Per la religione induista, alla divinità sono offerti 56 piatti."),
      // A country one side calls "the country".
      .pair(
        en: "Another six million people still living in the country need humanitarian help.",
        it: "Altri sei milioni di persone che vivono ancora in Siria hanno bisogno di aiuti umanitari."),
      .pair(en: "The strike closed Turkish ports on Monday.", it: "Lo sciopero ha chiuso i porti della Turchia lunedì."),
      // An era after a century or a year, not Italian's "BCE", the European Central Bank.
      .pair(
        en: "The Great Pyramid was built in the third century BCE.", it: "La Grande Piramide fu costruita nel terzo secolo a.C."),
      .pair(
        en: "Families live with the consequences of PTSD.", it: "Le famiglie vivono le conseguenze del disturbo da stress post-traumatico."),
      .pair(en: "Morgan Stanley said the price was 29 dollars.", it: "Morgan Stanley ha detto che il prezzo era di 29 dollari."),
      .pair(en: "The Cold War ended in 1991.", it: "La Guerra Fredda finì nel 1991."),
      .pair(en: "Crowds gathered on Central Park's Great Lawn.", it: "La folla si è radunata sul Great Lawn di Central Park."),
      // A demonym Italian writes in lower case, a country's own name, an acronym said as an
      // adjective.
      .pair(en: "She backed the Czechoslovaks and met Swiss and Italian-speaking delegates.", it: "Ha sostenuto i cecoslovacchi e ha incontrato delegati svizzeri e di lingua italiana."),
      .pair(en: "The office is in Arnhem, Nederland.", it: "L'ufficio è ad Arnhem, nei Paesi Bassi."),
      .pair(en: "They spoke of the EU single market.", it: "Hanno parlato del mercato unico europeo."),
      // Institutions in lower case on both sides, or inside a role ("membro del parlamento").
      .pair(en: "Obama hoped Congress would pass the law quickly.", it: "Obama sperava che il congresso approvasse rapidamente la legge."),
      .pair(en: "The vote in parliament was close.", it: "Il voto in parlamento è stato combattuto."),
      .pair(en: "He has been the Labour MP for Nottingham East for eight years.", it: "È da otto anni membro del parlamento del partito laburista per Nottingham East."),
      // A name of common words the other side translates word by word, in lower case.
      .pair(en: "The board was suspended by the National Olympic Committee.", it: "Il consiglio è stato sospeso dal comitato olimpico nazionale."),
      .pair(
        en: "After defeat in the First Sino-Japanese War, the Qing government signed the treaty.",
        it: "Dopo la sconfitta nella prima guerra sino-giapponese, il governo Qing firmò il trattato."),
      // An unknown acronym against another: one body in each language's acronym.
      .pair(
        en: "The pressure on prices is not among the interests of the OPC.",
        it: "La pressione sui prezzi non è tra gli interessi dell'ÚOHS."),
      // A party Italian gives by its members, in lower case.
      .pair(en: "She ran against GOP state Rep. Geoff Diehl.", it: "Si è candidata contro il repubblicano Geoff Diehl."),
      .pair(en: "The rules go into the Cyber Resilience Act.", it: "Le regole vanno nella legge sulla resilienza informatica (CRA)."),
      // A style named by a prefix on a period, an adjective in Italian.
      .pair(
        en: "Otto Ritter designed the station in a Neo-Renaissance style, after the Post-war plans.",
        it: "Otto Ritter progettò la stazione in stile neo-rinascimentale, dopo i piani del dopoguerra."),
      // A headline in title case, where no name is read, against one that reads it.
      .pair(en: "Majority for the Act and Safeguards for Free Software", it: "Maggioranza per la legge e salvaguardia per il Software Libero"),
      // A title both sides quote in English, with a linking word capitalised ("And").
      .pair(
        en:
          "\"We did not expect this,\" said Ann Lee, producer of the drama \"Last Light,\" about a mayor who loses an election. Mia Ross, a writer and author of \"Small Wins: And a Few Lessons About Running the Hollywood Newsroom\" Desk,\" has another view.",
        it:
          "\"Non ce lo aspettavamo\", ha detto Ann Lee, produttrice della serie \"Last Light\", su una sindaca che perde le elezioni. Mia Ross, scrittrice e autrice di \"Small Wins: And a Few Lessons About Running the Hollywood Newsroom Desk\", ha un'altra opinione."
      ),
    ],
    triggering: [
      .pair(en: "↓Morgan Stanley said the price was 29 dollars.", it: "↓Ha detto che il prezzo era di 29 dollari."),
      .pair(en: "↓Officials came from Belgium and Greece.", it: "Sono arrivati funzionari da Belgio, ↓Olanda e Grecia."),
      // An adjective inside a name is no adjective of a place: "Oceano Indiano" names no India.
      .pair(en: "A quake on the coast of ↓Indonesia's Aceh province hit the Indian Ocean.", it: "↓Un terremoto sulla costa della provincia di Aceh ha colpito l'Oceano Indiano."),
      // An institution Italian writes in lower case is named all the same.
      .pair(en: "↓Obama hoped the law would pass quickly.", it: "Obama sperava che il ↓congresso approvasse rapidamente la legge."),
      // A short acronym the glossary knows as a name.
      .pair(
        en: "Other CSU politicians read the defeat as a warning to the ↓CDU and to Angela Merkel.",
        it: "↓Altri politici della CSU hanno letto la sconfitta come un avvertimento ad Angela Merkel."),
      // One side's adjective stands for its own adjective, not for the place the other side
      // also names ("turco" is "Turkish"; reported a level lower, since one may stand for both).
      .pair(
        en: "↓Long before they tried to enter the European Union, powers were eager to reach the Turkish hinterland.",
        it: "Molto prima che la ↓Turchia cercasse di entrare nell'Unione europea, le potenze volevano raggiungere l'hinterland turco."),
      // An adjective of another country does not stand in for the place.
      .pair(
        en: "German pastries are good, and in Bavaria they are tasty, like those of neighbouring ↓Austria.",
        it: "↓I dolci tedeschi sono buoni e in Baviera sono saporiti, come quelli vicini."),
    ])

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    let neighbourhood = Neighbourhood(pairs: pairs, radius: 1)
    // Each article's names, for telling a name a sentence leaves out from one its article
    // never gives.
    lazy var everywhere = (source: pairs.flatMap(\.sourceClaims), target: pairs.flatMap(\.targetClaims))
    var findings: [Finding] = []
    for (index, pair) in pairs.enumerated() where pair.isCloseTranslation {
      let matching = context.entityMatching(pairs, index)
      // Most pairs name the same entities on both sides; only the others need the costlier checks.
      guard !matching.unmatchedSource.isEmpty || !matching.unmatchedTarget.isEmpty else { continue }
      lazy var swapped = swappedRanges(pair, matching: matching, context: context)
      for (claims, side) in [(matching.unmatchedSource, Side.source), (matching.unmatchedTarget, Side.target)] where !claims.isEmpty {
        let other: Side = side == .source ? .target : .source
        let otherUnmatched = side == .source ? matching.unmatchedTarget : matching.unmatchedSource
        let nearby = neighbourhood.claims(around: index, side: other)
        // What the other side writes, read only when a claim gets past the cheap checks: most
        // unmatched names are found nearby.
        lazy var otherWritten = (other == .source ? pair.source : pair.target).compactMap { context.evidence(sentence: $0, side: other)?.text }
          .joined(separator: " ")
        lazy var otherText = Folding.fold(otherWritten)
        lazy var otherWords = otherText.split { !ScalarClass.isLetter($0) && $0 != "'" }
        lazy var otherKeys = Set(otherWords.compactMap(EntityMatching.looseKey))
        // For a place, the keys but the other side's nationality adjectives, which say the place
        // only when this side has fewer of them (below): "Turkish" is no spelled-out "Turkey".
        lazy var otherKeysButAdjectives = Set(otherWords.filter { !otherAdjectiveWords.contains(String($0)) }.compactMap(EntityMatching.looseKey))
        // Italian writes a nationality adjective in lower case; a capitalised one is part of a
        // name ("Oceano Indiano" names no India).
        lazy var otherAdjectives = Self.nationalities(in: otherWritten, language: context.language(other), context: context)
        lazy var otherNationalities = otherAdjectives.map(\.term)
        lazy var otherAdjectiveWords = Set(otherAdjectives.map { Folding.fold(String($0.word)) })
        // This side's own adjectives: "la Turchia … l'hinterland turco" against "the Turkish
        // hinterland" names Turkey once more than the other side, whose "Turkish" is "turco".
        lazy var ownWritten = (side == .source ? pair.source : pair.target).compactMap { context.evidence(sentence: $0, side: side)?.text }
          .joined(separator: " ")
        lazy var ownNationalities = Self.nationalities(in: ownWritten, language: context.language(side), context: context).map(\.term)
        // A headline in title case has no names read: a name sharing a word with it may be there.
        lazy var otherIsTitleCased = TitleCase.isTitleCased(otherWritten)
        for claim in claims {
          guard !EntityMismatchRule.occurs(claim, in: nearby), !swapped.contains(claim.range),
            !(claim.entity?.isKnown == false && otherIsTitleCased && Self.sharesAWord(claim, with: otherKeys)),
            claim.entity?.isKnown == true || !EntityMismatchRule.isTranslatable(claim.text, in: context.language(side)),
            !(Self.isSpelledOut(claim, in: otherKeys, text: otherText)
              && (claim.entity?.category != .place || Self.isSpelledOut(claim, in: otherKeysButAdjectives, text: otherText))), !Self.isWrittenLowercase(claim, in: otherText, language: context.language(other), context: context),
            !Self.containsCommonTerm(claim, context: context, side: side), !Self.isShortAcronym(claim),
            !(claim.entity?.isKnown == false
              && Self.isTranslatedWordByWord(
                claim, language: context.language(side), own: ownWritten, in: otherText, written: otherWritten, otherLanguage: context.language(other),
                termBase: context.termBase)),
            !Self.isExpandedAcronym(claim, in: otherText), !Self.isAbbreviated(claim, in: otherWritten),
            // An unknown acronym against another the other side leaves unmatched is one body
            // named in each language's acronym: "the OPC" and "ÚOHS" (the Czech competition
            // office), as "WHO" and "OMS".
            !(claim.entity?.isKnown == false && Self.isAcronym(claim)
              && otherUnmatched.contains { $0.entity?.isKnown == false && Self.isAcronym($0) }),
            // "Lausanne" and "Losanna": one name in two spellings, not one missing on each side.
            !otherUnmatched.contains(where: { EntityMismatchRule.areExonyms(claim, $0, context.language(side), context.language(other)) }),
            // A country the other side calls "the country", naming no other place: "six million
            // people still living in the country" is "sei milioni di persone che vivono in Siria".
            !(Self.isCountry(claim) && !otherUnmatched.contains { $0.entity?.category == .place }
              && Self.callsItTheCountry(otherText, language: context.language(other))),
            let otherEvidence = context.evidence(sentence: (other == .source ? pair.source : pair.target)[0], side: other)
          else { continue }
          // A place the other side names by its own adjective ("Turchia" and "Turkish", not
          // "Austria" and "German"), more often than this side gives one, is named there.
          let otherAdjectiveCount = Self.mayBeAnAdjective(claim) ? Self.adjectives(of: claim, in: otherNationalities, context: context) : 0
          if otherAdjectiveCount > 0, otherAdjectiveCount > Self.adjectives(of: claim, in: ownNationalities, context: context) { continue }
          let evidence = context.evidence(claim, side: side)
          // A name the other article gives in another sentence is known to its reader there:
          // "she" for "la Schroeder", "the 17th" for "Pennsylvania's 17th". Reported a level
          // lower.
          let isElsewhere = EntityMismatchRule.occurs(claim, in: other == .source ? everywhere.source : everywhere.target)
          let elsewhere = isElsewhere ? " here (it does elsewhere)" : ""
          // A place the other side gives an adjective of, as often as this side does ("la
          // Turchia … turco" against "Turkish"): one adjective may stand for both. Reported a
          // level lower.
          let byAdjective = otherAdjectiveCount > 0
          let adjective = byAdjective ? ", unless by an adjective, which \(context.languageName(side)) gives as well" : ""
          findings.append(
            Finding(
              rule: Self.spec.id, severity: isElsewhere || byAdjective ? context.severity.lowered : context.severity,
              message: side == .source
                ? "\(context.languageName(.source)) names \(Describe.entity(claim)); \(context.languageName(.target)) does not\(elsewhere)\(adjective)"
                : "\(context.languageName(.source)) does not name \(Describe.entity(claim))\(elsewhere)\(adjective); \(context.languageName(.target)) does",
              evidence: evidence, on: side, other: otherEvidence))
        }
      }
    }
    return findings
  }

  /// Every word of the name is in the other side's text, as written or as a cognate: the
  /// name is there, but not read as one ("Great Lawn di Central Park").
  static func isSpelledOut(_ claim: Claim, in keys: Set<String>, text otherText: String) -> Bool {
    let written = Folding.fold(claim.text).split { !ScalarClass.isLetter($0) && $0 != "'" }.compactMap(EntityMatching.looseKey)
    if !written.isEmpty && written.allSatisfy(keys.contains) { return true }
    // A name of short or linking words only ("And" in a book title both sides quote in
    // English) has no keys: it is there when the other side writes it, word for word.
    if written.isEmpty, containsWords(claim.text, in: otherText) { return true }
    let words = Folding.fold(claim.entity?.canonical ?? claim.text).split { !ScalarClass.isLetter($0) && $0 != "'" }.compactMap(EntityMatching.looseKey)
    return !words.isEmpty && words.allSatisfy(keys.contains)
  }

  /// Every word of an unknown name is in the other side's text as a cognate or a translation,
  /// which writes the name as a description: "Baltic Cruises" and "crociere baltiche", "First
  /// Sino-Japanese War" and "prima guerra sino-giapponese" (not "Room of the Three Windows" and
  /// "Tempio delle Tre Finestre").
  static func isTranslatedWordByWord(
    _ claim: Claim, language: Language, own ownWritten: String, in otherText: String, written otherWritten: String, otherLanguage: Language,
    termBase: TermBase
  ) -> Bool {
    let words = EntityMismatchRule.nameWords(Folding.withoutPossessive(claim.text)).filter { $0.count >= 3 }
    guard let only = words.first else { return false }
    var others: [Substring] = otherText.split { !ScalarClass.isLetter($0) }.filter { $0.count >= 3 }
    // One word is a name translated only when it is a common word its language capitalises
    // ("il Nord del Portogallo") and the other side writes its translation in lower case ("the
    // north of Portugal"), a word nothing else this side says translates: a surname that is a
    // word ("il ministro Rossi … una cravatta rossa") is kept, and the "red" of the other side
    // is the tie's.
    if words.count == 1 {
      let senses = WordSenses.shipped
      guard !senses.senses(of: String(only), language: language).isEmpty else { return false }
      let ownWords = ownWritten.split { !ScalarClass.isLetter($0) }.map { Folding.fold(String($0)) }.filter { $0.count >= 3 && $0 != String(only) }
      let ownSenses = Set(ownWords.flatMap { senses.senses(of: $0, language: language) })
      let lowercase = Set(otherWritten.split { !ScalarClass.isLetter($0) }.filter { $0.first?.isLowercase == true }.map { Folding.fold(String($0)) })
      others = others.filter { lowercase.contains(String($0)) && ownSenses.isDisjoint(with: senses.senses(of: String($0), language: otherLanguage)) }
    }
    let otherKeys = Set(others.compactMap(EntityMatching.looseKey))
    // An Italian plural by its singular too: "crociere" is also a lemma of its own (a bird).
    func forms(_ word: Substring, _ language: Language) -> [String] {
      [String(word)] + (language == .italian ? TermBase.italianSingulars(String(word)) : [])
    }
    lazy var otherForms = others.map { forms($0, otherLanguage) }
    return words.allSatisfy { word in
      if let key = EntityMatching.looseKey(word), otherKeys.contains(key) { return true }
      // A nationality or another term of the glossary ("Japanese" and "giapponese").
      if let term = termBase.lookup(String(word), language: language)?.id,
        others.contains(where: { termBase.lookup(String($0), language: otherLanguage)?.id == term })
      {
        return true
      }
      let own = forms(word, language)
      return otherForms.contains { other in other.contains { form in own.contains { WordSenses.shipped.shareSense($0, language, form, otherLanguage) == true } } }
    }
  }

  /// Whether a word of the name is in the other side's text, as written or as a cognate.
  static func sharesAWord(_ claim: Claim, with keys: Set<String>) -> Bool {
    Folding.fold(claim.text).split { !ScalarClass.isLetter($0) && $0 != "'" }.compactMap(EntityMatching.looseKey).contains(where: keys.contains)
  }

  /// Whether `words` stand in `text` as whole words, both folded and with everything but
  /// letters and digits taken for a space.
  static func containsWords(_ words: String, in text: String) -> Bool { containsWords(words, inSpaced: spacedWords(text)) }

  /// `containsWords` in a text already made `spacedWords`, for one text searched many times.
  static func containsWords(_ words: String, inSpaced spacedText: String) -> Bool {
    let words = spacedWords(words)
    return words.contains { $0 != " " } && spacedText.contains(words)
  }

  /// `text` folded, with everything but letters and digits a space and a space at each end, so
  /// that a plain search finds words whole.
  static func spacedWords(_ text: String) -> String {
    " " + String(Folding.fold(text).map { ScalarClass.isLetter($0) || $0.isNumber ? $0 : " " }) + " "
  }

  /// An unknown name with a word the glossary knows as a common noun, role or nationality
  /// ("Welsh Conservative", "Presiding Officer") is a description the translator may spell
  /// out in words ("un membro del partito conservatore gallese").
  static func containsCommonTerm(_ claim: Claim, context: RuleContext, side: Side) -> Bool {
    guard claim.entity?.isKnown == false else { return false }
    return claim.text.spaceSeparated.contains { word in
      context.termBase.lookup(String(word), language: context.language(side)).map { !$0.category.isName } ?? false
    }
  }

  /// A country or territory as CLDR names it ("Siria", "Belgium").
  static func isCountry(_ claim: Claim) -> Bool { claim.entity?.term?.hasPrefix("region:") == true }

  /// Whether a text refers to a country by a definite description: "the country", "the nation",
  /// "il paese", "nel paese", "la nazione".
  static func callsItTheCountry(_ folded: String, language: Language) -> Bool {
    let phrases =
      language == .english
      ? ["the country", "the nation", "the country's", "the nation's"]
      : ["il paese", "nel paese", "del paese", "al paese", "dal paese", "sul paese", "la nazione", "nella nazione", "della nazione"]
    let spaced = spacedWords(folded)
    return phrases.contains { containsWords($0, inSpaced: spaced) }
  }

  /// The nationality adjectives a side writes ("Turkish", "turco"); Italian's in lower case
  /// only, since a capitalised one is part of a name ("Oceano Indiano" names no India).
  static func nationalities(in written: String, language: Language, context: RuleContext) -> [(word: Substring, term: Term)] {
    written.split { !ScalarClass.isLetter($0) }.filter { language == .english || $0.first?.isLowercase == true }.compactMap { word in
      context.termBase.lookup(String(word), language: language).flatMap { $0.category == .nationality ? (word, $0) : nil }
    }
  }

  /// A place, or an organisation's acronym, which a translation may give as an adjective: "U.S.
  /// senators" is "senatori statunitensi", "the EU single market" is "il mercato unico europeo".
  static func mayBeAnAdjective(_ claim: Claim) -> Bool {
    claim.entity?.category == .place || (claim.entity?.category == .organisation && isAcronym(claim))
  }

  /// How many of `adjectives` are the place's own: a form of the adjective, in either
  /// language, starts like one of the place's names ("statunitense" and "Stati Uniti", "danese"
  /// and "Danimarca", "Welsh"/"gallese" and "Galles"), not "German"/"tedesco" and "Austria".
  static func adjectives(of claim: Claim, in adjectives: [Term], context: RuleContext) -> Int {
    guard !adjectives.isEmpty else { return 0 }
    func stems(_ forms: [String]) -> Set<String> {
      Set(forms.flatMap { Folding.fold($0).split { !ScalarClass.isLetter($0) } }.filter { $0.count >= 3 }.map { String(Folding.cognateKey(String($0)).prefix(3)) })
    }
    let place = stems(claim.entity?.term.flatMap { context.termBase.term(id: $0) }.map { $0.english + $0.italian + $0.aliases } ?? [claim.text])
    return adjectives.filter { !stems($0.english + $0.italian).isDisjoint(with: place) }.count
  }

  /// An acronym the other side spells out, in its own word order: "PTSD" and "disturbi da
  /// stress post-traumatico", "NATO" and "Organizzazione del Trattato dell'Atlantico del Nord".
  /// Every letter must start a different word of one stretch of the other side's text.
  static func isExpandedAcronym(_ claim: Claim, in otherText: String) -> Bool {
    let letters = Folding.fold(Folding.withoutPossessive(claim.text)).filter(ScalarClass.isLetter)
    guard (3...6).contains(letters.count), claim.text.filter(ScalarClass.isLetter).allSatisfy(\.isUppercase) else { return false }
    let initials = otherText.split { !ScalarClass.isLetter($0) }.filter { $0.count >= 3 }.compactMap { Folding.fold($0).first }
    let window = letters.count + 2
    guard initials.count >= letters.count else { return false }
    for start in 0...(initials.count - min(window, initials.count)) {
      var pool = Array(initials[start..<min(initials.count, start + window)])
      let covered = letters.allSatisfy { letter in
        guard let at = pool.firstIndex(of: letter) else { return false }
        pool.remove(at: at)
        return true
      }
      if covered { return true }
    }
    return false
  }

  /// A name of several words the other side gives by its initials: "Cyber Resilience Act" and
  /// "(CRA)", "Product Liability Directive" and "PLD".
  static func isAbbreviated(_ claim: Claim, in otherWritten: String) -> Bool {
    let words = claim.text.split { !ScalarClass.isLetter($0) }.filter { $0.first?.isUppercase == true }
    guard words.count >= 2 else { return false }
    let initials = String(words.compactMap(\.first))
    return otherWritten.split { !ScalarClass.isLetter($0) }.contains { $0 == initials || $0 == initials + "s" }
  }

  /// A name written in capitals and dots only: "EU", "U.N.", "NATO".
  static func isAcronym(_ claim: Claim) -> Bool {
    let text = Folding.withoutPossessive(claim.text)
    return text.count >= 2 && text.allSatisfy { $0.isUppercase || $0 == "." }
  }

  /// An acronym of three letters or fewer the glossary does not know ("GC", "ET") is too
  /// ambiguous to call missing: it may be spelt out, or be no name at all.
  static func isShortAcronym(_ claim: Claim) -> Bool {
    var text = Folding.withoutPossessive(claim.text)
    if text.hasSuffix("s"), text.dropLast().allSatisfy(\.isUppercase) { text.removeLast() }
    return claim.entity?.isKnown == false && text.count <= 3 && text.allSatisfy { $0.isUppercase || $0 == "." || $0.isNumber }
  }

  /// A known name the other side writes in lower case, as Italian does with institutions ("il
  /// senato", "la corte suprema"), which the entity reader does not take for a name.
  static func isWrittenLowercase(_ claim: Claim, in otherText: String, language: Language, context: RuleContext) -> Bool {
    guard let id = claim.entity?.term, let term = context.termBase.term(id: id) else { return false }
    let padded = spacedWords(otherText)
    return (term.forms(in: language) + term.aliases).contains { form in
      let folded = spacedWords(form)
      return folded.count > 3 && padded.contains(folded)
    }
  }

  /// Ranges the mismatch and spelling rules already report: a swapped name is not also missing.
  /// `matching` is the pair's entity matching, which the two rules read instead of making it
  /// again.
  private func swappedRanges(_ pair: ClaimPair, matching: EntityMatching, context: RuleContext) -> Set<TextRange> {
    var context = context
    context.entityMatchings = [matching]
    let mismatches = EntityMismatchRule().findings(in: [pair], context: context)
    let misspellings = EntitySpellingRule().findings(in: [pair], context: context)
    return Set((mismatches + misspellings).flatMap { [$0.source?.range, $0.target?.range] }.compactMap { $0 })
  }
}
