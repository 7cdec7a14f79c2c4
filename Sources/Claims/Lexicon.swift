import Core
import Foundation

/// The words the claim readers need in one language: qualifiers, scale words, function words
/// that end a noun phrase, verbs of saying, and time words. One engine, a table per language.
struct Lexicon: Sendable {
  let language: Language
  /// Multi-word qualifiers as folded word sequences, longest first.
  let qualifiers: [(words: [String], qualifier: Qualifier)]
  /// Scale words after a number: "million" → 1e6.
  let scales: [String: Double]
  /// Unit words right after a number, folded: "per cent" → "%".
  let unitPhrases: [(words: [String], unit: String)]
  /// Words that end the noun phrase after a number.
  let phraseStops: Set<String>
  /// Adjectives that may stand between a number and its noun and are not the counted thing.
  let skippedAdjectives: Set<String>
  /// Verbs of saying, folded, for quote attribution.
  let speechVerbs: Set<String>
  /// Pronouns that stand for the last person named ("he", "she").
  let pronouns: Set<String>
  /// Capitalised words that are not names at the start of a sentence.
  let sentenceStarters: Set<String>
  /// Words that join parts of a name: "of", "di", "del".
  let nameConnectors: Set<String>
  /// Titles written before names, never names themselves: "Mr", "sig.", "PM".
  let honorifics: Set<String>
  /// Articles that may stand between a qualifier and its figure: "oltre il 20%".
  let articles: Set<String>
  /// Prepositions fused with an article, and the bare preposition: "del" → "di".
  let fusedPrepositions: [String: String]
  /// Prefixes joined to a word by a hyphen that make a new common word of it, capitalised or
  /// not: "Neo-Renaissance", "post-Brexit", "neo-rinascimentale".
  let boundPrefixes: Set<String>
  /// Verbs whose object of people are employees: "employs 85,000 people", "impiega 300 persone".
  let employingVerbs: Set<String>

  /// English verbs that put the figure right after them as a bound: "exceeds 30%" is "supera
  /// il 30%" (not "exceeded the four percent mark", whose figure an article sets in a noun
  /// phrase).
  static let englishBoundingVerbs: Set<String> = ["exceeds", "exceeded", "exceeding", "surpassed"]

  static func forLanguage(_ language: Language) -> Lexicon {
    switch language {
    case .english: english
    case .italian: italian
    }
  }

  static let english = Lexicon(
    language: .english,
    qualifiers: ([
      (["more", "than"], .moreThan), (["greater", "than"], .moreThan), (["upwards", "of"], .moreThan),
      (["in", "excess", "of"], .moreThan), (["over"], .moreThan), (["above"], .moreThan), (["at", "least"], .atLeast),
      (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast),
      (["up", "to"], .atMost), (["as", "much", "as"], .atMost), (["as", "many", "as"], .atMost), (["at", "most"], .atMost), (["no", "more", "than"], .atMost), (["fewer", "than"], .lessThan),
      (["less", "than"], .lessThan), (["under"], .lessThan), (["below"], .lessThan), (["nearly"], .nearly),
      (["almost"], .nearly), (["close", "to"], .nearly), (["about"], .approximately), (["around"], .approximately),
      (["approximately"], .approximately), (["roughly"], .approximately), (["some"], .approximately),
      (["an", "estimated"], .approximately), (["estimated"], .approximately), (["as", "high", "as"], .exact),
      (["as", "low", "as"], .exact), (["as", "long", "as"], .exact), (["as", "far", "as"], .exact), (["circa"], .approximately),
      (["approx"], .approximately), (["just", "over"], .moreThan), (["just", "under"], .lessThan),
      (["older", "than"], .moreThan), (["longer", "than"], .moreThan), (["higher", "than"], .moreThan),
      (["larger", "than"], .moreThan), (["bigger", "than"], .moreThan), (["younger", "than"], .lessThan),
      (["shorter", "than"], .lessThan), (["smaller", "than"], .lessThan), (["lower", "than"], .lessThan),
      ([">"], .moreThan), (["<"], .lessThan), (["≥"], .atLeast), (["≤"], .atMost),
      // Both bounds denied: exactly.
      (["no", "more", "no", "less", "than"], .exact), (["no", "more", "and", "no", "less", "than"], .exact),
      (["no", "more", "or", "less", "than"], .exact), (["neither", "more", "nor", "less", "than"], .exact),
    ] + englishBoundingVerbs.map { ([$0], Qualifier.moreThan) }).sorted { $0.0.count > $1.0.count },
    scales: [
      "thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6, "billion": 1e9,
      "billions": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12, "dozen": 12, "dozens": 12, "lakh": 1e5, "lakhs": 1e5,
      "crore": 1e7, "crores": 1e7,
    ],
    unitPhrases: [
      (["per", "cent"], "%"), (["percent"], "%"), (["percentage", "points"], "pp"), (["euros"], "EUR"), (["euro"], "EUR"),
      (["dollars"], "USD"), (["us", "dollars"], "USD"), (["pounds", "sterling"], "GBP"), (["km"], "km"),
      (["kilometres"], "km"), (["kilometers"], "km"), (["miles"], "mi"), (["mile"], "mi"), (["metres"], "m"),
      (["meters"], "m"), (["yards"], "yd"), (["feet"], "ft"), (["foot"], "ft"), (["ft"], "ft"), (["kg"], "kg"), (["kilograms"], "kg"),
      (["tonnes"], "t"), (["tons"], "t"), (["degrees", "fahrenheit"], "°F"), (["degrees", "celsius"], "°C"),
      (["degrees", "centigrade"], "°C"), (["degrees", "f"], "°F"), (["degrees", "c"], "°C"), (["degrees"], "°"),
      (["hectares"], "ha"), (["litres"], "l"), (["liters"], "l"), (["inches"], "in"), (["inch"], "in"), (["cm"], "cm"),
      (["centimetres"], "cm"), (["centimeters"], "cm"), (["mm"], "mm"), (["millimetres"], "mm"), (["millimeters"], "mm"),
      (["lbs"], "lb"), (["lb"], "lb"), (["pound"], "lb"), (["km", "/", "h"], "km/h"), (["kph"], "km/h"), (["km/h"], "km/h"),
      (["ounces"], "oz"), (["grams"], "g"), (["mph"], "mph"), (["metre"], "m"), (["miles", "per", "hour"], "mph"),
      (["miles", "an", "hour"], "mph"), (["kilometres", "per", "hour"], "km/h"), (["kilometers", "per", "hour"], "km/h"),
      (["km", "per", "hour"], "km/h"), (["kilometres", "an", "hour"], "km/h"), (["kilometers", "an", "hour"], "km/h"),
      (["meter"], "m"), (["yard"], "yd"), (["kilometre"], "km"), (["kilometer"], "km"), (["kilogram"], "kg"),
      (["dollar"], "USD"), (["litre"], "l"), (["liter"], "l"), (["kilo"], "kg"), (["kilos"], "kg"), (["tonne"], "t"), (["ton"], "t"),
      (["ounce"], "oz"), (["gram"], "g"), (["hectare"], "ha"), (["oz"], "oz"), (["mg"], "mg"), (["milligrams"], "mg"),
      (["milligram"], "mg"), (["ml"], "ml"), (["millilitres"], "ml"), (["milliliters"], "ml"), (["millilitre"], "ml"),
      (["milliliter"], "ml"), (["gallons"], "gal"), (["gallon"], "gal"), (["acres"], "acre"), (["acre"], "acre"),
      (["square", "kilometres"], "km²"), (["square", "kilometers"], "km²"), (["square", "km"], "km²"), (["sq", "km"], "km²"),
      // Other currencies news names in words; crowns, kronor and koruna are one "crown", as
      // Italian's "corone" does not say whose.
      (["yen"], "JPY"), (["yuan"], "CNY"), (["renminbi"], "CNY"), (["roubles"], "RUB"), (["rubles"], "RUB"), (["rouble"], "RUB"),
      (["ruble"], "RUB"), (["rupees"], "INR"), (["rupee"], "INR"), (["swiss", "francs"], "CHF"), (["francs"], "CHF"),
      (["forints"], "HUF"), (["forint"], "HUF"), (["zlotys"], "PLN"), (["zloty"], "PLN"), (["crowns"], "crown"),
      (["kronor"], "crown"), (["kroner"], "crown"), (["koruna"], "crown"), (["czech", "crowns"], "crown"),
      (["swedish", "kronor"], "crown"), (["swedish", "crowns"], "crown"), (["danish", "kroner"], "crown"),
      (["norwegian", "kroner"], "crown"),
      (["km²"], "km²"), (["km2"], "km²"), (["square", "miles"], "mi²"), (["square", "mile"], "mi²"), (["sq", "miles"], "mi²"),
    ].sorted { $0.0.count > $1.0.count },
    phraseStops: [
      "the", "a", "an", "of", "in", "on", "at", "to", "from", "for", "with", "by", "and", "or", "but", "that", "which",
      "who", "whom", "whose", "were", "was", "are", "is", "be", "been", "being", "have", "has", "had", "will", "would",
      "could", "should", "may", "might", "can", "did", "do", "does", "said", "says", "per", "than", "as", "into", "onto",
      "after", "before", "during", "since", "until", "across", "against", "between", "among", "about", "over", "under",
      "while", "when", "where", "if", "then", "so", "not", "also", "each", "every", "such", "this", "these", "those",
      "it", "its", "their", "they", "them", "he", "she", "his", "her", "we", "our", "you", "your", "i", "my", "ago",
      "earlier", "later", "more", "less", "fewer", "most", "least", "old", "long", "away", "out", "up", "down",
      "last", "next", "yesterday", "today", "tomorrow", "here", "there", "now", "then", "ahead", "already", "apart",
      "back", "behind", "apiece", "overall", "total", "all", "again", "instead", "yet", "around", "across", "through",
      "worldwide", "nationwide", "each", "abroad", "inside", "outside",
    ],
    skippedAdjectives: ["other", "more", "new", "additional", "separate", "different", "further", "extra"],
    speechVerbs: [
      "said", "says", "told", "added", "explained", "warned", "stated", "noted", "insisted", "declared", "announced",
      "claimed", "argued", "wrote", "asked", "replied", "concluded", "stressed", "confirmed", "acknowledged", "admitted",
      "continued", "commented", "remarked", "observed", "tweeted", "according",
    ],
    pronouns: ["he", "she", "they"],
    sentenceStarters: [
      "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "there",
      "in", "on", "at", "for", "from", "by", "with", "during", "after", "before", "however", "but", "and", "or", "so",
      "if", "when", "while", "although", "though", "as", "since", "because", "yet", "still", "also", "meanwhile",
      "some", "many", "most", "all", "both", "each", "every", "no", "not", "our", "their", "his", "her", "my", "your",
      "what", "who", "why", "how", "where", "which", "one", "two", "three", "more", "other", "such", "within", "despite",
      "according", "last", "next", "earlier", "later", "today", "yesterday", "tomorrow", "now", "then", "here",
      "within", "we're", "it's", "let", "even", "only", "just", "about", "over", "under",
      // Indefinite pronouns, which no dictionary of nouns holds.
      "everyone", "everybody", "everything", "anyone", "anybody", "anything", "someone", "somebody", "something", "whoever",
      "whatever", "nobody", "nothing", "none", "several", "few",
    ],
    nameConnectors: ["of", "the", "de", "da", "del", "della", "di", "van", "von", "der", "bin", "al", "el", "la", "le", "du"],
    honorifics: ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "pm", "mp", "rev", "st", "gen", "col", "capt", "sgt", "lt", "gov", "sen", "rep"],
    articles: ["a", "an", "the", "some"],
    fusedPrepositions: [:],
    boundPrefixes: ["neo", "post", "pre", "anti", "pro", "ex", "non", "pseudo", "proto", "semi", "mid", "quasi", "ultra", "late", "early", "high"],
    employingVerbs: ["employ", "employs", "employed", "employing", "hires", "hired", "hiring", "hire"]
  )

  static let italian = Lexicon(
    language: .italian,
    qualifiers: [
      (["piu", "di"], .moreThan), (["oltre"], .moreThan), (["oltre", "a"], .moreThan), (["sopra", "i"], .moreThan),
      (["sopra", "le"], .moreThan), (["superiore", "a"], .moreThan), (["almeno"], .atLeast), (["non", "meno", "di"], .atLeast),
      (["fino", "a"], .atMost), (["al", "massimo"], .atMost), (["non", "piu", "di"], .atMost), (["meno", "di"], .lessThan),
      (["sotto", "i"], .lessThan), (["inferiore", "a"], .lessThan), (["quasi"], .nearly), (["circa"], .approximately),
      (["intorno", "a"], .approximately), (["intorno", "ai"], .approximately), (["intorno", "alle"], .approximately),
      (["attorno", "a"], .approximately), (["all'incirca"], .approximately), (["approssimativamente"], .approximately),
      (["una", "stima", "di"], .approximately), (["stimati"], .approximately), (["stimato"], .approximately),
      (["stimata"], .approximately), (["stimate"], .approximately), (["qualcosa", "come"], .approximately),
      (["sino", "a"], .atMost), (["un", "massimo", "di"], .atMost), (["oltre", "a"], .moreThan), (["poco", "piu", "di"], .moreThan),
      (["poco", "meno", "di"], .lessThan), (["ben"], .exact), (["appena"], .exact),
      // "di" elided before a vowel: "più d'un decennio", "meno d'un anno".
      (["piu", "d'"], .moreThan), (["meno", "d'"], .lessThan), (["non", "piu", "d'"], .atMost), (["non", "meno", "d'"], .atLeast),
      (["poco", "piu", "d'"], .moreThan), (["poco", "meno", "d'"], .lessThan),
      // "né più né meno di 1001", "niente più e niente meno di": exactly.
      (["ne", "piu", "ne", "meno", "di"], .exact), (["ne", "piu", "ne", "meno", "che"], .exact),
      (["niente", "piu", "e", "niente", "meno", "di"], .exact), (["niente", "piu", "niente", "meno", "di"], .exact),
      // Verbs that put a figure as a bound: "supera il 30%" is "exceeds 30%", "above 30%".
      (["supera"], .moreThan), (["superano"], .moreThan), (["superato"], .moreThan), (["superando"], .moreThan),
      (["superava"], .moreThan), (["superavano"], .moreThan),
      // "verso le 22", "verso l'una": about a time.
      (["verso", "le"], .approximately), (["verso", "la"], .approximately), (["verso", "l'"], .approximately),
      // "sotto il 40%", "sotto le 2 ore", "sotto la soglia del 50%", "al di sopra del 30%".
      (["sotto", "il"], .lessThan), (["sotto", "le"], .lessThan), (["sotto", "la", "soglia", "di"], .lessThan),
      (["al", "di", "sotto", "di"], .lessThan), (["sopra", "il"], .moreThan), (["sopra", "la", "soglia", "di"], .moreThan),
      (["oltre", "la", "soglia", "di"], .moreThan), (["al", "di", "sopra", "di"], .moreThan),
      ([">"], .moreThan), (["<"], .lessThan), (["≥"], .atLeast), (["≤"], .atMost),
    ].sorted { $0.0.count > $1.0.count },
    scales: [
      "mila": 1e3, "mille": 1e3, "k": 1e3, "m": 1e6, "milione": 1e6, "milioni": 1e6, "mln": 1e6, "mn": 1e6, "miliardo": 1e9,
      "miliardi": 1e9, "mld": 1e9, "mrd": 1e9, "mld.": 1e9, "bilione": 1e12, "bilioni": 1e12, "dozzina": 12, "dozzine": 12,
    ],
    unitPhrases: [
      (["per", "cento"], "%"), (["percento"], "%"), (["punti", "percentuali"], "pp"), (["euro"], "EUR"),
      (["dollari"], "USD"), (["dollaro"], "USD"), (["sterline"], "GBP"), (["sterlina"], "GBP"), (["km"], "km"),
      (["chilometri"], "km"), (["miglia"], "mi"), (["metri"], "m"), (["metro"], "m"), (["iarde"], "yd"), (["piedi"], "ft"),
      (["kg"], "kg"), (["chili"], "kg"), (["chilogrammi"], "kg"), (["tonnellate"], "t"), (["gradi", "celsius"], "°C"),
      (["gradi", "centigradi"], "°C"), (["gradi", "fahrenheit"], "°F"), (["gradi", "c"], "°C"), (["gradi", "f"], "°F"),
      (["gradi"], "°"), (["ettari"], "ha"), (["litri"], "l"), (["pollici"], "in"), (["pollice"], "in"), (["cm"], "cm"),
      (["centimetri"], "cm"), (["mm"], "mm"), (["millimetri"], "mm"), (["libbre"], "lb"), (["grammi"], "g"),
      (["chilometri", "orari"], "km/h"), (["km", "orari"], "km/h"), (["km", "/", "h"], "km/h"), (["miglia", "orarie"], "mph"),
      (["miglia", "all'", "ora"], "mph"), (["miglia", "l'", "ora"], "mph"), (["chilometri", "all'", "ora"], "km/h"),
      (["km", "all'", "ora"], "km/h"), (["km", "/", "ora"], "km/h"), (["miglia", "/", "ora"], "mph"), (["chilometro"], "km"),
      (["iarda"], "yd"), (["miglio"], "mi"), (["piede"], "ft"), (["litro"], "l"), (["chilo"], "kg"), (["chilogrammo"], "kg"),
      (["tonnellata"], "t"), (["grammo"], "g"), (["ettaro"], "ha"), (["mg"], "mg"), (["milligrammi"], "mg"),
      (["milligrammo"], "mg"), (["ml"], "ml"), (["millilitri"], "ml"), (["millilitro"], "ml"), (["galloni"], "gal"),
      (["gallone"], "gal"), (["acri"], "acre"), (["acro"], "acre"), (["chilometri", "quadrati"], "km²"), (["km", "quadrati"], "km²"),
      (["km²"], "km²"), (["km2"], "km²"), (["miglia", "quadrate"], "mi²"), (["miglia", "quadrati"], "mi²"),
      (["yen"], "JPY"), (["yuan"], "CNY"), (["renminbi"], "CNY"), (["rubli"], "RUB"), (["rublo"], "RUB"), (["rupie"], "INR"),
      (["rupia"], "INR"), (["franchi", "svizzeri"], "CHF"), (["franchi"], "CHF"), (["fiorini"], "HUF"), (["fiorino"], "HUF"),
      (["zloty"], "PLN"), (["corone"], "crown"),
    ].sorted { $0.0.count > $1.0.count },
    phraseStops: [
      "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "di", "del", "della", "dei", "degli", "delle", "a", "al",
      "alla", "ai", "agli", "alle", "da", "dal", "dalla", "in", "nel", "nella", "nei", "con", "su", "sul", "sulla", "per",
      "tra", "fra", "e", "o", "ma", "che", "cui", "sono", "e'", "era", "erano", "stati", "state", "stato", "stata", "ha",
      "hanno", "aveva", "avevano", "sara", "saranno", "contro", "verso", "dopo", "prima", "durante", "entro", "fa", "non",
      "anche", "come", "quando", "dove", "se", "si", "ne", "ci", "piu", "meno", "circa", "oltre", "tutti", "tutte",
      "fino", "sino", "oltre", "sopra", "sotto", "presso", "lungo",
      // Elided prepositions and articles: "100k all'anno" counts no "all'".
      "l'", "all'", "dell'", "nell'", "dall'", "sull'", "coll'",
    ],
    skippedAdjectives: [
      "nuovi", "nuove", "altri", "altre", "ulteriori", "diversi", "diverse", "vari", "varie", "soli", "sole", "primi",
      "prime", "ultimi", "ultime", "piccoli", "grandi",
    ],
    speechVerbs: [
      "detto", "dice", "affermato", "afferma", "dichiarato", "dichiara", "spiegato", "spiega", "aggiunto", "aggiunge",
      "sottolineato", "sottolinea", "concluso", "conclude", "avvertito", "annunciato", "confermato", "conferma",
      "raccontato", "racconta", "precisato", "precisa", "osservato", "ribadito", "ribadisce", "scritto", "denunciato",
      "commentato", "secondo",
    ],
    pronouns: ["lui", "lei", "egli", "ella"],
    sentenceStarters: [
      "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "questo", "questa", "questi", "queste", "quello", "quella",
      "in", "nel", "nella", "per", "con", "da", "dal", "su", "sul", "tra", "fra", "a", "al", "alla", "e", "ma", "o",
      "se", "quando", "mentre", "anche", "pero", "infatti", "inoltre", "invece", "dopo", "prima", "secondo", "oggi",
      "ieri", "domani", "non", "ci", "si", "lo", "ne", "sempre", "di", "del", "della", "dei", "cio", "soprattutto",
      "continuando", "certamente", "quanto", "sono", "era", "ha", "hanno", "the", "a", "an",
      // Indefinite pronouns, which no dictionary of nouns holds.
      "qualcuno", "qualcosa", "chiunque", "ognuno", "ciascuno", "nessuno", "niente", "nulla", "tutti", "tutte", "tutto", "molti",
      "molte", "alcuni", "alcune", "altri", "altre", "entrambi", "entrambe", "pochi", "poche", "parecchi",
    ],
    nameConnectors: ["di", "del", "della", "dei", "de", "da", "dello", "degli", "delle", "van", "von", "der", "al", "el", "bin"],
    honorifics: ["sig", "sigra", "signor", "signora", "dott", "dottor", "dottoressa", "prof", "professor", "professoressa", "avv", "ing", "on", "sen", "mons", "don", "gen", "col", "papa", "santa", "san"],
    articles: ["il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'"],
    fusedPrepositions: [
      "del": "di", "dello": "di", "della": "di", "dei": "di", "degli": "di", "delle": "di", "dell'": "di", "al": "a",
      "allo": "a", "alla": "a", "ai": "a", "agli": "a", "alle": "a", "all'": "a",
    ],
    boundPrefixes: ["neo", "post", "pre", "anti", "pro", "ex", "non", "pseudo", "proto", "semi", "filo", "tardo", "alto", "basso"],
    employingVerbs: ["impiega", "impiegano", "impiegava", "impiegavano", "impiegato", "occupa", "occupano", "occupava", "assume", "assumono", "assunto"]
  )
}

extension Lexicon {
  /// The tables the quantity reader looks up at every figure, indexed once per language.
  struct Index: Sendable {
    /// Qualifiers whose last word is an article: "sotto il", "sopra le".
    let articleQualifiers: [(words: [String], qualifier: Qualifier)]
    /// Qualifiers of one word: "some", "oltre".
    let singleWordQualifiers: Set<String>
    /// Unit phrases by their first word, longest first.
    let unitPhrasesByFirstWord: [String: [(words: [String], unit: String)]]

    init(_ lexicon: Lexicon) {
      articleQualifiers = lexicon.qualifiers.filter { $0.words.count > 1 && lexicon.articles.contains($0.words[$0.words.count - 1]) }
      singleWordQualifiers = Set(lexicon.qualifiers.filter { $0.words.count == 1 }.map { $0.words[0] })
      unitPhrasesByFirstWord = Dictionary(grouping: lexicon.unitPhrases) { $0.words[0] }
    }
  }

  static let englishIndex = Index(english)
  static let italianIndex = Index(italian)

  var index: Index { language == .english ? Self.englishIndex : Self.italianIndex }

  /// The unit phrase starting at `position`, the longest that matches.
  func unitPhrase(at position: Int, in s: SentenceTokens) -> (words: [String], unit: String)? {
    guard let first = s.folded(position), let candidates = index.unitPhrasesByFirstWord[first] else { return nil }
    return candidates.first { s.matches($0.words, at: position) }
  }
}
