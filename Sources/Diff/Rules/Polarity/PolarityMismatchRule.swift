import Align
import Claims
import Core
import Foundation
import Glossary
import Ingest

/// One side negates what the other asserts: a negation added or dropped, or a word replaced by
/// its opposite.
struct PolarityMismatchRule: DiscrepancyRule {
  static let spec = RuleSpec(
    id: "polarity.mismatch",
    severity: .error,
    summary: "One side negates what the other asserts",
    rationale: "A lost or added 'not', or 'increase' turned into 'calo', reverses the claim while every name and number still matches.",
    nonTriggering: [
      .pair(en: "The minister did not resign.", it: "Il ministro non si è dimesso."),
      .pair(en: "The talks failed.", it: "I colloqui non hanno avuto successo."),
      // "non prima di" is "at the earliest"; a clause joined to one whose subject is an
      // n-word goes on denying with it.
      .pair(en: "The Senate could vote on the plan on Wednesday at the earliest.", it: "Il Senato potrebbe votare il piano non prima di mercoledì."),
      .pair(
        en: "None of the other parties passed the threshold and got into parliament.",
        it: "Nessun altro partito ha superato la soglia e non è entrato in parlamento."),
      // "keep … from" with a verb denies it, as "di non" does; "keep the change" does not.
      .pair(
        en: "The secret is the niche, a special job each cat holds that keeps it from competing with others.",
        it: "Il segreto è la nicchia, un compito particolare che ogni felino ha e che gli permette di non competere con gli altri."),
      // A word both sides write, a loanword, is opposed to nothing the other side says.
      .pair(
        en: "They cancelled the tour after lead singer Steven Tyler was injured in a fall.",
        it: "Hanno annullato il tour dopo che il lead vocalist Steven Tyler si è infortunato a seguito di una caduta."),
      .pair(en: "The company did not fail.", it: "L'azienda non è fallita."),
      .pair(en: "He said the nominee was unfit to serve.", it: "Ha detto che il candidato non è adatto a servire."),
      // Litotes: "non si trovino impreparate" asserts that they will be prepared.
      .pair(
        en: "The vaccine will help prepare health agencies for next year.",
        it: "Il vaccino farà in modo che le strutture sanitarie non si trovino impreparate il prossimo anno."),
      // "rather than" and "prevented … from" deny as the "non" does.
      .pair(
        en: "Our sport may be better served by change within our organization, rather than decertification.",
        it: "Il nostro sport può essere servito meglio da un cambiamento nella nostra organizzazione, e non con la decertificazione."),
      .pair(
        en: "The power cut prevented the authorities from receiving the tsunami warning.",
        it: "L'interruzione di corrente non ha permesso alle autorità di ricevere l'allerta tsunami."),
      // A negation in a clause the translation leaves out, its names with it: an omission.
      .pair(
        en: "“We have made it a lot harder for them to operate,” he said, adding he did not know if it would be harder to take down Daesh’s own platform.",
        it: "“Abbiamo reso più difficile per loro operare – ha concluso."),
      .pair(en: "Nobody was ever arrested.", it: "Nessuno è mai stato arrestato."),
      .pair(en: "Prices increased last year.", it: "I prezzi sono aumentati l'anno scorso."),
      .pair(en: "The shark species was unknown.", it: "La specie dello squalo non era nota."),
      .pair(en: "Pelosi said he was unfit to serve.", it: "Pelosi ha detto che non è adatto a servire."),
      .pair(en: "North Korea says there is no way it will disarm.", it: "La Corea del Nord si rifiuta di disarmare."),
      .pair(en: "Not only the police but also the army came.", it: "Non solo la polizia ma anche l'esercito è arrivato."),
      .pair(en: "Europol flagged 52 platforms.", it: "Europol ha segnalato 52 piattaforme, non solo le più note."),
      // A denying word that is also a function word, and "not … until" on one side only.
      .pair(en: "For readers outside Wales, the word means daft.", it: "Per i lettori che non vivono in Galles, la parola significa cretino."),
      .pair(en: "There had been no reports of violence by 1 p.m.", it: "Non ci sono state segnalazioni di violenze fino alle 13."),
      .pair(en: "The museum will open only in March.", it: "Il museo non aprirà fino a marzo."),
      .pair(en: "The museum will open only next year.", it: "Il museo non aprirà fino al prossimo anno."),
      // A negation said twice for emphasis, and "nothing but" for "only".
      .pair(en: "It has contributed nothing, absolutely nothing, to the victory.", it: "Non ha contribuito per niente, proprio per niente, alla vittoria."),
      .pair(en: "The lack of opposition is nothing else than maturity.", it: "La mancanza d'opposizione non è altro che maturità."),
      // Idioms that assert, or deny without a "not", and a "nor" Italian writes as a "non".
      .pair(en: "I couldn't help but think she was right.", it: "Ho pensato che avesse ragione."),
      .pair(en: "I couldn't help thinking she was right.", it: "Non ho potuto fare a meno di pensare che avesse ragione."),
      .pair(en: "The last thing they needed was another candidate.", it: "Non serviva loro un altro candidato."),
      .pair(
        en: "I do not say his fall is inevitable - nor that of his allies.",
        it: "Non dico che la sua caduta sia inevitabile, come non lo è quella dei suoi alleati."),
      .pair(en: "Yes, but you don't see no tail.", it: "Sì, ma non si vede una coda."),
      .pair(en: "Non-profit organisations are exempted.", it: "Le organizzazioni non profit sono esentate."),
      // Negations in an affix: "-less", "mis-", and "un-" where WordNet opposes the words.
      .pair(en: "Students are often clueless about cooking.", it: "Gli studenti spesso non hanno idea di come cucinare."),
      .pair(en: "Tears are fundamentally misunderstood.", it: "Le lacrime fondamentalmente non vengono comprese."),
      .pair(en: "The cause was unknown.", it: "La causa non era nota."),
      // An opposite read in the wrong part of speech ("appena" is the adverb "new"), or
      // through a lemma key two words share ("records" and "recorded").
      .pair(en: "The crew is just half that of older frigates.", it: "L'equipaggio è appena la metà di quello delle fregate più vecchie."),
      .pair(en: "Phone records showed they had known each other for a week.", it: "I dati del telefono mostravano che si conoscevano da una settimana."),
      // "poco probabile" is "unlikely", and "a meno che non" is "unless".
      .pair(en: "The driver is unlikely to face charges.", it: "È poco probabile che il conducente subisca accuse."),
      .pair(en: "It will not happen unless the council agrees.", it: "Non accadrà a meno che il consiglio non sia d'accordo."),
      // A noun's opposite where the translation changed the part of speech ("his defense" for
      // "difendere"), or where the word is a verb ("to end poverty").
      .pair(
        en: "Continuing his defense of the nominee, accused of misconduct, the president spoke.",
        it: "Continuando a difendere il candidato, accusato di un reato, il presidente ha parlato."),
      .pair(en: "The festival, which began in 2012, hopes to end poverty.", it: "Il festival, che ha avuto inizio nel 2012, spera di eliminare la povertà."),
      // Common opposites that a translation rephrases, grades the other way or moves.
      .pair(en: "The least expensive phones have a memory slot.", it: "I cellulari più economici hanno uno slot per la memoria."),
      .pair(en: "Sooner or later it will end in an accident.", it: "Prima o poi finirà con un incidente."),
      .pair(en: "He urged them to avoid polluting first and cleaning up later.", it: "Li ha invitati a evitare di inquinare prima e ripulire poi."),
      .pair(en: "South Africa have defeated the All Blacks in Rustenburg.", it: "Il Sudafrica ha vinto contro gli All Blacks a Rustenburg."),
      .pair(en: "The rescuers found the climbers alive and the dog dead.", it: "I soccorritori hanno trovato gli alpinisti vivi e il cane morto."),
      .pair(en: "The festival, which opened in 2012, hopes to end poverty.", it: "Il festival, che ha avuto inizio nel 2012, spera di eliminare la povertà."),
      // A prefix whose stem the other side says through a word this side also has, and a
      // "free" that denies nothing.
      .pair(
        en: "Since the response was limited, Germany expected the same for its unrestricted submarine warfare.",
        it: "Poiché la risposta era limitata, la Germania si aspettava lo stesso per la sua guerra sottomarina indiscriminata."),
      .pair(en: "The contracts are freestyle, unregistered and without limits.", it: "I contratti sono di tipo libero, non registrati e senza limiti."),
      .pair(en: "The region is free of the disease.", it: "La regione non ha più la malattia."),
      .pair(en: "If you are struggling to cope, you can call Samaritans free.", it: "Se pensi di non farcela, puoi chiamare i Samaritans gratuitamente."),
      // A sentence the translation splits, whose second half denies with a word.
      .pair(
        en: "He was at rock bottom on Christmas Day - when the kids opened their presents he didn't make eye contact with them or anything.",
        it: "Il giorno di Natale ha toccato il fondo. Quando i bambini hanno aperto i regali, ha evitato di guardarli negli occhi."),
      // A negative question asserts: a tag ("aren't you?") or a rhetorical one.
      .pair(en: "Dancer, actress and designer, you're a very versatile woman, aren't you?", it: "Ballerina, attrice e stilista, sei una donna molto versatile, no?"),
      .pair(en: "They expect us to say, 'isn't that wonderful.'", it: "Si aspettano che la decisione venga accolta in modo positivo."),
      // A negation one side writes as a negative word: "impossibile", "poco chiare", "evitate";
      // and a "non" that is a prefix in all but spelling.
      .pair(
        en: "Symptoms are so general that an immediate diagnosis cannot be made.",
        it: "I sintomi sono così generici da rendere impossibile una diagnosi immediata."),
      .pair(en: "The prisoners' demands are not clear.", it: "Le richieste dei detenuti sono poco chiare."),
      .pair(en: "The truck driver was not injured in the crash.", it: "Il camionista è uscito illeso dallo scontro."),
      .pair(en: "Do not make jokes about the Holocaust or the Nazis.", it: "Evitate battute sull'olocausto o sui nazisti."),
      .pair(en: "The show featured amateur voice actors from Texas.", it: "Il programma usava doppiatori non professionisti del Texas."),
      // An "un-" participle negates as "non" does; an opponent called an enemy opposes still.
      .pair(en: "From the legal point of view, the question is unresolved.", it: "Dal punto di vista della legge, la questione non è risolta."),
      .pair(en: "He was an enemy of the regime and a supporter of lost causes.", it: "Fu un oppositore del regime e difensore di cause perse."),
      // A clock time's words are the time rules' ("half past six" is no opposite of "tutta"),
      // and a negated word that denies asserts ("non mancano").
      .pair(
        en: "When the group arrives at half past six, buses from all over Europe are there.",
        it: "Quando il gruppo arriva alle 6,30, ci sono già autobus da tutta Europa."),
      .pair(en: "There are also firms that offer training and advice.", it: "E non mancano le aziende che offrono formazione e consulenza."),
      // "are down" is out of service.
      .pair(en: "Electricity and communication networks are down in the region.", it: "La rete elettrica e quella delle comunicazioni non funzionano nella regione."),
    ],
    triggering: [
      .pair(
        en: "↓The minister resigned on Monday.", it: "Il ministro ↓non si è dimesso lunedì.",
        message: "Italian negates with 'non' what English asserts"),
      .pair(en: "The new rules are ↓legal in Rome.", it: "Le nuove regole sono ↓illegali a Roma."),
      // A verb MultiWordNet lacks, before its object.
      .pair(en: "↓The government wins the prize.", it: "Il governo ↓non vince il premio."),
      // A word that denies on both sides leaves the negation beside it on one side over.
      .pair(
        en: "Their representatives did ↓not deny having issued the invoices.",
        it: "↓I loro rappresentanti hanno negato di aver emesso le fatture."),
      // "fino a" before a figure is "up to", not "until": the "non" negates.
      .pair(en: "↓Rosa had winds of up to 85 mph on Sunday.", it: "Rosa ↓non ha registrato venti fino a 138 km/h domenica."),
      .pair(en: "The plan did ↓not pass, nor did the budget.", it: "↓Il piano è passato, e così il bilancio."),
      // "free" before a noun costs nothing; it denies nothing.
      .pair(en: "↓He has pledged to open more free public universities.", it: "↓Non ha promesso di aprire più università pubbliche."),
      // A denying word both sides say ("fail", "fallire"), and a prefixed word each side writes
      // with its own prefix ("unconstitutionally", "incostituzionalmente"), leave the "non"
      // beside them over.
      .pair(
        en: "↓Global Citizen replied: \"We will fall and fail.\"", it: "Global Citizen ↓non ha risposto: \"Cadremo e falliremo.\""),
      .pair(
        en: "↓The maps were redrawn after the court ruled the districts unconstitutionally drawn.",
        it: "Le mappe ↓non sono state ridisegnate dopo che la corte ha giudicato i distretti tracciati incostituzionalmente."),
      // A negation in a clause the other side drops is not counted; another one still is.
      .pair(
        en: "Sylvana did ↓not already know the word from Mangas; in the new Exchange Log she tells about Japan, not about Germany.",
        it: "↓Sylvana conosce la parola già da Mangas; nel nuovo Log di scambio racconta del Giappone."),
      // "Instead," opening a clause contrasts; it denies nothing.
      .pair(
        en: "↓Instead, he noted, the U.S. is continuing sanctions aimed at keeping up pressure.",
        it: "Invece, ↓non ha sottolineato, gli USA stanno continuando a imporre sanzioni volte a mantenere alta la pressione."),
      // "un-" before a verb's object undoes; it does not deny what the "non" denies.
      .pair(en: "↓Designers unveiled an array of hats at the show.", it: "Gli stilisti ↓non hanno svelato una serie di cappelli alla sfilata."),
      // Not litotes: a "-less" word is a word of its own ("not a timeless classic").
      .pair(
        en: "Fruit pastries are ↓not a timeless classic, from apples to cherries and plums.",
        it: "↓I dolci alla frutta sono un classico intramontabile, dalle mele alle ciliegie e alle prugne."),
      // Italian "fallire" translates "fail", but alone it misses a shot and denies nothing.
      .pair(
        en: "The player entered the game late and did ↓not miss with a shot over the crossbar.",
        it: "↓Il giocatore è entrato tardi in gioco e ha fallito con un tiro sulla traversa."),
      // A prefix that is no negation: "unearth" does not deny "earth".
      .pair(en: "↓He asked whether the FBI could unearth anything new.", it: "Egli ↓non ha chiesto se l'FBI potesse portare alla luce qualcosa di nuovo."),
      // Both sides negate alike, and a word MultiWordNet lacks negates one it has.
      .pair(en: "The plan was ↓popular, and the council did not pass it.", it: "Il piano era ↓impopolare, e il consiglio non lo ha approvato."),
      // A prefix that negates what the other side asserts, and a noun's opposite.
      .pair(
        en: "The minister said the measure was ↓unnecessary.", it: "↓Il ministro ha detto che la misura era necessaria.",
        message: "English negates with 'unnecessary' what Italian asserts"),
      .pair(en: "Other politicians read the ↓victory as a warning.", it: "Altri politici hanno letto la ↓sconfitta come un avvertimento."),
      // Common opposites: a preposition, a verb of change, and a grade of the same word.
      .pair(
        en: "Trerise was in prison for six years ↓before admitting eight assaults.",
        it: "Trerise è stato in prigione per sei anni ↓dopo aver ammesso otto aggressioni.",
        message: "English says 'before' where Italian says its opposite, 'dopo'"),
      .pair(en: "The construction work ↓began in Rome today.", it: "I lavori di costruzione sono ↓terminati oggi a Roma."),
      .pair(en: "The singer ↓lived in Paris in 1920.", it: "Il cantante ↓morì a Parigi nel 1920."),
      .pair(en: "If you are among the ↓least demanding listeners, take a phone.", it: "Se siete tra gli ascoltatori ↓più esigenti, prendete un cellulare."),
      // "down by 5%" is a fall; it denies nothing.
      .pair(en: "↓Sales were down by 5% in May.", it: "Le vendite ↓non sono calate del 5% a maggio."),
      .pair(en: "Consumer groups and the regulator ↓supported the merger.", it: "I gruppi dei consumatori e l'autorità di regolamentazione si ↓opposero alla fusione."),
      .pair(en: "He called it the first ↓pro-European government.", it: "Lo ha definito il primo governo ↓anti-europeo."),
      .pair(en: "For its new sensors, the company was ↓uninspired by nature.", it: "↓Per i suoi nuovi sensori, l'azienda si è ispirata alla natura."),
    ])

  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    for (index, pair) in pairs.enumerated() where pair.isComparableInCount {
      let sourceNegations = pair.sourceClaims.filter { $0.kind == .negation }
      let targetNegations = pair.targetClaims.filter { $0.kind == .negation }
      let sourceAll = words(pair.source, side: .source, context: context)
      let targetAll = words(pair.target, side: .target, context: context)
      if let finding = countMismatch(sourceNegations, targetNegations, sourceAll, targetAll, pair: pair, context: context) {
        // A negation the alignment put one sentence away ("Oh, no. I didn't leak." against
        // "Oh, no." and a next sentence that has it) balances over the neighbouring pairs.
        if !Self.balancesNearby(pairs, index, context: context), !deniedNearby(pairs, index, context: context) { findings.append(finding) }
        continue
      }
      // "poco probabile" is "unlikely": an attenuated word negates without a negation.
      // The words of a date or a clock time are the time rules' to compare: "half past six" is
      // "alle 6,30", not the opposite of a whole ("tutta Europa").
      func isContent(_ word: Word, _ times: [Claim]) -> Bool {
        !word.isCapitalized && !word.isFunctionWord && !times.contains { $0.sentence == word.sentence && $0.range.contains(word.range) }
      }
      let times = (source: pair.sourceClaims.filter { $0.kind == .time }, target: pair.targetClaims.filter { $0.kind == .time })
      let content = (source: sourceAll.filter { isContent($0, times.source) }, target: targetAll.filter { isContent($0, times.target) })
      let attenuated = (content.source.contains { Self.attenuators.contains($0.folded) }) || content.target.contains { Self.attenuators.contains($0.folded) }
      if !attenuated, let finding = affixMismatch(sourceNegations.count, targetNegations.count, sourceAll, targetAll, pair: pair, context: context) {
        findings.append(finding)
        continue
      }
      // A negation next to an opposite ("non è nota" for "unknown") is the same claim; the
      // antonym check looks only where the two sides negate alike ("non avrà successo negli
      // affari interni" against "will not succeed in external affairs" still swaps a word).
      guard sourceNegations.count == targetNegations.count,
        Self.definiteNegations(sourceNegations).count == Self.definiteNegations(targetNegations).count
      else { continue }
      if let swap = oppositeSwap(source: sourceAll, target: targetAll, context: context) {
        findings.append(swap)
      } else if !attenuated, let antonym = antonymSwap(source: content.source, target: content.target, context: context) {
        findings.append(antonym)
      }
    }
    return findings
  }

  /// A negation one side has and the other lacks, counted: each side's definite negations,
  /// plus its "not … until" ones, which a translation may drop ("not until March" is "only in
  /// March"), must be able to meet the other's. A negation one side writes as a word of its own
  /// ("non è nota") the other may write as a prefix or suffix ("unknown", "speechless") or as a
  /// word that denies ("without", "outside", "senza"): such words make up the difference.
  private func countMismatch(
    _ sourceNegations: [Claim], _ targetNegations: [Claim], _ sourceWords: [Word], _ targetWords: [Word], pair: ClaimPair,
    context: RuleContext
  ) -> Finding? {
    let definite = (source: Self.definiteNegations(sourceNegations), target: Self.definiteNegations(targetNegations))
    let most = (source: sourceNegations.count, target: targetNegations.count)
    // The side with more definite negations than the other has negations at all: at most one
    // side can be.
    let negatingSide: Side
    if definite.source.count > most.target {
      negatingSide = .source
    } else if definite.target.count > most.source {
      negatingSide = .target
    } else {
      return nil
    }
    let other: Side = negatingSide == .source ? .target : .source
    let (ownWords, otherWords) = negatingSide == .source ? (sourceWords, targetWords) : (targetWords, sourceWords)
    let (ownLanguage, otherLanguage) = (context.language(negatingSide), context.language(other))
    // The other side's negating words, read once for the litotes check and the absorbers.
    let otherNegatives = affixedNegativeWords(otherWords, otherLanguage, against: ownWords, ownLanguage)
    var counted = negatingSide == .source ? definite.source : definite.target
    // A negation of a word its own prefix negates is litotes, an assertion: "non si trovino
    // impreparate" is "will be prepared", "not uncommon" is "common". It may meet a negation of
    // the other side, but need not — unless the other side has a negated word of its own, which
    // the negated one translates: "not a timeless classic" against "un classico
    // intramontabile" turns the claim round. Only an adjective or a participle with a negative
    // prefix: a verb's prefix ("intende") negates nothing, and a "-less" word is often a word of
    // its own ("timeless", "countless").
    func negatedAdjectives(_ negatives: [AffixedNegative], _ language: Language) -> [Word] {
      negatives.filter { !$0.isLexical }.map(\.word).filter { word in
        Self.isAdjectiveLike(word.folded, language) && (Self.negativePrefixes[language] ?? []).contains(where: word.folded.hasPrefix)
      }
    }
    let prefixed = negatedAdjectives(affixedNegativeWords(ownWords, ownLanguage, against: otherWords, otherLanguage), ownLanguage)
    if !prefixed.isEmpty, negatedAdjectives(otherNegatives, otherLanguage).isEmpty {
      counted = counted.filter { negation in
        let after = ownWords.filter { $0.sentence == negation.sentence && $0.range.start > negation.range.start }.prefix(3)
        return !after.contains { word in prefixed.contains { $0 === word } }
      }
    }
    // A negation in a clause the other side leaves out is an omission, not a negation turned
    // round: "adding he did not know if it would be harder to take down Daesh's own platform",
    // which the translation drops, names and figures with it.
    counted = counted.filter { !Self.isInDroppedClause($0, pair: pair, negatingSide: negatingSide, context: context) }
    // A word that denies by what it means ("without", "refuse") absorbs a negation only beyond
    // those of the negating side, which it translates: "did not deny" against "hanno negato" is
    // "deny" against "negato", and the "not" is left over. The other side's words that say one
    // of the meanings count, denying there or not: Italian "fallire" translates "fail", but by
    // itself it "misses" a shot and denies nothing.
    var meanings = ownWords.compactMap { Self.lexicalMeaning($0.folded, ownLanguage) }
    let absorbers = otherNegatives.filter { negative in
      // A prefixed word the negating side writes with its own prefix ("unconstitutionally" and
      // "incostituzionalmente") is one negation on both sides, and makes up for none.
      if !negative.isLexical, Self.isTranslatedWithPrefix(negative.word.folded, otherLanguage, in: ownWords, ownLanguage) { return false }
      guard negative.isLexical, let meaning = Self.lexicalMeaning(negative.word.folded, otherLanguage), let at = meanings.firstIndex(of: meaning) else {
        return true
      }
      meanings.remove(at: at)
      return false
    }.count
    guard (negatingSide == .source ? most.target : most.source) + absorbers < counted.count, let extra = counted.last,
      let otherEvidence = context.evidence(sentence: (other == .source ? pair.source : pair.target)[0], side: other)
    else { return nil }
    return Finding(
      rule: Self.spec.id, severity: context.severity,
      message: "\(context.languageName(negatingSide)) negates with '\(extra.text)' what \(context.languageName(other)) asserts",
      evidence: context.evidence(extra, side: negatingSide), on: negatingSide, other: otherEvidence)
  }

  /// A word negated by its affix on one side whose stem the other side asserts, with no
  /// negation there to meet it: "the measure was unnecessary" against "la misura era necessaria".
  /// Every negation and negating word of each side counts, so that "unknown" meets "non è
  /// nota" and "unprecedented" meets "senza precedenti".
  private func affixMismatch(
    _ sourceNegations: Int, _ targetNegations: Int, _ sourceWords: [Word], _ targetWords: [Word], pair: ClaimPair, context: RuleContext
  ) -> Finding? {
    let (sourceLanguage, targetLanguage) = (context.language(.source), context.language(.target))
    // A word said twice ("incorrect, incorrect") negates once.
    func distinct(_ words: [AffixedNegative]) -> [AffixedNegative] {
      var seen: Set<String> = []
      return words.filter { seen.insert($0.word.folded).inserted }
    }
    // Only an English word accuses: the Italian side is read only to balance one.
    let english: Side = sourceLanguage == .english ? .source : .target
    let englishAffixed = distinct(
      english == .source
        ? affixedNegativeWords(sourceWords, sourceLanguage, against: targetWords, targetLanguage)
        : affixedNegativeWords(targetWords, targetLanguage, against: sourceWords, sourceLanguage))
    guard englishAffixed.contains(where: \.stemIsOnOtherSide) else { return nil }
    let otherAffixed = distinct(
      english == .source
        ? affixedNegativeWords(targetWords, targetLanguage, against: sourceWords, sourceLanguage)
        : affixedNegativeWords(sourceWords, sourceLanguage, against: targetWords, targetLanguage))
    let (sourceAffixed, targetAffixed) = english == .source ? (englishAffixed, otherAffixed) : (otherAffixed, englishAffixed)
    // A "non" the claim reader leaves alone ("contratti non registrati") still negates.
    func negations(_ claims: Int, _ words: [Word]) -> Int { max(claims, words.filter { ["non", "not"].contains($0.folded) }.count) }
    let (sourceNegations, targetNegations) = (negations(sourceNegations, sourceWords), negations(targetNegations, targetWords))
    // The accused side counts only its sure negatives; the other side counts every word that
    // may deny, "free" in "freestyle" and "short" in "shortly" too.
    func sure(_ words: [AffixedNegative]) -> Int { words.filter { !$0.isLexical }.count }
    let negating: (side: Side, word: Word)
    if sourceNegations + sure(sourceAffixed) > targetNegations + targetAffixed.count, let word = sourceAffixed.first(where: \.stemIsOnOtherSide) {
      negating = (.source, word.word)
    } else if targetNegations + sure(targetAffixed) > sourceNegations + sourceAffixed.count, let word = targetAffixed.first(where: \.stemIsOnOtherSide) {
      negating = (.target, word.word)
    } else {
      return nil
    }
    let other: Side = negating.side == .source ? .target : .source
    guard let otherEvidence = context.evidence(sentence: (other == .source ? pair.source : pair.target)[0], side: other) else { return nil }
    return Finding(
      rule: Self.spec.id, severity: context.severity,
      message: "\(context.languageName(negating.side)) negates with '\(negating.word.text)' what \(context.languageName(other)) asserts",
      evidence: Evidence(sentence: negating.word.sentence, range: negating.word.range, text: negating.word.text), on: negating.side, other: otherEvidence)
  }

  /// The first five letters, for cognates ("presidential" and "presidenziale").
  static func cognate(_ word: String) -> String { String(word.prefix(5)) }

  /// A language's negative prefixes and lexical negatives, each list by its first byte.
  struct AffixIndex {
    private var lexical = [[[UInt8]]](repeating: [], count: 256)
    private var prefixes = [[[UInt8]]](repeating: [], count: 256)

    init(_ language: Language) {
      for word in lexicalNegatives[language] ?? [] { lexical[Int(word.utf8.first ?? 0)].append(Array(word.utf8)) }
      for word in negativePrefixes[language] ?? [] { prefixes[Int(word.utf8.first ?? 0)].append(Array(word.utf8)) }
    }

    /// Whether `folded` begins with one of the lexical negatives ("without", "senza").
    func beginsLexical(_ folded: String) -> Bool { Self.begins(folded, lexical) }

    /// Whether `folded` begins with one of the negative prefixes ("un", "dis").
    func beginsPrefix(_ folded: String) -> Bool { Self.begins(folded, prefixes) }

    private static func begins(_ folded: String, _ table: [[[UInt8]]]) -> Bool {
      guard let first = folded.utf8.first else { return false }
      return table[Int(first)].contains { folded.utf8.starts(with: $0) }
    }
  }

  static let englishAffixes = AffixIndex(.english)
  static let italianAffixes = AffixIndex(.italian)

  static let negativePrefixes: [Language: [String]] = [
    .english: ["un", "non", "dis", "mis", "in", "im", "ir", "il"], .italian: ["non", "dis", "in", "im", "ir", "il", "s"],
  ]

  /// A word that negates by its affix, and whether what it negates is there on the other side:
  /// "uninspired" against "ispirata" (its stem is what the other side says), not "unearth".
  struct AffixedNegative {
    var word: Word
    var stemIsOnOtherSide: Bool
    /// A word that denies by what it means ("without", "lack", "free"), not by an affix.
    var isLexical = false
  }

  private func affixedNegativeWords(_ words: [Word], _ language: Language, against other: [Word], _ otherLanguage: Language) -> [AffixedNegative] {
    let affixes = language == .english ? Self.englishAffixes : Self.italianAffixes
    // Most sentences have no word that could negate by its affix: they need no senses read.
    // Each word is tried only against the affixes that begin with its first byte.
    let candidates = words.filter { word in
      affixes.beginsLexical(word.folded)
        || (!word.isFunctionWord && (affixes.beginsPrefix(word.folded) || word.folded.hasSuffix("less")))
    }
    guard !candidates.isEmpty else { return [] }
    let senses = WordSenses.shipped
    let otherSenses = Set(other.flatMap { senses.senses(of: $0.folded, language: otherLanguage) })
    let otherCognates = Set(other.map { Self.cognate($0.folded) })
    func isOnOtherSide(_ stem: String) -> Bool {
      !Set(senses.senses(of: stem, language: language)).isDisjoint(with: otherSenses) || otherCognates.contains(Self.cognate(stem))
    }
    // The stem is asserted on the other side by a word this side does not otherwise say:
    // "unrestricted" against "limitata" is no swap when "limited" is there too.
    func translatesOnly(_ stem: String, besides word: Word) -> Bool {
      let stemSenses = Set(senses.senses(of: stem, language: language))
      let rest = words.filter { $0.folded != word.folded }
      let restSenses = Set(rest.flatMap { senses.senses(of: $0.folded, language: language) })
      let restCognates = Set(rest.map { Self.cognate($0.folded) })
      return other.contains { otherWord in
        let otherWordSenses = senses.senses(of: otherWord.folded, language: otherLanguage)
        if !stemSenses.isDisjoint(with: otherWordSenses) { return restSenses.isDisjoint(with: otherWordSenses) }
        return Self.cognate(otherWord.folded) == Self.cognate(stem) && !restCognates.contains(Self.cognate(stem))
      }
    }
    return candidates.compactMap { word in
      if affixes.beginsLexical(word.folded) {
        // "rather" and "instead" deny only in "rather than", "instead of": "rather than
        // decertification" is "e non con la decertificazione"; "rather good" and "Instead, he
        // noted" deny nothing.
        guard word.folded != "rather" || word.nextFolded == "than", word.folded != "instead" || word.nextFolded == "of" else { return nil }
        // "free" denies in "free of", "free from" ("privo di"), not in "free public universities",
        // "freedom" or "freeze".
        if word.folded.hasPrefix("free"), word.folded != "free" || !["of", "from"].contains(word.nextFolded ?? "") { return nil }
        // "struggling to cope" is "non farcela"; "a long struggle" denies nothing.
        if word.folded.hasPrefix("struggl"), word.nextFolded != "to" { return nil }
        // "the networks are down" is "non funzionano"; "prices are down 5%", "download",
        // "downtown" deny nothing.
        if word.folded.hasPrefix("down") {
          guard word.folded == "down", Self.copulas.contains(word.previousFolded ?? ""), word.nextFolded.map(Self.downContinuations.contains) != true
          else { return nil }
        }
        // "keep", "stop" deny only with "from" and a verb after them: "keeps it from
        // competing", not "keep the change" or "stop the war".
        if word.folded.hasPrefix("keep") || word.folded.hasPrefix("kept") || word.folded.hasPrefix("stop") {
          guard let at = words.firstIndex(where: { $0 === word }),
            let from = words[(at + 1)..<min(words.count, at + 5)].firstIndex(where: { $0.folded == "from" }),
            from + 1 < words.count, words[from + 1].folded.hasSuffix("ing")
          else { return nil }
        }
        return AffixedNegative(word: word, stemIsOnOtherSide: false, isLexical: true)
      }
      // "impossibile" for "cannot", "sconosciuto" for "not known": an Italian word with a
      // negative prefix before a word of its own that reads as an English prefixed negative
      // ("sufficienza" reads as "unconcern", but has no such prefix; "sicure" is no "s-icure").
      if language == .italian, !word.isFunctionWord,
        (Self.negativePrefixes[.italian] ?? []).contains(where: { prefix in
          word.folded.hasPrefix(prefix) && !senses.senses(of: String(word.folded.dropFirst(prefix.count)), language: .italian).isEmpty
        }),
        senses.readsAsNegated(word.folded),
        Set(senses.senses(of: word.folded, language: language)).isDisjoint(with: otherSenses)
      {
        return AffixedNegative(word: word, stemIsOnOtherSide: false)
      }
      guard !word.isFunctionWord else { return nil }
      let stems = (Self.negativePrefixes[language] ?? []).filter { word.folded.hasPrefix($0) }.map {
        String(word.folded.dropFirst($0.count).drop { $0 == "-" })
      }
      // "speechless", "clueless": a "-less" word denies its stem whatever WordNet says.
      let lessStem = language == .english && word.folded.hasSuffix("less") ? String(word.folded.dropLast(4)) : ""
      let deniesByItsEnding = lessStem.count >= 3 && senses.isCommonWord(lessStem, language: .english)
      if language == .english, !deniesByItsEnding, word.folded.hasPrefix("non-") {
        return AffixedNegative(word: word, stemIsOnOtherSide: false)
      }
      guard Set(senses.senses(of: word.folded, language: language)).isDisjoint(with: otherSenses) else { return nil }
      if deniesByItsEnding { return AffixedNegative(word: word, stemIsOnOtherSide: false) }
      // English prefixes are reliable ("unknown", "unable", "inaccurate"): the stem need only
      // be a word. Italian ones are not ("spera" is not "s-" + "pera"): there the positive stem
      // must be what the other side negates ("sconosciuto" against "not known").
      let negated = stems.filter { stem in
        if language == .english {
          guard stem.count >= 3, senses.isCommonWord(stem, language: .english) else { return false }
          // "un-" before a verb undoes, it does not deny: "unveiled an array of hats", "unlocked
          // the door" say that something was done. Its object tells the verb from the
          // adjective ("unemployed in Italy", "unfit to serve"), which MultiWordNet, short of
          // adjectives, cannot.
          if word.folded.hasPrefix("un"), word.nextFolded.map(Self.determiners.contains) == true { return false }
          // After "un", "in", "dis" and the like, a word WordNet has denies its stem only
          // when WordNet opposes the two ("unknown" and "known"); "unearth" does not deny
          // "earth", nor "discover" "cover". "mis-" always misdoes ("misunderstood").
          // A participle with "un-" whose verb has none ("uninspired": there is no "uninspire")
          // denies the participle, as WordNet's pairs do; "unveiled", "unlocked" are the past
          // of verbs that undo.
          return word.folded.hasPrefix("mis") || !senses.isOwnEnglishLemma(word.folded) || senses.opposes(word.folded, stem)
            || Self.isDeniedParticiple(word.folded)
        }
        return stem.count >= 4 && isOnOtherSide(stem)
      }
      guard !negated.isEmpty else { return nil }
      // Only an English prefix is sure enough to accuse: Italian "in-" and "s-" begin too many
      // words that deny nothing ("intrappolate", "scorso"), "mis-" misdoes without denying
      // ("misconduct" is "cattiva condotta"), and Italian writes "non governative" with a
      // "non" that denies nothing of a claim.
      let accuses = language == .english && !word.folded.hasPrefix("mis") && !word.folded.hasPrefix("non")
      return AffixedNegative(word: word, stemIsOnOtherSide: accuses && negated.contains { translatesOnly($0, besides: word) })
    }
  }

  /// Whether an English word is "un-" before a participle in "-ed" of a verb that has no
  /// "un-" form of its own: "uninspired", "unannounced", not "unveiled" or "united".
  static func isDeniedParticiple(_ folded: String) -> Bool {
    guard folded.hasPrefix("un"), folded.hasSuffix("ed"), folded.utf8.count >= 7 else { return false }
    let verb = folded.dropLast(2)
    let senses = WordSenses.shipped
    return !senses.isOwnEnglishLemma(String(verb)) && !senses.isOwnEnglishLemma(verb + "e")
      && senses.isCommonWord(String(folded.dropFirst(2)), language: .english)
  }

  /// Verbs after which "down" says a state, out of service: "the networks are down", "went
  /// down".
  static let copulas: Set<String> = ["is", "are", "was", "were", "been", "remain", "remains", "remained", "went", "go", "goes"]
  /// Words after "down" that make it a fall or a direction, not "out of service": "down by 5%",
  /// "down from", "down to", "down on last year", "down the street".
  static let downContinuations: Set<String> = ["by", "from", "to", "the", "on", "sharply", "slightly", "more", "again"]

  /// Words that deny without a negation word: "hardly", "failed to", "without" ↔ "senza",
  /// "assenza di", "privo di". Matched as prefixes of the folded word.
  static let lexicalNegatives: [Language: [String]] = [
    .english: ["hardly", "barely", "scarcely", "seldom", "rarely", "fail", "refus", "lack", "deni", "deny", "absen", "without", "neglect", "ignor", "disregard", "outside", "free", "short",
      // "unless" is "a meno che non": it meets a negation, and denies no word of its own.
      "unless", "avoid",
      // "prevented the authorities from receiving" is "non ha permesso alle autorità di
      // ricevere"; "rather than", "instead of" are "e non", "anziché".
      "prevent", "rather", "instead",
      // "keeps it from competing", "stopped them from leaving" are "di non", "impedì".
      "keep", "kept", "stop",
      // "struggling to cope" is "pensi di non farcela".
      "struggl",
      // "communication networks are down" is "non funzionano".
      "down"],
    .italian: ["senza", "assenz", "mancanz", "manca", "mancat", "rifiut", "negat", "negar", "privo", "priva", "privi", "prive", "fuori", "ignor", "difficilmente", "appena", "raramente", "evit", "illes", "incolum", "imped", "anzich",
      // "poco chiare" is "not clear".
      "poco"],
  ]

  /// Words that deny by what they mean and translate each other, by the beginnings of their
  /// folded forms: "deny" and "negato", "refuse" and "rifiutata", "without" and "senza", "fail"
  /// and "fallito".
  static let lexicalMeanings: [(english: [String], italian: [String])] = [
    (["deni", "deny"], ["negat", "negar"]), (["refus"], ["rifiut"]), (["without"], ["senza"]), (["absen"], ["assenz"]),
    (["lack"], ["mancanz", "manca", "mancat"]), (["ignor"], ["ignor"]), (["avoid"], ["evit"]), (["outside"], ["fuori"]),
    (["rarely", "seldom"], ["raramente"]), (["fail"], ["falli"]), (["prevent", "keep", "kept", "stop"], ["imped"]), (["rather", "instead"], ["anzich"]),
  ]

  /// Whether a prefixed word reads as an adjective or a participle: any English one (its
  /// prefixes are sure, and a verb's "un-" was left out before its object), an Italian one that
  /// MultiWordNet gives as an adjective or that ends as a past participle ("impreparate").
  static func isAdjectiveLike(_ folded: String, _ language: Language) -> Bool {
    switch language {
    case .english:
      return true
    case .italian:
      return WordSenses.shipped.partsOfSpeech(of: folded, language: .italian).contains(UInt8(ascii: "a"))
        || folded.count >= 5 && ["ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute"].contains { folded.hasSuffix($0) }
    }
  }

  /// Whether a negation lies in a clause the other side leaves out: the names the glossary
  /// knows and the figures after it in its sentence — the anchors a translation keeps — are all
  /// missing from the other side of the pair, and that side is shorter than this one by about
  /// the clause's length. A clause without such anchors says nothing either way (an unknown
  /// name may be a common noun on the other side: "fuori dallo Stato" for "out of the
  /// country"); nor does a name the other side writes in lower case ("Parlamento" and "the
  /// parliament") when the lengths agree.
  static func isInDroppedClause(_ negation: Claim, pair: ClaimPair, negatingSide: Side, context: RuleContext) -> Bool {
    let (own, other) = negatingSide == .source ? (pair.sourceClaims, pair.targetClaims) : (pair.targetClaims, pair.sourceClaims)
    let anchors = own.filter {
      $0.sentence == negation.sentence && $0.range.start > negation.range.start && ($0.kind == .quantity || $0.entity?.isKnown == true)
    }
    guard !anchors.isEmpty,
      !anchors.contains(where: { anchor in
        anchor.kind == .entity ? EntityMismatchRule.occurs(anchor, in: other) : other.contains { $0.quantity?.value == anchor.quantity?.value }
      })
    else { return false }
    let ownArticle = negatingSide == .source ? context.source : context.target
    let otherArticle = negatingSide == .source ? context.target : context.source
    func length(_ sentences: [Int], _ article: Article) -> Int {
      sentences.filter(article.sentences.indices.contains).reduce(0) { $0 + article.sentences[$1].range.length }
    }
    let (ownSentences, otherSentences) = negatingSide == .source ? (pair.source, pair.target) : (pair.target, pair.source)
    guard ownArticle.sentences.indices.contains(negation.sentence) else { return false }
    let clause = ownArticle.sentences[negation.sentence].range.end - negation.range.start
    return length(otherSentences, otherArticle) + clause / 2 < length(ownSentences, ownArticle)
  }

  /// Whether a word with a negative prefix has, among the other side's words, one with a
  /// negative prefix of that language before a cognate of its stem: "unconstitutionally" and
  /// "incostituzionalmente", "unemployed" and "disoccupati" do not (their stems differ).
  static func isTranslatedWithPrefix(_ folded: String, _ language: Language, in other: [Word], _ otherLanguage: Language) -> Bool {
    func stems(_ word: String, _ language: Language) -> [String] {
      (negativePrefixes[language] ?? []).filter { word.hasPrefix($0) }.map { String(word.dropFirst($0.count)) }.filter { $0.count >= 5 }
    }
    let own = stems(folded, language)
    guard !own.isEmpty else { return false }
    return other.contains { word in
      stems(word.folded, otherLanguage).contains { otherStem in
        own.contains { stem in
          let limit = max(stem.count, otherStem.count) * 2 / 5
          return stem.prefix(2) == otherStem.prefix(2) && Folding.editDistance(stem, otherStem, limit: limit) <= limit
        }
      }
    }
  }

  /// Which of `lexicalMeanings` a folded word says, if any.
  static func lexicalMeaning(_ folded: String, _ language: Language) -> Int? {
    lexicalMeanings.firstIndex { meaning in (language == .english ? meaning.english : meaning.italian).contains(where: folded.hasPrefix) }
  }

  /// Words that turn an adjective toward its opposite without a negation: "poco probabile"
  /// is "unlikely", "hardly likely" is "improbabile".
  static let attenuators: Set<String> = ["poco", "scarsamente", "tutt'altro", "hardly", "barely", "scarcely", "little", "less", "meno"]

  /// An opposite word on the other side with more senses than this is too ambiguous to call
  /// an antonym ("beni", "fino", "essere"), unless the opposite is what a third of its senses
  /// mean ("vecchio" is "old" in four senses of seven).
  static let maximumSenses = 6

  /// Words no antonym check uses: ordinals and the like, whose "opposites" are positions.
  static let ignoredForAntonyms: Set<String> = [
    "first", "second", "third", "last", "next", "former", "latter", "head", "home", "come", "go", "left", "right", "late",
    "early", "front", "back", "top", "bottom", "upper", "lower", "inner", "outer", "north", "south", "east", "west",
  ]

  /// How far apart, as a share of the sentence, a swapped word and its opposite may stand.
  static let maximumDisplacement = 0.35

  /// One of the common opposites swapped: each side says one meaning of an `OppositePair`
  /// more often than the other side does ("after admitting" against "dopo aver ammesso").
  private func oppositeSwap(source: [Word], target: [Word], context: RuleContext) -> Finding? {
    let (sourceLanguage, targetLanguage) = (context.language(.source), context.language(.target))
    // Each side's words that say a meaning of some pair, in order, read off the index once.
    var members: [(side: Side, word: Int, pair: Int, isSecond: Bool)] = []
    var touched = Set<Int>()
    for (words, language, side) in [(source, sourceLanguage, Side.source), (target, targetLanguage, Side.target)] {
      guard let forms = OppositePair.index[language] else { continue }
      for (position, word) in words.enumerated() {
        // A hyphenated word also says what its prefix does: "pro-American", "anti-american".
        let prefix = word.folded.utf8.firstIndex(of: UInt8(ascii: "-")).map { String(decoding: word.folded.utf8[...$0], as: UTF8.self) }
        for entry in (forms[word.folded] ?? []) + (prefix.flatMap { forms[$0] } ?? []) {
          touched.insert(entry.pair)
          members.append((side, position, entry.pair, entry.isSecond))
        }
      }
    }
    func occurrences(_ side: Side, _ pair: Int, isSecond: Bool, _ meaning: OppositePair.Meaning, _ language: Language) -> [Word] {
      let (words, otherSide) = side == .source ? (source, target) : (target, source)
      let forms = meaning.words(language)
      var found = members.filter { $0.side == side && $0.pair == pair && $0.isSecond == isSecond }.map { words[$0.word] }
        .filter { !OppositePair.isInFixedPhrase(previous: $0.previousFolded, word: $0.folded, next: $0.nextFolded) }
      for (form, alternatives) in OppositePair.otherMeanings where forms.contains(form) {
        var explained = otherSide.filter { alternatives.contains($0.folded) }.count
        found.removeAll { word in
          guard explained > 0, word.folded == form else { return false }
          explained -= 1
          return true
        }
      }
      return found
    }
    // Only the pairs some word of either side belongs to.
    for number in touched.sorted() {
      let pair = OppositePair.all[number]
      let sourceFirst = occurrences(.source, number, isSecond: false, pair.first, sourceLanguage)
      let sourceSecond = occurrences(.source, number, isSecond: true, pair.second, sourceLanguage)
      let targetFirst = occurrences(.target, number, isSecond: false, pair.first, targetLanguage)
      let targetSecond = occurrences(.target, number, isSecond: true, pair.second, targetLanguage)
      let candidates: (source: [Word], target: [Word])
      if sourceFirst.count > targetFirst.count, targetSecond.count > sourceSecond.count {
        candidates = (sourceFirst, targetSecond)
      } else if sourceSecond.count > targetSecond.count, targetFirst.count > sourceFirst.count {
        candidates = (sourceSecond, targetFirst)
      } else {
        continue
      }
      // A translation keeps its words roughly in order: the opposite of a word at a sentence's
      // end is not the one at the other's start ("which stated in 2012 … to end poverty"
      // against "che ha avuto inizio nel 2012").
      func isSwap(_ a: Word, _ b: Word) -> Bool {
        guard abs(a.position - b.position) <= Self.maximumDisplacement else { return false }
        guard pair.gradesNextWord else { return true }
        guard let next = (a.nextFolded, b.nextFolded) as? (String, String) else { return false }
        return WordSenses.shipped.shareSense(next.0, sourceLanguage, next.1, targetLanguage) == true || Self.cognate(next.0) == Self.cognate(next.1)
      }
      guard let swapped = candidates.source.lazy.compactMap({ a in candidates.target.first { isSwap(a, $0) }.map { (source: a, target: $0) } }).first
      else { continue }
      return Finding(
        rule: Self.spec.id, severity: context.severity,
        message: "\(context.languageName(.source)) says '\(swapped.source.text)' where \(context.languageName(.target)) says its opposite, '\(swapped.target.text)'",
        evidence: Evidence(sentence: swapped.source.sentence, range: swapped.source.range, text: swapped.source.text), on: .source,
        other: Evidence(sentence: swapped.target.sentence, range: swapped.target.range, text: swapped.target.text))
    }
    return nil
  }

  /// A word on one side whose opposite, and not itself, the other side says: English
  /// "increased" against Italian "diminuiti" (decreased), read through MultiWordNet's senses
  /// and WordNet's antonyms.
  private func antonymSwap(source: [Word], target: [Word], context: RuleContext) -> Finding? {
    let senses = WordSenses.shipped
    // A swap needs, on one side or the other, a word whose reading has an antonym.
    guard source.contains(where: { senses.mayHaveOpposite($0.folded, language: context.language(.source)) })
      || target.contains(where: { senses.mayHaveOpposite($0.folded, language: context.language(.target)) })
    else { return nil }
    let sourceReadings = source.map { ($0, senses.englishReadings(of: $0.folded, language: context.language(.source))) }
    let targetReadings = target.map { ($0, senses.englishReadings(of: $0.folded, language: context.language(.target))) }
    // The words that could be swapped: one reading, and an antonym pair it begins. Most
    // sentence pairs have none, and need no sets of readings and families made.
    func candidates(_ words: [(Word, [Int32])], side: Side) -> [(token: Word, key: Int32, pairs: [WordSenses.Antonym])] {
      // A word the other side writes too is kept as it is, a loanword ("il lead vocalist"):
      // whatever it is opposed to there is said of something else.
      lazy var otherWritten = Set((side == .source ? target : source).map(\.folded))
      return words.compactMap { token, readings in
        guard readings.count == 1 else { return nil }
        let key = readings[0]
        // After "to" or "will" a word is a verb ("to end poverty"), or an adverb ("should
        // slowly"): never the noun or adjective of an antonym pair. The pairs, an integer
        // lookup, are read first: most words begin none.
        let pairs = senses.antonyms(of: token.folded, readingAs: key, language: context.language(side)).filter {
          !token.followsVerbMarker || $0.partOfSpeech == UInt8(ascii: "r")
        }
        guard !pairs.isEmpty, !token.folded.hasSuffix("ed"), !token.folded.hasSuffix("ing"),
          !Self.ignoredForAntonyms.contains(senses.englishKey(key)), !Self.ignoredForAntonyms.contains(token.folded),
          !otherWritten.contains(token.folded)
        else { return nil }
        return (token, key, pairs)
      }
    }
    let sideCandidates = (source: candidates(sourceReadings, side: .source), target: candidates(targetReadings, side: .target))
    guard !sideCandidates.source.isEmpty || !sideCandidates.target.isEmpty else { return nil }
    let allSource = Set(sourceReadings.flatMap(\.1))
    let allTarget = Set(targetReadings.flatMap(\.1))
    // A word's family ("defense" and "defend", "successo" read as "success" and "successful")
    // explains it as well as its own reading: a translation changes the part of speech.
    func family(_ key: Int32) -> Family? { Family(senses.englishKey(key)) }
    // Made only for a candidate whose own reading the other side lacks.
    lazy var sourceFamilies = Set(allSource.compactMap(family))
    lazy var targetFamilies = Set(allTarget.compactMap(family))
    for (sideCandidates, otherAll, otherWords, side) in [
      (sideCandidates.source, allTarget, targetReadings, Side.source), (sideCandidates.target, allSource, sourceReadings, Side.target),
    ] {
      let ownKeys = side == .source ? allSource : allTarget
      for (token, key, pairs) in sideCandidates {
        guard !otherAll.contains(key) else { continue }
        let (ownFamilies, otherFamilies) = side == .source ? (sourceFamilies, targetFamilies) : (targetFamilies, sourceFamilies)
        let keyFamily = family(key)
        if let keyFamily, otherFamilies.contains(keyFamily) { continue }
        let opposites = pairs.map(\.oppositeKey)
        let otherLanguage = context.language(side == .source ? .target : .source)
        // The opposite word must be explained by nothing else on this side: "crescere" is the
        // translation of "grow", not the opposite of "fall". And it must be the opposite in
        // the pair's part of speech: "appena" is the adverb "new", not the opposite of "old".
        guard
          let hit = otherWords.first(where: { word, readings in
            readings.contains(where: opposites.contains)
              && (!word.followsVerbMarker || pairs.contains { $0.partOfSpeech == UInt8(ascii: "r") })
              && Self.isInverted(token) == Self.isInverted(word)
              && !readings.contains(where: { reading in
                reading != key && (ownKeys.contains(reading) || family(reading).map { $0 != keyFamily && ownFamilies.contains($0) } ?? false)
              })
              && Self.meansMostly(word.folded, opposites, language: otherLanguage)
              && pairs.contains { senses.reads(word.folded, language: otherLanguage, asOppositeIn: $0) }
          })
        else { continue }
        let evidence = Evidence(sentence: token.sentence, range: token.range, text: token.text)
        let otherEvidence = Evidence(sentence: hit.0.sentence, range: hit.0.range, text: hit.0.text)
        return Finding(
          rule: Self.spec.id, severity: context.severity,
          message:
            "\(context.languageName(.source)) says '\(side == .source ? token.text : hit.0.text)' where \(context.languageName(.target)) says its opposite, '\(side == .source ? hit.0.text : token.text)'",
          evidence: evidence, on: side, other: otherEvidence)
      }
    }
    return nil
  }

  /// A lemma key's first five letters, its family: "defense" and "defend" share "defen". An
  /// ASCII family, nearly every one, is held as its bytes in one number, so that the families
  /// of a pair's many readings are compared and hashed without strings.
  struct Family: Hashable {
    /// The family's ASCII bytes, one a byte; 0 for a family with other letters.
    var packed: UInt64
    /// A family with letters beyond ASCII, as written.
    var text: String?

    /// The family of a key of five letters or more, nil for a shorter one.
    init?(_ key: String) {
      var packed: UInt64 = 0
      var count = 0
      var isASCII = true
      for byte in key.utf8 {
        guard byte < 0x80 else {
          isASCII = false
          break
        }
        if count < 5 { packed = packed << 8 | UInt64(byte) }
        count += 1
      }
      if isASCII {
        guard count >= 5 else { return nil }
        self.packed = packed
        text = nil
        return
      }
      guard key.count >= 5 else { return nil }
      let prefix = String(key.prefix(5))
      if prefix.utf8.allSatisfy({ $0 < 0x80 }) {
        // Five ASCII letters before the first other one: the same family as an ASCII key's.
        self.packed = prefix.utf8.reduce(0) { $0 << 8 | UInt64($1) }
        text = nil
      } else {
        self.packed = 0
        text = prefix
      }
    }
  }

  /// Words that grade the word after them downwards: "the least expensive" is "i più
  /// economici", so an opposite after one of them, on one side only, says the same.
  static let downwardGraders: Set<String> = ["less", "least", "meno"]

  static func isInverted(_ word: Word) -> Bool { word.previousFolded.map(downwardGraders.contains) ?? false }

  /// Whether a word's senses are few, or a third of them read as one of `keys`.
  static func meansMostly(_ folded: String, _ keys: [Int32], language: Language) -> Bool {
    let senses = WordSenses.shipped
    let own = senses.senses(of: folded, language: language)
    guard own.count > maximumSenses else { return true }
    let meaning = own.filter { sense in senses.englishKeys(ofSense: sense).contains(where: keys.contains) }.count
    return meaning * 3 >= own.count
  }

  /// The negations among `claims` that must be matched: all but the "not … until" kind, which
  /// a translation may drop.
  static func definiteNegations(_ claims: [Claim]) -> [Claim] { claims.filter { $0.kind == .negation && !$0.isOptionalNegation } }

  /// Whether the alignment split the sentence that negates and the other side denies it in the
  /// next pair with a word ("he didn't make eye contact" against the next sentence's "ha evitato
  /// di guardarli"): the negating side is much longer here, and the other side's next or
  /// previous sentence, left unpaired, has a denying word.
  private func deniedNearby(_ pairs: [ClaimPair], _ index: Int, context: RuleContext) -> Bool {
    let excess = Self.negationExcess(pairs[index])
    guard abs(excess) == 1, Self.negatingSideIsLonger(pairs[index], excess: excess, context: context) else { return false }
    let negating: Side = excess > 0 ? .source : .target
    let other: Side = negating == .source ? .target : .source
    return [index - 1, index + 1].contains { near in
      guard pairs.indices.contains(near), Self.negationExcess(pairs[near]) == 0 else { return false }
      let (own, others) = negating == .source ? (pairs[near].source, pairs[near].target) : (pairs[near].target, pairs[near].source)
      guard own.isEmpty, !others.isEmpty else { return false }
      let otherWords = words(others, side: other, context: context)
      return affixedNegativeWords(otherWords, context.language(other), against: [], context.language(negating)).contains(where: \.isLexical)
    }
  }


  /// Whether the alignment split the sentence that negates: its side is much longer here (the
  /// other side's rest is in the next pair), and a pair next to `index` is off by the opposite
  /// amount — the negation one side has here, the other side has there.
  static func balancesNearby(_ pairs: [ClaimPair], _ index: Int, context: RuleContext) -> Bool {
    let here = negationExcess(pairs[index])
    guard here != 0, negatingSideIsLonger(pairs[index], excess: here, context: context) else { return false }
    return [index - 1, index + 1].contains { pairs.indices.contains($0) && negationExcess(pairs[$0]) == -here }
  }

  /// The definite negations the source has more than the target (fewer, below zero).
  static func negationExcess(_ pair: ClaimPair) -> Int { definiteNegations(pair.sourceClaims).count - definiteNegations(pair.targetClaims).count }

  /// Whether the side with `excess` negations more is half as long again as the other in
  /// `pair`: the alignment split its sentence, and the rest of the other side's lies next door.
  static func negatingSideIsLonger(_ pair: ClaimPair, excess: Int, context: RuleContext) -> Bool {
    func length(_ sentences: [Int], _ article: Article) -> Int {
      sentences.reduce(0) { $0 + (article.sentences.indices.contains($1) ? article.sentences[$1].range.length : 0) }
    }
    let (source, target) = (length(pair.source, context.source), length(pair.target, context.target))
    let (longer, shorter) = excess > 0 ? (source, target) : (target, source)
    return Double(longer) >= 1.5 * Double(max(1, shorter))
  }


  /// A word of one side. A class: the checks pass words through many filtered lists, and a
  /// reference is copied with one count where a struct of four strings takes four.
  final class Word {
    let sentence: Int
    let range: TextRange
    let text: String
    let folded: String
    let isFunctionWord: Bool
    /// A sentence's first word, capitalised: read only for the common opposites ("After…").
    let isCapitalized: Bool
    /// The folded words just before and after, of any length ("at least").
    let previousFolded: String?
    let nextFolded: String?
    /// Whether the English word before makes this one a verb: "to end poverty", "they will open".
    let followsVerbMarker: Bool
    /// Where the word stands in the pair's side, from 0 (its start) to 1 (its end).
    let position: Double

    init(
      sentence: Int, range: TextRange, text: String, folded: String, isFunctionWord: Bool, isCapitalized: Bool, previousFolded: String?,
      nextFolded: String?, followsVerbMarker: Bool, position: Double
    ) {
      self.sentence = sentence
      self.range = range
      self.text = text
      self.folded = folded
      self.isFunctionWord = isFunctionWord
      self.isCapitalized = isCapitalized
      self.previousFolded = previousFolded
      self.nextFolded = nextFolded
      self.followsVerbMarker = followsVerbMarker
      self.position = position
    }
  }

  /// English words after which a word is a verb, whatever else it may be.
  /// Words that begin a noun phrase: after a verb, its object.
  static let determiners: Set<String> = ["a", "an", "the", "their", "its", "his", "her", "our", "my", "your", "this", "these", "those"]

  static let verbMarkers: Set<String> = ["to", "will", "would", "can", "could", "should", "may", "might", "must", "shall", "we", "they", "i", "you"]

  /// The lowercase words of the sentences, function words marked: "without" and "outside"
  /// deny, but are never an antonym or a prefixed negative.
  private func words(_ sentences: [Int], side: Side, context: RuleContext) -> [Word] {
    let article = side == .source ? context.source : context.target
    let sentences = sentences.filter { article.sentences.indices.contains($0) }
    var words: [Word] = []
    for (ordinal, index) in sentences.enumerated() {
      let sentence = article.sentences[index]
      let tokens = context.tokens(sentence: index, side: side)
      let length = sentence.range.length
      let firstWord = tokens.firstIndex { $0.kind == .word }
      func folded(_ at: Int) -> String? { tokens.indices.contains(at) && tokens[at].kind == .word ? tokens[at].folded : nil }
      for position in tokens.indices where tokens[position].kind == .word && tokens[position].text.characterCount >= 3 {
        let isCapitalized = tokens[position].isCapitalized
        guard !isCapitalized || position == firstWord else { continue }
        let token = tokens[position]
        let previous = folded(position - 1)
        words.append(
          Word(
            sentence: index, range: token.range,
            text: token.text, folded: token.folded, isFunctionWord: FunctionWords.contains(token.folded, language: article.language),
            isCapitalized: isCapitalized, previousFolded: previous, nextFolded: folded(position + 1),
            followsVerbMarker: article.language == .english && previous.map(Self.verbMarkers.contains) ?? false,
            position: (Double(ordinal) + Double(token.range.start - sentence.range.start) / Double(max(1, length))) / Double(sentences.count)))
      }
    }
    return words
  }

}
