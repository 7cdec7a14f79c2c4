import Core
import Foundation
import Glossary
import Testing
import TestSupport

/// A data file of `Glossary/` and the Swift file that compiles it into the binary.
struct CompiledData: Sendable, CustomStringConvertible {
  var dataFile: String
  var swiftFile: String
  var enumName: String
  var property: String
  var header: String
  var compiled: @Sendable () -> String

  var description: String { dataFile }

  static let all = [
    CompiledData(
      dataFile: "en-it.tsv", swiftFile: "ShippedGlossary.swift", enumName: "ShippedGlossary", property: "tsv",
      header: "The shipped term base, Glossary/en-it.tsv, compiled in so that the binary needs no\n// resource files.",
      compiled: { ShippedGlossary.tsv }),
    CompiledData(
      dataFile: "wordnet-en-it.tsv", swiftFile: "ShippedWordSenses.swift", enumName: "ShippedWordSenses", property: "tsv",
      header:
        "Glossary/wordnet-en-it.tsv (MultiWordNet and WordNet 3.0; licence notices in that file and in\n// Glossary/README.md), compiled in so that the binary needs no resource files.",
      compiled: { ShippedWordSenses.tsv }),
    CompiledData(
      dataFile: "wordnet-antonyms-en.tsv", swiftFile: "ShippedAntonyms.swift", enumName: "ShippedAntonyms", property: "tsv",
      header:
        "Glossary/wordnet-antonyms-en.tsv (WordNet 3.0; licence notice in that file and in Glossary/README.md),\n// compiled in so that the binary needs no resource files.",
      compiled: { ShippedAntonyms.tsv }),
    CompiledData(
      dataFile: "wordnet-words-en.txt", swiftFile: "ShippedEnglishWords.swift", enumName: "ShippedEnglishWords", property: "text",
      header:
        "Glossary/wordnet-words-en.txt (WordNet 3.0; licence notice in that file and in Glossary/README.md),\n// compiled in so that the binary needs no resource files.",
      compiled: { ShippedEnglishWords.text }),
  ]
}

@Suite struct GlossaryTests {
  /// Each data file of `Glossary/` equals its compiled copy; `CLAIMDIFF_RECORD=1 swift test`
  /// rewrites the Swift files from the data files.
  @Test(arguments: CompiledData.all)
  func compiledDataMatchesGlossaryFolder(data: CompiledData) throws {
    let path = Repository.root.appendingPathComponent("Glossary").appendingPathComponent(data.dataFile).path
    let text = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
    if ProcessInfo.processInfo.environment["CLAIMDIFF_RECORD"] == "1" {
      let swift = """
        // \(data.header) GlossaryTests checks that the two agree;
        // CLAIMDIFF_RECORD=1 swift test rewrites this file.

        public enum \(data.enumName) {
          public static let \(data.property) = #\"\"\"
        \(text)
        \"\"\"#
        }

        """
      try swift.write(
        to: Repository.root.appendingPathComponent("Sources/Glossary").appendingPathComponent(data.swiftFile), atomically: true,
        encoding: .utf8)
    }
    #expect(data.compiled() == text, "Sources/Glossary/\(data.swiftFile) is stale: run CLAIMDIFF_RECORD=1 swift test")
  }


  @Test func theEnglishWordListIsSearchedWithoutParsingIt() {
    let words = ShippedEnglishWords.text.split(separator: "\n").filter { !$0.hasPrefix("#") }
    #expect(words.count > 60_000)
    #expect(words.allSatisfy { ShippedEnglishWords.contains(String($0)) })
    #expect(!ShippedEnglishWords.contains("qwxzv") && !ShippedEnglishWords.contains("zzzzzzzz") && !ShippedEnglishWords.contains(""))
    // Region names in their own language are aliases, unless they fold to an English word.
    let regions = Dictionary(uniqueKeysWithValues: RegionNames.terms.map { ($0.id, $0) })
    #expect(regions["region:NL"]?.aliases == ["Nederland"])
    #expect(regions["region:IS"]?.aliases == [])
  }

  @Test func italianPluralsInHardCOrGShareTheSingularsSenses() {
    let senses = WordSenses.shipped
    #expect(WordSenses.lemmaKey("giochi", language: .italian) == WordSenses.lemmaKey("gioco", language: .italian))
    #expect(WordSenses.lemmaKey("laghi", language: .italian) == WordSenses.lemmaKey("lago", language: .italian))
    #expect(senses.shareSense("games", .english, "giochi", .italian) == true)
    // A word too short to lose an ending keeps all its letters.
    #expect(WordSenses.lemmaKey("chi", language: .italian) == "chi")
  }

  @Test func antonymPairsKeepTheirLemmasAndPartOfSpeech() throws {
    let senses = WordSenses.shipped
    let old = try #require(senses.englishKeyNumber(WordSenses.lemmaKey("old", language: .english)))
    let pairs = senses.antonyms(of: "older", readingAs: old, language: .english)
    #expect(pairs.contains { $0.opposite == "new" })
    // "appena" has the adverb "new", not the adjective opposed to "old"; "nuovo" has it.
    let new = try #require(pairs.first { $0.opposite == "new" })
    #expect(!senses.reads("appena", language: .italian, asOppositeIn: new))
    #expect(senses.reads("nuovo", language: .italian, asOppositeIn: new))
    // "records" shares the key of "recorded" but inflects no adjective of a pair.
    let record = try #require(senses.englishKeyNumber(WordSenses.lemmaKey("records", language: .english)))
    #expect(senses.antonyms(of: "records", readingAs: record, language: .english).isEmpty)
    #expect(WordSenses.isInflection("happier", of: "happy") && WordSenses.isInflection("bigger", of: "big"))
    #expect(WordSenses.isInflection("decrease", of: "decreasing") && !WordSenses.isInflection("decreases", of: "decreasing"))
  }

  @Test func antonymsReachItalianThroughSenses() throws {
    let senses = WordSenses.shipped
    let increase = try #require(senses.englishKeyNumber(WordSenses.lemmaKey("increase", language: .english)))
    #expect(senses.englishKey(increase) == "increas")
    #expect(senses.antonyms(ofEnglishKey: increase).map(senses.englishKey).contains(WordSenses.lemmaKey("decrease", language: .english)))
    #expect(senses.englishReadings(of: "aumento", language: .italian).contains(increase))
    #expect(senses.englishReadings(of: "increased", language: .english) == [increase])
    // A word no sense or antonym has reads as nothing: nothing can translate or oppose it.
    #expect(senses.englishReadings(of: "qwxzv", language: .english).isEmpty)
    let readings = senses.englishReadings(of: "aumento", language: .italian)
    #expect(readings == readings.sorted() && Set(readings).count == readings.count)
  }

  @Test func wordSensesJoinTranslationsAndKnowCommonWords() {
    let senses = WordSenses.shipped
    let platform = Set(senses.senses(of: "platforms", language: .english))
    #expect(!platform.isDisjoint(with: senses.senses(of: "piattaforme", language: .italian)))
    let extremist = Set(senses.senses(of: "extremist", language: .english))
    #expect(!extremist.isDisjoint(with: senses.senses(of: "estremisti", language: .italian)))
    let common = ["war", "guerra", "metropolitan", "montagne"].filter { senses.isCommonWord($0) }
    #expect(common == ["war", "guerra", "metropolitan", "montagne"])
    let names = ["jacquemus", "wesbanco", "kavardarkov"].filter { senses.isCommonWord($0) }
    #expect(names.isEmpty)
  }

  @Test func shippedGlossaryIsValid() throws {
    let terms = try TSVGlossaryReader().parse(ShippedGlossary.tsv, path: "Glossary/en-it.tsv")
    #expect(terms.count > 150)
  }

  @Test func everyProblemIsReportedWithItsLine() {
    let text = "en\tit\tcategory\taliases\tnote\nextremist\testremista\tpeople\t\t\nitem\telemento\n" + "extremist\testremista\tpeople\t\t\nvideo\tvideo\tcontnt\t\t\n"
    #expect(throws: GlossaryError.invalid(problems: [
      GlossaryProblem(path: "g.tsv", line: 3, message: "expected at least 3 tab-separated columns (en, it, category), found 2; separate the columns with tabs"),
      GlossaryProblem(path: "g.tsv", line: 4, message: "duplicate entry 'extremist', first defined on line 2; merge the two lines into one"),
      GlossaryProblem(path: "g.tsv", line: 5, message: "unknown category 'contnt'; did you mean 'content'?; use one of \(TermCategory.allCases.map(\.rawValue).joined(separator: ", "))"),
    ])) {
      try TSVGlossaryReader().parse(text, path: "g.tsv")
    }
  }

  /// Keys are made on bytes and lookups split words from Strings: the two must agree on every
  /// way a form is written, or a term is indexed under a key no text can reach.
  @Test(arguments: [
    ("People's Party", "people's party"), ("Côte d'Ivoire", "COTE D'IVOIRE"), ("Al-Qaeda", "al qaeda"),
    ("rock 'n' roll", "Rock 'n' Roll"), ("O'Brien's", "o'brien"), ("G20 summit", "g20 Summit"), ("Società Autostrade", "societa autostrade"),
    ("l`Aquila", "l'aquila"), ("  spaced   out  ", "spaced out"),
  ])
  func formsAreFoundAsTextWritesThem(form: String, written: String) throws {
    let base = TermBase(layers: [[Term(id: form, english: [form], italian: ["voce"], category: .organisation, origin: "test")]])
    #expect(base.lookup(written, language: .english)?.id == form)
    #expect(base.lookup(form, language: .english)?.id == form)
  }

  /// A file over a mebibyte is read in runs of lines on every core: line numbers, duplicates
  /// across runs and the order of the problems come out as from one reader, and so do the terms.
  @Test func aLargeFileReadsAsOneWhateverItsRuns() throws {
    var lines = ["# a comment before the header", "", "en\tit\tcategory\taliases\tnote"]
    for index in 0..<40_000 { lines.append("term\(index) widget\ttermine\(index) congegno\tthing\t\tline \(index)") }
    let clean = lines.joined(separator: "\r\n")
    #expect(clean.utf8.count > TSVGlossaryReader.parallelBytes)
    let terms = try TSVGlossaryReader().parse(clean, path: "big.tsv")
    #expect(terms.count == 40_000)
    #expect(terms.first?.origin == "big.tsv:4")
    #expect(terms.last?.origin == "big.tsv:40003")
    #expect(terms.map(\.note) == (0..<40_000).map { "line \($0)" })

    // A duplicate of the first entry near the end, and a short line in the middle.
    var broken = lines
    broken[20_003] = "half a line"
    broken.append("term0 widget\ttermine0 congegno\tthing\t\t")
    #expect(throws: GlossaryError.invalid(problems: [
      GlossaryProblem(path: "big.tsv", line: 20_004, message: "expected at least 3 tab-separated columns (en, it, category), found 1; separate the columns with tabs"),
      GlossaryProblem(path: "big.tsv", line: 40_004, message: "duplicate entry 'term0 widget', first defined on line 4; merge the two lines into one"),
    ])) {
      try TSVGlossaryReader().parse(broken.joined(separator: "\n"), path: "big.tsv")
    }
  }

  /// A large layer is indexed in runs whose keys are made on other threads ahead of the
  /// indexing: the result is the term base that adding its terms one by one makes, merges
  /// within the layer and across layers included.
  @Test func aLargeLayerIndexesAsTermsAddedOneByOne() throws {
    let shipped = try TSVGlossaryReader().parse(ShippedGlossary.tsv, path: "g")
    var large: [Term] = []
    for index in 0..<12_000 {
      large.append(Term(id: "term\(index) widget", english: ["term\(index) widget"], italian: ["termine\(index) congegno"], aliases: ["TW\(index)"], category: .thing, origin: "l:\(index)"))
      // Every 997th term repeats an earlier English form in another run (a merge within the
      // layer), and every 1,499th an English form of the shipped glossary (a merge across).
      if index % 997 == 996 {
        large.append(Term(id: "again\(index)", english: ["term\(index - 4_000) widget"], italian: ["ancora\(index)"], category: .thing, origin: "l:again"))
      }
      if index % 1_499 == 1_498 {
        large.append(Term(id: "extremist \(index)", english: ["extremist"], italian: ["oltranzista"], category: .people, origin: "l:shipped"))
      }
    }
    let layered = TermBase(layers: [shipped, large])
    var oneByOne = TermBase()
    for term in shipped + large { oneByOne.add(term) }
    #expect(layered.terms == oneByOne.terms)
    #expect(layered.maxWords == oneByOne.maxWords)
    for term in large {
      for form in term.english { #expect(layered.lookup(form, language: .english)?.id == oneByOne.lookup(form, language: .english)?.id) }
      for form in term.italian { #expect(layered.lookup(form, language: .italian)?.id == oneByOne.lookup(form, language: .italian)?.id) }
    }
    #expect(layered.lookup("oltranzisti", language: .italian)?.id == "extremist")
    #expect(layered.lookup("ancora10966", language: .italian)?.id == "term6966 widget")
  }

  @Test func matchingSurvivesInflectionCaseAndDiacritics() throws {
    let base = try TermBase(layers: [RegionNames.terms, TSVGlossaryReader().parse(ShippedGlossary.tsv, path: "g")])
    #expect(base.lookup("estremisti", language: .italian)?.id == "extremist")
    // Nouns in -io drop the o in the plural: "decenni" is "decennio".
    #expect(base.lookup("decenni", language: .italian)?.id == "decade")
    #expect(base.lookup("estremiste", language: .italian)?.id == "extremist")
    #expect(base.lookup("piattaforme", language: .italian)?.id == "platform")
    // An Italian plural that is another term's English form is its own singular: "case" are
    // houses; in English it is a case.
    #expect(base.lookup("case", language: .italian)?.id == "house")
    #expect(base.lookup("case", language: .english)?.id == "case")
    // A word that is one term's Italian form and another's English form reads in each
    // language as its own: "Roma" is Rome in Italian, the Roma people in English.
    #expect(base.lookup("Roma", language: .italian)?.id == "Rome")
    #expect(base.lookup("Roma", language: .english)?.id == "Roma")
    #expect(base.lookup("platforms", language: .english)?.id == "platform")
    #expect(base.lookup("Belgio", language: .italian)?.id == "region:BE")
    #expect(base.lookup("portogallo", language: .italian)?.id == "region:PT")
    // Names match exactly: a misspelt name is not silently the country.
    #expect(base.lookup("Portogalli", language: .italian) == nil)
    #expect(base.lookup("IS", language: .english)?.id == "Islamic State")
    #expect(base.lookup("is", language: .english) == nil)
    #expect(base.lookup("Paesi Bassi", language: .italian)?.id == "region:NL")
    #expect(base.lookup("Olanda", language: .italian)?.id == "region:NL")
  }

  @Test func laterLayersOverrideEarlierOnes() throws {
    let shipped = try TSVGlossaryReader().parse(ShippedGlossary.tsv, path: "g")
    let mine = try TSVGlossaryReader().parse("en\tit\tcategory\nitem\tvoce\tthing\n", path: "u.tsv")
    let base = TermBase(layers: [shipped, mine])
    #expect(base.lookup("voci", language: .italian)?.category == .thing)
    #expect(base.term(id: "item")?.category == .thing)
  }

  @Test func stemmer() {
    #expect(Stemmer(language: .english).stem("agencies") == "agency")
    #expect(Stemmer(language: .english).stem("organisations") == Stemmer(language: .english).stem("organization"))
    #expect(Stemmer(language: .italian).stem("banche") == Stemmer(language: .italian).stem("banca"))
  }

  /// Every rule with its exact result, since glossary keys and sentence words must stem alike.
  @Test(arguments: [
    ("organisations", "organization"), ("organisation", "organization"), ("country's", "country"), ("agencies", "agency"),
    ("ties", "tie"), ("boxes", "box"), ("churches", "church"), ("wishes", "wish"), ("classes", "class"),
    ("platforms", "platform"), ("class", "class"), ("status", "status"), ("analysis", "analysis"), ("bus", "bus"), ("its", "its"),
    ("cafés", "café"),
  ])
  func englishStems(word: String, stem: String) {
    #expect(Stemmer(language: .english).stem(word) == stem)
  }

  @Test(arguments: [
    ("estremisti", "estremist"), ("estremista", "estremist"), ("banche", "banc"), ("luoghi", "luog"), ("re", "re"), ("tre", "tr"),
    ("città", "città"), ("perche", "perc"), ("sud", "sud"),
  ])
  func italianStems(word: String, stem: String) {
    #expect(Stemmer(language: .italian).stem(word) == stem)
  }

  /// A word stemmed in a buffer, as a lookup does on the stack, gives the stem the String form
  /// gives: the stem is the buffer's first bytes.
  @Test(arguments: [
    (Language.english, ["organisations", "agencies", "ties", "boxes", "churches", "classes", "platforms", "status", "its", "cafés", "a", ""]),
    (Language.italian, ["estremisti", "banche", "luoghi", "re", "tre", "città", "perche", "sud", "a", ""]),
  ])
  func stemsInABufferAsInAString(language: Language, words: [String]) {
    let stemmer = Stemmer(language: language)
    for word in words {
      var bytes = Array(word.utf8)
      let length = bytes.withUnsafeMutableBufferPointer { stemmer.stem($0) }
      #expect(String(decoding: bytes[..<length], as: UTF8.self) == stemmer.stem(word), "\(word)")
    }
  }

  /// A plain word's lookup, answered from the key table, finds what the general lookup finds:
  /// a word, its plural, an Italian plural through its singular, and nothing for a word no key
  /// begins with.
  @Test func plainWordLookups() throws {
    let base = TermBase(layers: [try TSVGlossaryReader().parse(ShippedGlossary.tsv, path: "g")])
    #expect(base.lookup("platforms", language: .english)?.id == base.lookup("Platforms", language: .english)?.id)
    #expect(base.lookup("platforms", language: .english) != nil)
    #expect(base.lookup("estremisti", language: .italian)?.id == "extremist")
    #expect(base.lookup("zzyzxq", language: .english) == nil)
    #expect(base.lookup("zzyzxq", language: .italian) == nil)
  }

  /// Stemming in place touches only the word at the end of the buffer: the glossary stems each
  /// word of a phrase key where it is built.
  @Test func stemsTheLastWordOfABufferInPlace() {
    var bytes = Array("islamic states".utf8)
    Stemmer(language: .english).stem(&bytes, from: 8)
    #expect(String(decoding: bytes, as: UTF8.self) == "islamic state")
    // "tés" has three letters, though four bytes: too short to lose its s.
    var short = Array("x tés".utf8)
    Stemmer(language: .english).stem(&short, from: 2)
    #expect(String(decoding: short, as: UTF8.self) == "x tés")
  }
}
