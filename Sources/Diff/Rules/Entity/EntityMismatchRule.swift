import Align
import Claims
import Core
import Foundation
import Glossary

/// A named entity, or a member of a list of them, is replaced by a different one.
struct EntityMismatchRule: DiscrepancyRule {
  static let spec = RuleSpec(
    id: "entity.mismatch",
    severity: .error,
    summary: "A named entity is replaced by a different one",
    rationale: "A swapped country, organisation or person changes who did what; it is never a matter of style.",
    nonTriggering: [
      // A full name against a longer one ending in the same two words: one person.
      .pair(
        en: "The campaign leader, Carinthian Governor Jörg Haider, is preparing a return.",
        it: "Il leader elettorale, il governatore Kärnten Jörg Haider, sta preparando il ritorno."),
      .pair(en: "Officials came from the United States, Belgium and Greece.", it: "Sono arrivati funzionari da Stati Uniti, Belgio e Grecia."),
      .pair(en: "Daesh is also called Islamic State.", it: "Daesh è chiamato anche Stato Islamico."),
      .pair(en: "The conference was held in London.", it: "La conferenza si è tenuta a Londra."),
      .pair(en: "Picasso used to wear it in the French Riviera.", it: "Picasso la portava nella Costa Azzurra."),
      // Names Italian writes in its own form, and a title before a name.
      .pair(
        en: "Buses go to Hebron, the burial place of Abraham, Isaac and Jacob.",
        it: "Gli autobus vanno a Hebron, luogo di sepoltura di Abramo, Isacco e Giacobbe."),
      .pair(en: "King Louis and Queen Marie Antoinette fled.", it: "Il re Luigi e la regina Maria Antonietta fuggirono."),
      // A state by its abbreviation.
      .pair(en: "Police in Baton Rouge, La., made an arrest.", it: "La polizia di Baton Rouge, in Louisiana, ha arrestato un uomo."),
      // A name less specific, and an acronym in Italian word order.
      .pair(en: "The EU Parliament wants rules for AI.", it: "Il Parlamento vuole regole per l'IA."),
      // One name that writes its own acronym in each language's order.
      .pair(
        en: "The clothes were sold to raise funds for Naomi's NGO.", it: "Gli abiti sono stati venduti per raccogliere fondi per la ONG di Naomi."),
      // A name the other side writes word for word, where it was not read as one.
      .pair(
        en: "Chambers had sued God for \"widespread death and destruction.\" Chambers, an agnostic, argues that his lawsuit is \"frivolous.\"",
        it: "Chambers aveva fatto causa a Dio per \"morte e distruzione\". Secondo Chambers, un agnostico, la sua causa è \"superficiale\"."),
    ],
    triggering: [
      .pair(
        en: "Officials came from the United States, ↓Belgium and Greece.", it: "Sono arrivati funzionari da Stati Uniti, ↓Olanda e Grecia.",
        message: "English names Belgium (a place); Italian names 'Olanda' = Netherlands (a place) instead"),
      .pair(en: "The conference was held in ↓London.", it: "La conferenza si è tenuta a ↓Parigi."),
      // Surnames that are Italian words: the English text keeps its name as it is.
      .pair(
        en: "Minister ↓Bianchi met the French president in Paris yesterday to discuss migrants.",
        it: "Il ministro ↓Rossi ha incontrato ieri il presidente francese a Parigi per discutere di migranti."),
      // Two names led by proper names, whatever common words follow.
      .pair(
        en: "I knew him well in the two decades he conducted the ↓Shaoshan Tourism Center from 1962 to 1982.",
        it: "Lo conobbi bene nei due decenni in cui condusse la ↓Guildford Philharmonic dal 1962 al 1982."),
      // Two names that share a last word, each with proper words of its own: two companies.
      .pair(
        en: "But ↓Kubo Takefusa Gold does not seem to have much faith in public opinion.",
        it: "Ma la ↓Barrick Gold non sembra avere molta fiducia nell'opinione pubblica."),
      // Two names that share a title and differ in the name: two people.
      .pair(
        en: "↓Sheikh Chugoku is expected to return home after October 17.", it: "Si aspetta il ritorno a casa di ↓Sheikh Hasina dopo il 17 ottobre."),
      // A name said twice on one side and once on the other, where the other names another.
      .pair(
        en: "Terry Branstad, the U.S. ambassador to China and a former governor of Iowa, a big exporter to ↓China, spoke.",
        it: "Terry Branstad, ambasciatore degli Stati Uniti in ↓Polonia ed ex governatore dell'Iowa, grande esportatore in Cina, ha parlato."),
      // The repeated name is written on the other side too, only once.
      .pair(
        en: "Pelosi spoke on Saturday at the Texas Tribune Festival in Austin, ↓Texas.",
        it: "La Pelosi ha parlato sabato al ↓Finlandia Tribune Festival ad Austin, in Texas."),
      // An English name the Italian text keeps as written is a name, though made of words.
      .pair(
        en: "In addition to ↓Mercury and Mac OS, the suite is also available for Linux.",
        it: "Oltre che per ↓Windows e Mac OS, la suite è anche disponibile per Linux."),
    ])

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    for (index, pair) in pairs.enumerated() where pair.isCloseTranslation {
      let matching = context.entityMatching(pairs, index)
      let spelling = EntitySpellingRule()
      let misspelt = Set(
        spelling.misspellings(unknown: matching.unmatchedTarget, known: matching.unmatchedSource, unknownSide: .target, context: context)
          .flatMap { [$0.source?.range, $0.target?.range] }.compactMap { $0 })
      // Names the neighbouring sentences explain are alignment slack, not swaps; a one-to-one
      // pair is trusted alone.
      let radius = pair.source.count == 1 && pair.target.count == 1 ? 0 : 1
      let neighbourhood = Neighbourhood(pairs: pairs, radius: radius)
      let nearbyTarget = neighbourhood.claims(around: index, side: .target)
      let nearbySource = neighbourhood.claims(around: index, side: .source)
      var source = matching.unmatchedSource.filter { !misspelt.contains($0.range) && !Self.occurs($0, in: nearbyTarget) }
      var target = matching.unmatchedTarget.filter { !misspelt.contains($0.range) && !Self.occurs($0, in: nearbySource) }
      // A known name said once more on one side may be the one the other side replaced:
      // "ambassador to China … exporter to China" against "ambasciatore in Polonia … in Cina".
      // Such a repeat is written on the other side, only fewer times: that is no sign it is
      // there, so the check below passes it over.
      var repeats = (source: Set<TextRange>(), target: Set<TextRange>())
      if source.isEmpty, !target.isEmpty {
        source = matching.surplusSource.filter { Self.mayBeReplaced($0, by: target) }
        repeats.source.formUnion(source.map(\.range))
      }
      if target.isEmpty, !source.isEmpty {
        target = matching.surplusTarget.filter { Self.mayBeReplaced($0, by: source) }
        repeats.target.formUnion(target.map(\.range))
      }
      guard !source.isEmpty, !target.isEmpty else { continue }
      // A name the other side writes word for word is there, though not read as a name
      // ("Chambers had sued God", a sentence's first word).
      // Each side's text is read only when a name is about to be paired, and once.
      func spaced(_ side: Side) -> String {
        EntityMissingRule.spacedWords(
          (side == .source ? pair.source : pair.target).compactMap { context.evidence(sentence: $0, side: side)?.text }.joined(separator: " "))
      }
      lazy var spacedSource = spaced(.source)
      lazy var spacedTarget = spaced(.target)
      func isWritten(_ claim: Claim, in spacedText: String) -> Bool { EntityMissingRule.containsWords(claim.text, inSpaced: spacedText) }
      var usedTarget = Set<Int>()
      for claim in source {
        guard claim.entity != nil,
          let hit = target.indices.first(where: { candidate in
            !usedTarget.contains(candidate) && Self.compatible(claim, target[candidate])
              && !Self.areExonyms(claim, target[candidate], context.language(.source), context.language(.target))
              && (repeats.target.contains(target[candidate].range) || !isWritten(target[candidate], in: spacedSource))
          }),
          repeats.source.contains(claim.range) || !isWritten(claim, in: spacedTarget)
        else { continue }
        usedTarget.insert(hit)
        let other = target[hit]
        findings.append(
          Finding(
            rule: Self.spec.id, severity: context.severity,
            message: "\(context.languageName(.source)) names \(Describe.entity(claim)); \(context.languageName(.target)) names \(Describe.entity(other)) instead",
            source: context.evidence(claim, side: .source), target: context.evidence(other, side: .target)))
      }
    }
    return findings
  }

  /// Whether one name can stand where the other stood: the same category, or a name the
  /// glossary does not know against a person, organisation or place ("Ohio" for "Portogallo")
  /// when the unknown one looks like a proper name: no dictionary word in it, and not a short
  /// acronym ("AZ") that may abbreviate anything.
  static func compatible(_ a: Claim, _ b: Claim) -> Bool {
    guard let x = a.entity, let y = b.entity else { return false }
    // A short acronym may abbreviate anything ("AZ" for "Arizona"); only another acronym can be
    // said to replace it ("CDU" and "ADA").
    let acronyms = (EntityMissingRule.isShortAcronym(a), EntityMissingRule.isShortAcronym(b))
    if acronyms.0 != acronyms.1 { return false }
    switch (x.category, y.category) {
    case (nil, nil): return true
    case (nil, let other?): return [.person, .organisation, .place].contains(other) && isProperName(a.text)
    case (let other?, nil): return [.person, .organisation, .place].contains(other) && isProperName(b.text)
    case (let p?, let q?): return p == q
    }
  }

  /// Whether a repeated name may be the one the other side replaced by one of `others`: only
  /// a known name, by a known name of its kind — a repeat is more often a dropped pronoun.
  static func mayBeReplaced(_ repeated: Claim, by others: [Claim]) -> Bool {
    repeated.entity?.isKnown == true && others.contains { $0.entity?.isKnown == true && $0.entity?.category == repeated.entity?.category }
  }

  /// A name none of whose words a dictionary knows: "Ohio", "Wesbanco", not "Stando al Centro".
  static func isProperName(_ name: String) -> Bool {
    let words = nameWords(name)
    return !words.isEmpty && !words.contains { WordSenses.shipped.isCommonWord(String($0)) }
  }

  /// A name whose first word no dictionary knows, whatever follows: "Guildford Philharmonic",
  /// "Barrick Gold", not "Stando al Centro".
  static func isLedByAProperName(_ name: String) -> Bool {
    guard let first = nameWords(name).first else { return false }
    return !WordSenses.shipped.isCommonWord(String(first))
  }

  /// A name's folded words of two letters or more, without the words that link names ("of",
  /// "di"): what the tests of its words read.
  static func nameWords(_ name: String) -> [Substring] {
    Folding.fold(name).split { !ScalarClass.isLetter($0) }.filter { $0.count >= 2 && !EntityMatching.connectors.contains(String($0)) }
  }

  /// Two names the glossary does not know that start alike once cognate spellings are evened
  /// out are one name in two languages ("Thames" and "Tamigi"), not a swap.
  static func areExonyms(_ a: Claim, _ b: Claim, _ languageA: Language, _ languageB: Language) -> Bool {
    // A shorter name the longer one ends with names the same thing: "Parlamento" for "EU
    // Parliament", "the Court" for "the Supreme Court".
    if let x = a.entity, let y = b.entity, x.category == y.category, x.category != nil, isPartOfName(a.text, b.text) || isPartOfName(b.text, a.text) {
      return true
    }
    guard a.entity?.isKnown == false || b.entity?.isKnown == false else { return false }
    if isAcronymReordered(a.text, b.text) { return true }
    // Names made of common words are translated, not kept: "Cold War" is "Guerra Fredda".
    // Both must read as words of their own language; "Chambers" against "Nissan" is a swap.
    if a.entity?.isKnown == false && b.entity?.isKnown == false,
      isTranslatable(a.text, in: languageA) && isTranslatable(b.text, in: languageB)
    {
      return true
    }
    // A name and a partial translation of it share a word's sense or a cognate: "Palu's Army
    // Hospital" and "Ospedale", "Asian Games" and "Giochi" — unless the two are unknown names
    // of one shape that differ only in proper names, which then tell them apart: "Sheikh
    // Hasina" and "Sheikh Chugoku" share a title and are two people. And two names with common
    // words ("Drought Monitor", "Stando al Centro") are descriptions, not names to swap —
    // unless each is led by a proper name: "Guildford Philharmonic" and "Shaoshan Center".
    var (nameA, nameB) = (a.text, b.text)
    if shareAWord(a.text, languageA, b.text, languageB) {
      guard a.entity?.isKnown == false, b.entity?.isKnown == false, let differing = differingProperWords(a.text, b.text) else { return true }
      (nameA, nameB) = differing
    } else if a.entity?.isKnown == false && b.entity?.isKnown == false, !isProperName(a.text) && !isProperName(b.text),
      !(isLedByAProperName(a.text) && isLedByAProperName(b.text)),
      !isKeptForeign(a.text, in: languageA), !isKeptForeign(b.text, in: languageB)
    {
      return true
    }
    let x = Folding.fold(nameA).filter(ScalarClass.isLetter).replacingOccurrences(of: "th", with: "t")
    let y = Folding.fold(nameB).filter(ScalarClass.isLetter).replacingOccurrences(of: "th", with: "t")
    if x.count >= 3 && y.count >= 3 && x.prefix(3) == y.prefix(3) { return true }
    if isAbbreviation(x, of: y) || isAbbreviation(y, of: x) { return true }
    // "Lausanne" and "Losanna": an exonym a few letters away.
    let limit = max(x.count, y.count) * 2 / 5
    return Folding.editDistance(x, y, limit: limit) <= limit
  }

  /// An acronym in each language's word order: "AI" and "IA", "NATO" and "OTAN".
  static func isAcronymReordered(_ a: String, _ b: String) -> Bool {
    let letters = (a.filter(ScalarClass.isLetter), b.filter(ScalarClass.isLetter))
    return letters.0.count >= 2 && letters.0 != letters.1 && letters.0.allSatisfy(\.isUppercase) && letters.1.allSatisfy(\.isUppercase)
      && letters.0.sorted() == letters.1.sorted()
  }

  /// The words in which two names differ, when they also share one written alike and every
  /// word that differs is a proper name, no dictionary word: "hasina" and "chugoku" for "Sheikh
  /// Hasina" and "Sheikh Chugoku", "barrick" and "kubo takefusa" for "Barrick Gold" and "Kubo
  /// Takefusa Gold".
  static func differingProperWords(_ a: String, _ b: String) -> (String, String)? {
    let words = { (text: String) in Folding.fold(text).split { !ScalarClass.isLetter($0) }.map(String.init) }
    let (x, y) = (words(a), words(b))
    guard x.count >= 2 || y.count >= 2 else { return nil }
    if x.count == y.count {
      let differing = zip(x, y).filter { $0 != $1 }
      guard !differing.isEmpty, differing.count < x.count,
        differing.allSatisfy({ !WordSenses.shipped.isCommonWord($0) && !WordSenses.shipped.isCommonWord($1) })
      else { return nil }
      return (differing.map(\.0).joined(separator: " "), differing.map(\.1).joined(separator: " "))
    }
    // Of different lengths, the words each has that the other lacks: "Barrick" against "Kubo
    // Takefusa" in "Barrick Gold" and "Kubo Takefusa Gold".
    let (onlyX, onlyY) = (x.filter { !y.contains($0) }, y.filter { !x.contains($0) })
    guard !onlyX.isEmpty, !onlyY.isEmpty, onlyX.count < x.count, onlyY.count < y.count,
      (onlyX + onlyY).allSatisfy({ !WordSenses.shipped.isCommonWord($0) })
    else { return nil }
    return (onlyX.joined(separator: " "), onlyY.joined(separator: " "))
  }

  /// Whether `short`'s words, as cognates, are all among `long`'s last words ("Parlamento" in
  /// "EU Parliament"): the same name, less specific.
  static func isPartOfName(_ short: String, _ long: String) -> Bool {
    let shortKeys = Folding.fold(short).split { !ScalarClass.isLetter($0) }.compactMap(EntityMatching.looseKey)
    let longKeys = Folding.fold(long).split { !ScalarClass.isLetter($0) }.compactMap(EntityMatching.looseKey)
    guard !shortKeys.isEmpty, shortKeys.count < longKeys.count else { return false }
    return Array(longKeys.suffix(shortKeys.count)) == shortKeys || Array(longKeys.prefix(shortKeys.count)) == shortKeys
  }

  /// A short name whose letters run through a name at least twice as long, from its first
  /// letter on: "La" and "Louisiana", "Calif" and "California", "Mass" and "Massachusetts".
  static func isAbbreviation(_ short: String, of long: String) -> Bool {
    guard (2...5).contains(short.count), long.count >= short.count * 2, short.first == long.first else { return false }
    var rest = long[...]
    for letter in short {
      guard let at = rest.firstIndex(of: letter) else { return false }
      rest = rest[rest.index(after: at)...]
    }
    return true
  }

  /// Whether a name is words of the other language kept as they are: in an Italian text,
  /// English words ("Windows", "Jersey Dairy", "Whitecaps"); in an English text, Italian words
  /// no English dictionary has ("Bianchi", "Casa Bianca" kept as a name). A name, not a
  /// description, since a translation would have put it into the text's language; the other
  /// text, when faithful, writes it alike.
  static func isKeptForeign(_ name: String, in language: Language) -> Bool {
    let words = nameWords(name)
    let senses = WordSenses.shipped
    return !words.isEmpty
      && words.allSatisfy { word in
        switch language {
        case .italian: senses.isCommonWord(String(word), language: .english) && senses.senses(of: String(word), language: .italian).isEmpty
        case .english: senses.isCommonWord(String(word), language: .italian) && !senses.isCommonWord(String(word), language: .english)
        }
      }
  }

  /// Whether a name is made only of common words of its text's language, and so would be
  /// translated rather than kept: "Cold War", "Guerra Fredda". In an Italian article "Jersey
  /// Dairy" and "Windows" are names kept in English, not Italian words to translate.
  static func isTranslatable(_ name: String, in language: Language) -> Bool {
    let words = nameWords(name)
    return !words.isEmpty && words.allSatisfy { WordSenses.shipped.isCommonWord(String($0), language: language) }
  }

  static func shareAWord(_ a: String, _ languageA: Language, _ b: String, _ languageB: Language) -> Bool {
    let wordsA = Folding.fold(a).split { !ScalarClass.isLetter($0) }.filter { $0.count >= 3 }.map(String.init)
    let wordsB = Folding.fold(b).split { !ScalarClass.isLetter($0) }.filter { $0.count >= 3 }.map(String.init)
    for x in wordsA {
      for y in wordsB {
        if x.prefix(5) == y.prefix(5) && min(x.count, y.count) >= 4 { return true }
        if WordSenses.shipped.shareSense(x, languageA, y, languageB) == true { return true }
      }
    }
    return false
  }

  /// Whether the claim's entity is among `claims`.
  static func occurs(_ claim: Claim, in claims: [Claim]) -> Bool {
    guard let entity = claim.entity else { return false }
    return claims.contains { $0.entity.map { EntityMatching.same(entity, $0) } ?? false }
  }
}
