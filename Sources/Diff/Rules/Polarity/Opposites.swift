import Core

/// Pairs of opposite meanings written with the commonest words of news prose, which WordNet's
/// antonyms leave out or cannot reach: prepositions and adverbs ("before"/"after",
/// "prima"/"dopo"), comparatives ("more"/"less", "best"/"worst"), points of the compass, and
/// the verbs of change, whose inflected forms the antonym check does not read ("increased",
/// "began", "lost"). Each side of a pair lists its word forms in both languages.
///
/// A pair reads as swapped only when both of its sides disagree at once: one side says one
/// meaning more often than the other, and the other says the opposite meaning more often than
/// the first. A translation that merely rephrases one word ("later" for "più tardi", "starting
/// from" for "a partire da") leaves the other meaning balanced and stays quiet.
struct OppositePair: Sendable {
  struct Meaning: Sendable {
    let english: Set<String>
    let italian: Set<String>

    func words(_ language: Language) -> Set<String> { language == .english ? english : italian }
  }

  /// Forms that have a second meaning outside their pair, with the words of the other
  /// language that say it: "prima" is also "first" ("inquinare prima e ripulire poi" is
  /// "polluting first and cleaning up later"). Each such word on the other side accounts for
  /// one of the form's occurrences.
  static let otherMeanings: [String: Set<String>] = ["prima": ["first"]]

  let first: Meaning
  let second: Meaning
  /// Whether the words grade the word after them ("more demanding", "più esigenti"): then
  /// they are swapped only where the graded words translate each other, for "the least
  /// expensive" is "i più economici" and "less of a honeymoon" is "più ridotta".
  let gradesNextWord: Bool

  init(
    _ englishFirst: Set<String>, _ italianFirst: Set<String>, against englishSecond: Set<String>, _ italianSecond: Set<String>,
    gradesNextWord: Bool = false
  ) {
    first = Meaning(english: englishFirst, italian: italianFirst)
    second = Meaning(english: englishSecond, italian: italianSecond)
    self.gradesNextWord = gradesNextWord
  }

  /// Words in a fixed phrase that carries none of the pair's meaning: "at least" is "almeno",
  /// "more or less" "più o meno", "no longer" "non più".
  static func isInFixedPhrase(previous: String?, word: String, next: String?) -> Bool {
    switch word {
    case "least", "most": previous == "at" || previous == "not"
    case "more", "less": next == "or" || previous == "or"
    case "piu", "meno": next == "o" || previous == "o" || previous == "non" || previous == "di"
    case "fine": previous == "al" || previous == "alla" || next == "settimana"
    case "prima": next == "volta" || next == "o"
    case "later", "sooner": previous == "or"
    default: false
    }
  }

  /// Every form of every pair, with the pairs it belongs to and on which side: one lookup a
  /// word instead of one a pair.
  static let index: [Language: [String: [(pair: Int, isSecond: Bool)]]] = {
    var index: [Language: [String: [(pair: Int, isSecond: Bool)]]] = [:]
    for language in [Language.english, .italian] {
      var forms: [String: [(pair: Int, isSecond: Bool)]] = [:]
      for (number, pair) in all.enumerated() {
        for form in pair.first.words(language) { forms[form, default: []].append((number, false)) }
        for form in pair.second.words(language) { forms[form, default: []].append((number, true)) }
      }
      index[language] = forms
    }
    return index
  }()

  static let all: [OppositePair] = [
    OppositePair(
      ["before", "earlier", "previously", "beforehand", "prior"], ["prima", "precedentemente"],
      against: ["after", "afterwards", "afterward", "later", "subsequently", "following"], ["dopo", "successivamente"]),
    OppositePair(["more", "most"], ["piu"], against: ["less", "least"], ["meno"], gradesNextWord: true),
    OppositePair(
      ["best", "better"], ["migliore", "migliori", "meglio"], against: ["worst", "worse"], ["peggiore", "peggiori", "peggio"]),
    OppositePair(["early"], ["presto", "precoce", "precoci", "anticipo"], against: ["late"], ["tardi", "tardo", "tarda", "tardiva", "ritardo"]),
    OppositePair(["above"], ["sopra"], against: ["below"], ["sotto"]),
    OppositePair(
      ["north", "northern"], ["nord", "settentrionale", "settentrionali"], against: ["south", "southern"], ["sud", "meridionale", "meridionali"]),
    OppositePair(["east", "eastern"], ["est", "orientale", "orientali"], against: ["west", "western"], ["ovest", "occidentale", "occidentali"]),
    OppositePair(
      ["begin", "begins", "began", "begun", "beginning", "start", "starts", "started", "starting"],
      [
        "inizia", "iniziano", "iniziato", "iniziata", "iniziati", "iniziate", "iniziare", "inizio", "cominciare", "comincia",
        "cominciano", "cominciato", "cominciata", "avviare", "avvia", "avviano", "avviato", "avviata", "avviati", "avvio",
      ],
      against: ["end", "ends", "ended", "ending", "finish", "finishes", "finished", "stop", "stops", "stopped"],
      [
        "finire", "finito", "finita", "finiti", "finite", "finisce", "finiscono", "fine", "terminare", "terminato", "terminata", "terminati", "terminate",
        "termina", "smettere", "smesso", "smettano", "smetterla",
      ]),
    OppositePair(
      ["win", "wins", "won", "winning", "winner", "winners", "victory", "gain", "gains", "gained", "gaining"],
      [
        "vincere", "vince", "vincono", "vinto", "vinta", "vinti", "vinte", "vinse", "vittoria", "vittorie", "vincitore", "vincitori",
        "guadagnare", "guadagna", "guadagnato", "guadagnavano", "guadagno", "guadagni", "vincita", "vincite",
      ],
      // The verbs "defeated" and "ha sconfitto" win for their subject ("South Africa have
      // defeated the All Blacks", "ha vinto contro"); the nouns lose.
      against: ["lose", "loses", "lost", "losing", "loser", "losers", "loss", "losses", "defeat", "defeats"],
      [
        "perdere", "perde", "perdono", "perso", "persa", "persi", "perse", "persero", "perdette", "perdeva", "perdevano", "perdita",
        "perdite", "sconfitta", "sconfitte",
      ]),
    OppositePair(
      ["accept", "accepts", "accepted", "accepting", "agree", "agrees", "agreed"],
      ["accettare", "accetta", "accettano", "accettato", "accettata", "accettati", "accetto"],
      against: ["reject", "rejects", "rejected", "rejecting", "refuse", "refuses", "refused", "refusing"],
      [
        "rifiutare", "rifiuta", "rifiutano", "rifiutato", "rifiutata", "respingere", "respinge", "respinto", "respinta",
        "respinti",
      ]),
    OppositePair(
      ["open", "opens", "opened", "opening", "reopen", "reopened"],
      ["aperto", "aperta", "aperti", "aperte", "aprire", "apre", "aprono", "apertura", "riaperto", "riaperta", "riapertura"],
      against: ["closed", "closes", "closing", "closure", "shut"],
      ["chiuso", "chiusa", "chiusi", "chiuse", "chiudere", "chiude", "chiudono", "chiusura"]),
    OppositePair(
      ["success", "successful", "successfully", "victory", "victories"], ["successo", "successi", "vittoria", "vittorie"],
      against: ["failure", "failures", "collapse"], ["fallimento", "fallimenti", "insuccesso", "crollo"]),
    OppositePair(
      ["increase", "increases", "increased", "increasing", "rise", "rises", "rose", "risen", "rising", "grow", "grows", "grew", "grown", "growth"],
      [
        "aumento", "aumenti", "aumentare", "aumentato", "aumentata", "aumentati", "aumentate", "aumenta", "aumentano", "crescita",
        "crescere", "cresce", "crescono", "cresciuto", "cresciuta", "cresciuti", "rialzo", "incremento", "incrementi", "incrementare", "incrementato",
      ],
      against: [
        "decrease", "decreases", "decreased", "decreasing", "fell", "fallen", "falling", "drop", "drops", "dropped", "decline",
        "declined", "declines", "declining", "reduce", "reduced", "reduces", "reduction",
      ],
      [
        "calo", "cali", "calare", "calato", "calata", "calati", "calate", "cala", "calano", "diminuzione", "diminuire", "diminuito",
        "diminuita", "diminuiti", "diminuisce", "diminuiscono", "ribasso", "flessione", "riduzione", "ridotto", "ridotta", "ridotti",
        "ridurre", "riduce", "caduto", "caduta", "caduti", "cadute", "abbassato", "abbassata", "abbassati", "abbassate", "sceso",
        "scesa", "scesi", "scese", "scendere", "scende", "scendono",
      ]),
    OppositePair(
      ["find", "finds", "found", "finding"], ["trovare", "trova", "trovano", "trovato", "trovata", "trovati", "trovate", "ritrovare", "ritrovato", "ritrovata"],
      against: ["lose", "loses", "lost", "losing"], ["perdere", "perde", "perdono", "perso", "persa", "persi", "perse", "smarrito", "smarrita"]),
    OppositePair(
      ["current", "currently"], ["attuale", "attuali", "attualmente"],
      against: ["former", "previous", "previously"], ["precedente", "precedenti", "precedentemente"]),
    // "lives" and "living" are left out: "claimed five lives" is "ha causato cinque morti".
    OppositePair(
      ["die", "dies", "died", "dying", "dead", "death", "deaths"],
      ["morire", "muore", "muoiono", "morto", "morta", "morti", "morte", "mori", "deceduto", "deceduta", "deceduti", "decesso"],
      against: ["live", "lived", "alive", "survive", "survives", "survived"],
      ["vivere", "vive", "vivono", "vissuto", "vissuta", "vivo", "viva", "sopravvivere", "sopravvissuto", "sopravvissuta", "sopravvissuti"]),
    OppositePair(
      ["positive", "positively"], ["positivo", "positiva", "positivi", "positive", "positivamente"],
      against: ["negative", "negatively"], ["negativo", "negativa", "negativi", "negative", "negativamente"]),
    OppositePair(
      ["safe", "safely", "safety", "secure"], ["sicuro", "sicura", "sicuri", "sicure", "sicurezza"],
      against: ["dangerous", "danger", "dangers", "unsafe"], ["pericoloso", "pericolosa", "pericolosi", "pericolose", "pericolo", "pericoli"]),
    OppositePair(
      ["long", "longer", "longest"], ["lungo", "lunga", "lunghi", "lunghe"],
      against: ["short", "shorter", "shortest", "brief"], ["breve", "brevi", "corto", "corta", "corti", "corte"]),
    OppositePair(
      ["strong", "stronger", "strongest", "powerful"], ["forte", "forti", "potente", "potenti"],
      against: ["weak", "weaker", "weakest"], ["debole", "deboli"]),
    OppositePair(
      ["young", "younger", "youngest"], ["giovane", "giovani"],
      against: ["old", "older", "oldest", "elderly"], ["vecchio", "vecchia", "vecchi", "vecchie", "anziano", "anziana", "anziani", "anziane"]),
    OppositePair(["new", "newer", "newest"], ["nuovo", "nuova", "nuovi", "nuove"], against: ["old", "older", "oldest"], ["vecchio", "vecchia", "vecchi", "vecchie"]),
    OppositePair(
      ["internal"], ["interno", "interna", "interni", "interne"], against: ["external"], ["esterno", "esterna", "esterni", "esterne"]),
    OppositePair(
      ["similar", "similarly"], ["simile", "simili", "analogo", "analoga", "analoghi", "analoghe"],
      against: ["different", "differently", "dissimilar"],
      ["diverso", "diversa", "diversi", "diverse", "diversamente", "differente", "differenti"]),
    OppositePair(["ancient"], ["antico", "antica", "antichi", "antiche"], against: ["modern", "recent", "recently"], ["moderno", "moderna", "moderni", "moderne", "recente", "recenti", "recentemente"]),
    OppositePair(
      ["difficult"], ["difficile", "difficili"], against: ["easy", "easier", "simple", "simpler"], ["facile", "facili", "semplice", "semplici"]),
    // Prefixes of hyphenated words: "anti-American", "pro-Kremlin", "filo-russo".
    OppositePair(["anti-"], ["anti-"], against: ["pro-"], ["pro-", "filo-"]),
    OppositePair(["global", "globally"], ["globale", "globali", "globalmente"], against: ["local", "locally"], ["locale", "locali", "localmente"]),
    // "backing" and "contro" are left out: "the backing band", "played against".
    OppositePair(
      ["support", "supports", "supported", "supporting", "supporters", "supporter", "fans", "backers"],
      [
        "sostenere", "sostiene", "sostengono", "sostenuto", "sostenuta", "sostenuti", "sostennero", "appoggiare", "appoggia", "appoggiano",
        "appoggiato", "appoggiata", "appoggio", "supporto", "sostenitore", "sostenitori", "tifosi",
      ],
      // An opponent may be called an enemy ("un oppositore di Nixon", "an enemy of Nixon").
      against: ["oppose", "opposes", "opposed", "opposing", "opponent", "opponents", "detractors", "enemy", "enemies"],
      [
        "opporsi", "oppone", "oppongono", "opposero", "oppose", "opposto", "opposta", "opposti", "oppositore", "oppositori", "avversari",
        "detrattori", "nemico", "nemica", "nemici", "nemiche",
      ]),
    OppositePair(
      ["admit", "admits", "admitted", "admitting", "confirm", "confirms", "confirmed", "confirming"],
      ["ammettere", "ammette", "ammettono", "ammesso", "ammise", "confermare", "conferma", "confermano", "confermato", "confermata", "confermati"],
      against: ["deny", "denies", "denied", "denying", "denial"],
      ["negare", "nega", "negano", "negato", "negata", "negati", "nego", "smentire", "smentisce", "smentito", "smentita"]),
    OppositePair(
      ["contain", "contains", "contained", "containing"], ["contenere", "contiene", "contengono", "conteneva", "contenevano", "contenente"],
      against: ["lack", "lacks", "lacked", "lacking"], ["manca", "mancano", "mancava", "mancavano", "mancanza", "privo", "priva", "privi", "prive"]),
    OppositePair(
      ["available", "accessible"], ["disponibile", "disponibili", "accessibile", "accessibili"],
      against: ["unavailable", "inaccessible"], ["indisponibile", "indisponibili", "inaccessibile", "inaccessibili"]),
    OppositePair(
      ["significant", "significantly", "considerable", "considerably"],
      ["significativo", "significativa", "significativi", "significative", "significativamente", "considerevole", "considerevoli"],
      against: ["marginal", "marginally", "negligible", "insignificant"], ["marginale", "marginali", "trascurabile", "trascurabili", "insignificante"]),
    // "disabled" is left out: "disabled people" are "i disabili", whatever is "attiva".
    OppositePair(
      ["activate", "activates", "activated", "enable", "enables", "enabled"],
      ["attivare", "attiva", "attivano", "attivato", "attivata", "abilitare", "abilita", "abilitato", "abilitata"],
      against: ["deactivate", "deactivates", "deactivated", "disable", "disables"],
      ["disattivare", "disattiva", "disattivano", "disattivato", "disattivata", "disabilitare", "disabilita", "disabilitato", "disabilitata"]),
    OppositePair(
      ["formal", "formally"], ["formale", "formali", "formalmente"],
      against: ["informal", "informally", "casual", "casually"], ["informale", "informali", "informalmente"]),
    OppositePair(
      ["beautiful", "pretty"], ["bello", "bella", "belli", "belle", "bellissimo", "bellissima", "bellissimi", "bellissime"],
      against: ["ugly", "hideous"], ["brutto", "brutta", "brutti", "brutte", "orrendo", "orrenda", "orrendi", "orrende"]),
    OppositePair(
      ["add", "adds", "added", "adding"], ["aggiungere", "aggiunge", "aggiungono", "aggiunto", "aggiunta", "aggiunti", "aggiunte"],
      against: ["remove", "removes", "removed", "removing", "stripped"],
      ["rimuovere", "rimuove", "rimosso", "rimossa", "rimossi", "rimosse", "togliere", "toglie", "tolto", "tolta", "tolti", "tolte", "strappato", "strappata", "strappati", "strappate"]),
    OppositePair(
      ["dark", "darkness"], ["buio", "buia", "oscurita", "scuro", "scura", "scuri", "scure", "tenebre"],
      against: ["lightness", "brightness", "bright"], ["luminosita", "luminoso", "luminosa", "luminosi", "luminose"]),
    OppositePair(
      ["big", "bigger", "biggest", "large", "larger", "largest", "huge", "giant", "enormous"],
      ["grande", "grandi", "enorme", "enormi", "gigante", "giganti", "gigantesco", "gigantesca"],
      against: ["small", "smaller", "smallest", "tiny"], ["piccolo", "piccola", "piccoli", "piccole", "minuscolo", "minuscola"]),
  ]
}
