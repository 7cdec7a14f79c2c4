import Core
import Glossary
import Foundation

/// Finds the negations a sentence asserts, one per negated clause.
///
/// EN: "He did not say", "never", "no cash", "nobody", "neither … nor" (once).
/// IT: "non ha detto", "mai", "nessuno"; Italian negative concord ("non … mai", "non …
/// nessuno", "né … né") counts once, as the English it translates does.
struct NegationReader {
  let language: Language

  static let english: WordSet = ["not", "never", "no", "none", "nobody", "nothing", "neither", "nor", "cannot", "nowhere", "noone"]
  /// "Mai" alone is "ever" ("il peggiore che abbia mai visto"); it negates only with "non".
  static let italian: WordSet = ["non", "nessuno", "nessuna", "nessun", "niente", "nulla", "né", "neanche", "nemmeno", "neppure"]
  /// Italian words that only reinforce an earlier "non" in the same clause.
  static let italianConcord: Set<String> = ["mai", "nessuno", "nessuna", "nessun", "niente", "nulla", "né", "neanche", "nemmeno", "neppure", "piu"]
  /// Tokens after which an Italian clause begins: punctuation and the coordinating "e", "ma".
  static let clauseOpeners: Set<String> = [",", ";", ":", "(", "-", "\u{2013}", "e", "ma", "\u{00AB}", "\u{201C}", "\""]

  /// Words that make a compound with a "non" before them: "non profit", "non-stop".
  static let compounds: Set<String> = ["profit", "stop", "fiction", "food", "governmental", "governativo", "governativa", "governative", "governativi"]

  /// Words after "not"/"non" that make it restrict rather than deny: "not only", "non solo".
  static let restrictive: Set<String> = ["only", "just", "merely", "simply", "solo", "soltanto", "solamente", "semplicemente"]

  static let contractedCopulas: Set<String> = ["isn't", "aren't", "wasn't", "weren't"]
  /// The subjects an English negative question puts after its auxiliary: "isn't that", "don't you".
  static let questionSubjects: Set<String> = ["it", "that", "this", "he", "she", "they", "we", "you", "i", "there"]

  /// Verbs that deny, so that a "not" before them asserts: "not forget", "not fail".
  static let litotes: Set<String> = [
    "forget", "fail", "hesitate", "neglect", "indifferent", "unlike", "uncommon", "unusual", "insignificant", "negligible",
    // "not without humour" is "con una punta di ironia", "did not lack" "there was plenty".
    "without", "lack", "lacks", "lacked",
  ]
  /// Verbs of stopping that, denied before a verb in "-ing", say that something goes on: "has
  /// not stopped promoting" is "continua a promuovere".
  static let stopping: Set<String> = ["stop", "stops", "stopped", "cease", "ceases", "ceased"]
  /// Italian litotes after "non" (and "è" or "da"): "non da poco" (considerable), "non è
  /// indifferente", "non è male".
  static let italianLitotes: Set<String> = ["poco", "pochi", "poche", "pochissimi", "pochissime", "indifferente", "indifferenti", "trascurabile", "trascurabili", "male"]

  /// Beginnings of the Italian verbs that deny by what they mean, so that a "non" before them
  /// asserts: "non mancano le realtà" is "there are", "non smette di ostentare" "goes on
  /// brandishing" (with "di" after the verbs of stopping).
  static let italianDenyingVerbs: [(stem: String, needsDi: Bool)] = [
    ("manc", false), ("smett", true), ("smess", true), ("smise", true), ("smiser", true), ("cessa", true), ("cesso", true),
  ]

  /// Words that may stand between "non" and its verb: clitics, auxiliaries, "mai" ("non ha mai
  /// smesso", "non gli mancano").
  static let italianBeforeVerb: Set<String> = [
    "ci", "ce", "ne", "si", "se", "gli", "le", "lo", "la", "li", "mi", "me", "ti", "te", "vi", "ve", "mai", "ha", "hanno", "ho", "hai",
    "abbiamo", "avete", "aveva", "avevano", "avra", "avranno", "e", "sono", "era", "erano", "sara", "saranno",
  ]

  /// Whether the "non" at `index` denies a verb that denies: litotes.
  static func deniesADenyingVerb(_ s: SentenceTokens, at index: Int) -> Bool {
    var at = index + 1
    while at < min(s.count, index + 4), let folded = s.folded(at), italianBeforeVerb.contains(folded) { at += 1 }
    guard let verb = s.folded(at) else { return false }
    return italianDenyingVerbs.contains { verb.hasPrefix($0.stem) && (!$0.needsDi || s.folded(at + 1) == "di") }
  }

  /// An elided Italian n-word as the n-word: "nessun'altra" (one token, or "nessun'" and
  /// "altra") is "nessun".
  static func withoutElision(_ folded: String) -> String {
    // Most words have no apostrophe: told so on their bytes ("’" ends in 0x99).
    guard folded.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == 0x99 }),
      let apostrophe = folded.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" })
    else { return folded }
    let before = String(folded[..<apostrophe])
    return italian.contains(before) ? before : folded
  }

  /// "nobody's" as "nobody", "nothing's" as "nothing": an English negative word fused with
  /// "is" or "has".
  static func withoutVerbS(_ folded: String) -> String {
    let base = Folding.withoutPossessive(folded)
    return base != folded && english.contains(base) ? base : folded
  }

  /// Forms of "avere" and "essere" that make a compound tense with a participle.
  static let italianAuxiliaries: Set<String> = [
    "ho", "hai", "ha", "abbiamo", "avete", "hanno", "abbia", "abbiano", "avessi", "avesse", "avessero", "aveva", "avevano", "avevo",
    "avrebbe", "avrebbero", "sono", "sei", "e", "siamo", "siete", "sia", "siano", "fosse", "fossero", "era", "erano", "sarebbe",
    "sarebbero", "stato", "stata", "stati", "state",
  ]

  /// Whether "fino" at `index` says "until" (a time follows: "fino al prossimo anno", "fino a
  /// marzo", "fino al 2020", "fino a quando", "fino ad oggi") rather than "up to" ("fino a 138
  /// km/h", "fino a 200 persone").
  static func isItalianUntil(_ s: SentenceTokens, at index: Int) -> Bool {
    var next = index + 1
    var beforeHour = false
    while let word = s.folded(next), italianUntilPrepositions.contains(word) {
      // "fino alle 13", "fino all'una": an hour.
      beforeHour = word == "alle" || word == "all'"
      next += 1
    }
    guard let word = s.folded(next) else { return false }
    if CalendarNames.month(folded: word, language: .italian) != nil || CalendarNames.weekday(folded: word, language: .italian) != nil
      || italianTimeWords.contains(word)
    {
      return true
    }
    guard next < s.count, s[next].kind == .number else { return beforeHour && s.folded(next) == "una" }
    if beforeHour { return true }
    // A year, or a day before its month: "fino al 2020", "fino al 3 marzo".
    if let value = Int(s[next].text), (1000...2100).contains(value) { return true }
    return s.folded(next + 1).map { CalendarNames.month(folded: $0, language: .italian) != nil } ?? false
  }

  static let italianUntilPrepositions: Set<String> = ["a", "ad", "al", "alla", "allo", "all'", "ai", "agli", "alle", "in", "nel", "nella"]
  static let italianTimeWords: Set<String> = [
    "quando", "oggi", "domani", "ieri", "ora", "adesso", "allora", "stasera", "giorno", "giorni", "settimana", "settimane", "mese",
    "mesi", "anno", "anni", "prossimo", "prossima", "fine", "metà", "meta", "inizio", "mezzanotte", "mezzogiorno", "sera", "mattina",
    "ore", "estate", "inverno", "primavera", "autunno", "scorso", "scorsa", "ultimo", "ultima", "tarda", "tardo", "data",
  ]

  /// Words after "non" that make a conjunction with it, not a negation: "non appena" is "as
  /// soon as".
  static let italianConjunctions: Set<String> = ["appena"]

  /// A negation found: the token, and whether a translation may as well leave it out (see
  /// `Claim.isOptionalNegation`).
  struct Found {
    var index: Int
    var isOptional: Bool
  }

  /// Words that end an English clause before a "nor" that then negates a clause of its own.
  static let clauseBreaks: Set<String> = [",", ";", "-", "\u{2013}", "\u{2014}", ":"]

  /// Whether MultiWordNet knows an Italian word only as a noun or an adjective.
  /// Words Italian names a condition with, after "non": "non vedente" is the word for blind,
  /// "non udente" for deaf, "non abbiente" for poor, "non fumatore" for a non-smoker; English
  /// says "visually impaired", "deaf", "poor".
  static let namedWithNon: Set<String> = [
    "vedente", "vedenti", "udente", "udenti", "abbiente", "abbienti", "credente", "credenti", "fumatore", "fumatori",
    "fumatrice", "fumatrici", "autosufficiente", "autosufficienti", "deambulante", "deambulanti",
  ]

  static func isNounOrAdjectiveOnly(_ folded: String) -> Bool {
    guard !FunctionWords.contains(folded, language: .italian) else { return false }
    let parts = WordSenses.shipped.partsOfSpeech(of: folded, language: .italian)
    return !parts.isEmpty && !parts.contains(UInt8(ascii: "v")) && !parts.contains(UInt8(ascii: "r"))
  }

  /// A past participle straight after "non", with no auxiliary between, that MultiWordNet
  /// also gives as an adjective: "montaggio non corretto", "dati non autorizzati", "un'area
  /// non coperta". A verb ending alike ("non invita", "non evita") is no adjective.
  static func isAdjectivalParticiple(_ folded: String) -> Bool {
    let senses = WordSenses.shipped
    guard folded.count >= 6, senses.partsOfSpeech(of: folded, language: .italian).contains(UInt8(ascii: "a")) else { return false }
    // A regular participle comes from its infinitive ("finita" from "finire"; "merita" has no
    // "merire"); an irregular one ("corretto", "coperto") by its ending alone.
    let stem = folded.dropLast(3)
    for (vowel, infinitive) in [("a", "are"), ("i", "ire"), ("u", "ere")] where folded.dropLast(2).hasSuffix(vowel + "t") {
      return senses.isDictionaryForm(stem + infinitive)
    }
    return ["tto", "tta", "tti", "tte", "rto", "rta", "rti", "rte"].contains { folded.hasSuffix($0) }
  }

  /// An Italian past participle by its ending: "osservati", "visto", "sentita".
  static func isParticiple(_ folded: String) -> Bool {
    folded.count >= 5 && ["ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute", "sto", "sta", "sti", "ste"].contains { folded.hasSuffix($0) }
  }

  func read(_ s: SentenceTokens) -> [Found] {
    var found: [Found] = []
    var lastNegation = -100
    func record(_ index: Int, optional: Bool) {
      found.append(Found(index: index, isOptional: optional))
      lastNegation = index
    }
    for index in 0..<s.count where s[index].kind == .word {
      // "nobody's looking", "nothing's changed": the negation and its verb in one word.
      let folded = language == .italian ? Self.withoutElision(s[index].folded) : s[index].folded
      let word = language == .english && folded.utf8.last == UInt8(ascii: "s") && folded.utf8.contains(where: { $0 == UInt8(ascii: "'") || $0 == 0x99 })
        ? Self.withoutVerbS(folded) : folded
      // The word lowercased as written ("né"); for ASCII, its folded form.
      let written = s[index].text
      let text = written.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x60 }) ? word : written.lowercased()
      // Only these words can negate, or be read as negating, below: the rest are passed over
      // without the checks.
      switch language {
      case .english: guard word == "not" || word == "last" || word.hasSuffix("n't") || Self.english.contains(word) else { continue }
      case .italian: guard word == "non" || word == "mai" || Self.italian.contains(text) || Self.italian.contains(word) else { continue }
      }
      // "not only … but also", "non (è) solo … ma anche" add, they do not deny; "or not",
      // "o meno" leave a choice open.
      let next = s.folded(index + 1) ?? ""
      let afterNext = s.folded(index + 2) ?? ""
      // A contracted copula restricts too ("the forests aren't just swamps"); a contracted
      // modal denies ("we can't just rely on English" is "non possiamo affidarci al solo").
      let restricts = word == "not" || word == "non" || Self.contractedCopulas.contains(word)
      if restricts && (Self.restrictive.contains(next) || Self.restrictive.contains(afterNext)) { continue }
      // A negation said again for emphasis is one: "nothing, absolutely nothing", "never,
      // never".
      if index >= 2, ((max(0, index - 4))..<(index - 1)).contains(where: { s[$0].folded == word && s.folded($0 + 1) == "," }) { continue }
      // "is nothing but the evidence", "nothing else than", "nothing more than": only that. So
      // is a list closed by "and nothing else": "driven by their luminosity, their rotation,
      // and nothing else" ("nient'altro che dalla loro luminosità e rotazione").
      if word == "nothing", next == "but" || ((next == "else" || next == "more") && (afterNext == "than" || afterNext == "but")) { continue }
      if word == "nothing", next == "else", s.folded(index - 1) == "and" || s.folded(index - 1) == "or" { continue }
      // "non sono altro che chiacchiere" is "they are only chatter".
      if word == "non", ((index + 1)..<min(s.count, index + 4)).contains(where: { s[$0].folded == "altro" && s.folded($0 + 1) == "che" }) {
        continue
      }
      if word == "not" || word == "non", s.folded(index - 1) == "or" || s.folded(index - 1) == "o" { continue }
      if word == "non", Self.italianConjunctions.contains(next) { continue }
      // Compounds borrowed from English negate nothing: "organizzazioni non profit", "non-stop".
      // English writes them with "non", never "not": "the trains will not stop" denies.
      if word == "non", Self.compounds.contains(next) || (next == "-" && Self.compounds.contains(afterNext)) { continue }
      // "did not open until March" says "only in March": a translation may keep the negation
      // or not, so it is marked optional. Italian puts an expletive "non" after "finché" and
      // "a meno che" ("finché non è arrivato", "a meno che non si fosse"), which negates nothing.
      if language == .english, word == "not" || word.hasSuffix("n't"),
        ((index + 1)..<min(s.count, index + 8)).contains(where: { s[$0].folded == "until" || s[$0].folded == "till" })
      {
        record(index, optional: true)
        continue
      }
      // "not before Monday", "non prima di lunedì" say "on Monday at the earliest", which a
      // translation may write without a negation.
      if word == "not" && next == "before" || word == "non" && next == "prima" && QuantityReader.italianPartitives.contains(afterNext) {
        record(index, optional: true)
        continue
      }
      // "no later than", "non più tardi di un anno fa" say "by then", "as recently as".
      if (word == "no" || word == "not") && next == "later" && afterNext == "than"
        || word == "non" && next == "piu" && afterNext == "tardi"
      {
        record(index, optional: true)
        continue
      }
      if language == .italian, word == "non" {
        // "non … fino al prossimo anno" is the "not … until" above; "fino a 138 km/h" is "up
        // to", and its "non" negates.
        if ((index + 1)..<min(s.count, index + 8)).contains(where: { s[$0].folded == "fino" && Self.isItalianUntil(s, at: $0) }) {
          record(index, optional: true)
          continue
        }
        // "Nessun altro partito ha superato la soglia e non è entrato": a clause joined by "e"
        // to one whose subject is an n-word goes on denying with it ("none … and got in").
        if s.folded(index - 1) == "e", ((max(0, index - 16))..<(index - 1)).contains(where: { ["nessun", "nessuno", "nessuna"].contains(s[$0].folded) }) {
          record(index, optional: true)
          continue
        }
        let before = ((max(0, index - 8))..<index).map { s[$0].folded }
        // So does a comparison: "più facile di quanto non sembri", "più adatto che non Parigi"
        // (before a name: "più persone che non votano" denies).
        let comparative = before.contains { ["piu", "meno", "meglio", "peggio", "maggiore", "minore"].contains($0) }
        let expletive = before.contains("finche") || before.contains("finché") || before.contains("fintanto")
          || zip(before, before.dropFirst()).contains { $0 == "meno" && $1 == "che" }
          || comparative && before.last == "quanto" && before.dropLast().last == "di"
          || comparative && before.last == "che" && index + 1 < s.count && s[index + 1].isCapitalized
        if expletive { continue }
        if Self.deniesADenyingVerb(s, at: index) {
          record(index, optional: true)
          continue
        }
        // Litotes: "una scommessa non da poco" is "a considerable bet", "non male" "good".
        if Self.italianLitotes.contains(next) || ((next == "da" || next == "e") && Self.italianLitotes.contains(afterNext)) {
          record(index, optional: true)
          continue
        }
        // "doppiatori non professionisti", "patto di non aggressione", "montaggio non
        // corretto": before a word that is only a noun or an adjective, "non" negates that
        // word, as a prefix would, and a translation may well write "amateur", "non-aggression"
        // or "badly".
        // A word with an article after it is a verb and its object, whatever MultiWordNet lacks:
        // "non vince il premio", "non merita la fiducia" ("vincere" is not there, and "merita"
        // shares its lemma key with nouns).
        if index + 1 < s.count, s[index + 1].kind == .word, !Lexicon.italian.articles.contains(s.folded(index + 2) ?? ""),
          Self.isNounOrAdjectiveOnly(next) || Self.namedWithNon.contains(next) || Self.isAdjectivalParticiple(next)
        {
          record(index, optional: true)
          continue
        }
      }
      switch language {
      case .english:
        // "The last thing they needed was another one" is "non ne serviva un altro": a
        // translation may write the denial the idiom implies.
        if word == "last", s.folded(index - 1) == "the", next == "thing" || next == "things" {
          record(index, optional: true)
          continue
        }
        let contracted = word.hasSuffix("n't")
        guard contracted || Self.english.contains(word) else { continue }
        // Litotes: "Don't forget that…" is "remember" ("Tenete presente che…"), "we will not
        // fail" is "ce la faremo".
        if contracted || word == "not", Self.litotes.contains(next) {
          record(index, optional: true)
          continue
        }
        if contracted || word == "not" || word == "never",
          Self.stopping.contains(next) && afterNext.hasSuffix("ing")
            || ["have", "has", "had"].contains(next) && Self.stopping.contains(afterNext) && (s.folded(index + 3) ?? "").hasSuffix("ing")
        {
          record(index, optional: true)
          continue
        }
        // A negative question opening its clause asserts: "isn't that wonderful", "Didn't he
        // say so?", "it's cold, isn't it?"; a translation may well drop its "not"
        // ("venga accolta in modo positivo").
        if contracted, index == 0 || s[index - 1].kind == .punctuation, Self.questionSubjects.contains(next) {
          record(index, optional: true)
          continue
        }
        // "If not, …" is "otherwise" ("Se no, …", "Altrimenti").
        if word == "not", s.folded(index - 1) == "if", index + 1 < s.count, s[index + 1].kind == .punctuation {
          record(index, optional: true)
          continue
        }
        // "not long after" is "poco dopo", "subito dopo".
        if word == "not", next == "long", ["after", "before", "ago"].contains(afterNext) {
          record(index, optional: true)
          continue
        }
        // "No." or "No," as an answer, and "no one", are not the negation of a claim... the
        // latter is; the former is an interjection.
        if word == "no", index + 1 < s.count, s[index + 1].kind == .punctuation { continue }
        // "Can't help but think", "couldn't help thinking" assert; Italian keeps the negation
        // ("non ho potuto fare a meno di pensare") or not ("penso").
        if contracted || word == "cannot", next == "help", ["but", "thinking", "feeling", "wondering", "noticing"].contains(afterNext) {
          record(index, optional: true)
          continue
        }
        // "neither … nor" and "not A nor B" deny once; after a clause break ("is not
        // inevitable – nor that of…") the "nor" denies again in English, while Italian may
        // go on with a "né" that reinforces the first "non".
        if word == "nor", index - lastNegation <= 12 {
          guard index > 0, Self.clauseBreaks.contains(s[index - 1].folded), s.folded(lastNegation) != "neither" else { continue }
          record(index, optional: true)
          continue
        }
        // A doubled negative in speech ("you don't see no tail") denies once.
        if ["no", "nothing", "nobody", "none", "never"].contains(word), index - lastNegation <= 4,
          !((lastNegation + 1)..<index).contains(where: { s[$0].kind == .punctuation })
        {
          record(index, optional: true)
          continue
        }
        record(index, optional: false)
      case .italian:
        // "Mai" opening its clause, with no "non" before it, denies: "mai come quest'anno",
        // "Mai visto nulla di simile"; elsewhere it is "ever" ("il peggiore che abbia mai visto").
        if word == "mai", index - lastNegation > 8, index == 0 || Self.clauseOpeners.contains(s[index - 1].folded) {
          record(index, optional: false)
          continue
        }
        // "processi mai osservati" is "processes never seen", but "il più bello mai visto" is
        // "the finest ever seen": before a participle, "mai" may deny or not. After an
        // auxiliary ("che abbia mai visto") it is "ever".
        if word == "mai", index - lastNegation > 8, Self.isParticiple(next), !Self.italianAuxiliaries.contains(s.folded(index - 1) ?? "") {
          record(index, optional: true)
          continue
        }
        guard Self.italian.contains(text) || Self.italian.contains(word) else { continue }
        // "né", "neanche", "nemmeno", "neppure" reinforce a negation anywhere in the sentence;
        // "mai", "nessuno", "niente" within its clause.
        let window = ["ne", "neanche", "nemmeno", "neppure"].contains(word) ? 40 : 8
        if Self.italianConcord.contains(word) || word == "ne", index - lastNegation <= window {
          lastNegation = index
          continue
        }
        if word == "ne" && text != "né" { continue }
        record(index, optional: false)
      }
    }
    return found
  }
}
