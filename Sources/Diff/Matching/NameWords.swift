/// Words of names that Italian writes in its own form: given names of monarchs, saints and
/// historical figures ("Elizabeth" and "Elisabetta", "Louis" and "Luigi"), figures of scripture
/// and antiquity ("Abraham" and "Abramo", "Khufu" and "Cheope"), and peoples and faiths that
/// English capitalises ("Phoenicians" and "Fenici", "Buddhism" and "buddismo"). Each folded
/// Italian form maps to its folded English one, so that a name's words meet whichever language
/// writes them. Only forms that differ beyond what `Folding.cognateKey` evens out are listed.
enum NameWords {
  static func english(_ folded: String) -> String { italianToEnglish[folded] ?? folded }

  private static let italianToEnglish: [String: String] = {
    var table: [String: String] = [:]
    for (english, italian) in pairs {
      for form in italian.split(separator: "|") { table[String(form)] = english }
    }
    return table
  }()

  /// English form and its Italian forms, "|" between them.
  private static let pairs: [(String, String)] = [
    // Given names of monarchs, popes, saints and figures of history.
    ("elizabeth", "elisabetta"), ("louis", "luigi"), ("charles", "carlo"), ("marie", "maria"), ("antoinette", "antonietta"),
    ("john", "giovanni"), ("peter", "pietro"), ("paul", "paolo"), ("james", "giacomo"), ("joseph", "giuseppe"),
    ("francis", "francesco"), ("henry", "enrico"), ("william", "guglielmo"), ("george", "giorgio"), ("catherine", "caterina"),
    ("michael", "michele"), ("stephen", "stefano"), ("thomas", "tommaso"), ("matthew", "matteo"), ("mark", "marco"),
    ("luke", "luca"), ("andrew", "andrea"), ("philip", "filippo"), ("frederick", "federico"), ("edward", "edoardo"),
    ("richard", "riccardo"), ("alexander", "alessandro"), ("nicholas", "nicola"), ("gregory", "gregorio"), ("leo", "leone"),
    ("benedict", "benedetto"), ("anthony", "antonio"), ("augustine", "agostino"), ("ferdinand", "ferdinando"),
    ("isabella", "isabella"), ("victoria", "vittoria"), ("constantine", "costantino"), ("justinian", "giustiniano"),
    ("julius", "giulio"), ("caesar", "cesare"), ("augustus", "augusto"), ("nero", "nerone"), ("hadrian", "adriano"),
    ("charlemagne", "carlo magno|carlomagno"), ("columbus", "colombo"), ("christopher", "cristoforo"), ("galileo", "galileo"),
    ("copernicus", "copernico"), ("ptolemy", "tolomeo"), ("archimedes", "archimede"), ("aristotle", "aristotele"),
    ("plato", "platone"), ("socrates", "socrate"), ("homer", "omero"), ("alexandria", "alessandria"),
    // Figures of scripture and of antiquity.
    ("abraham", "abramo"), ("isaac", "isacco"), ("jacob", "giacobbe"), ("moses", "mose"), ("noah", "noe"), ("david", "davide"),
    ("solomon", "salomone"), ("jesus", "gesu"), ("christ", "cristo"), ("mary", "maria"), ("muhammad", "maometto"),
    ("khufu", "cheope"), ("ramesses", "ramses|ramesse"), ("tutankhamun", "tutankhamon"), ("cleopatra", "cleopatra"),
    ("confucius", "confucio"), ("buddha", "budda"),
    // Peoples and faiths English capitalises.
    ("phoenicians", "fenici"), ("phoenician", "fenicio|fenicia"), ("egyptians", "egizi|egiziani"), ("romans", "romani"),
    ("greeks", "greci"), ("minoan", "minoico|minoica|minoici"), ("norse", "norreni|norreno|norrena"),
    ("vikings", "vichinghi"), ("christianity", "cristianesimo"), ("buddhism", "buddismo|buddhismo"),
    ("hinduism", "induismo"), ("islam", "islam"), ("judaism", "ebraismo"),
    // Places whose Italian names CLDR does not give.
    ("constantinople", "costantinopoli"), ("rhine", "reno"), ("loire", "loira"), ("arctic", "artico"),
    ("antarctic", "antartico"), ("antarctica", "antartide"), ("moon", "luna"), ("bishkek", "biskek"),
  ]
}
