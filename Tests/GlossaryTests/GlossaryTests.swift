import Core
import Foundation
import Glossary
import Testing
import TestSupport

@Suite struct GlossaryTests {
  @Test func shippedGlossaryMatchesTheCompiledCopy() throws {
    let path = Repository.root.appendingPathComponent("Glossary/en-it.tsv").path
    let onDisk = try #require(FileManager.default.contents(atPath: path)).map { $0 }
    let text = String(decoding: onDisk, as: UTF8.self)
    if ProcessInfo.processInfo.environment["CLAIMDIFF_RECORD"] == "1" {
      let swift = """
        // The shipped term base, Glossary/en-it.tsv, compiled in so that the binary needs no
        // resource files. GlossaryTests checks that the two agree; CLAIMDIFF_RECORD=1 swift test
        // rewrites this file from Glossary/en-it.tsv.

        public enum ShippedGlossary {
          public static let tsv = #\"\"\"
        \(text)
        \"\"\"#
        }

        """
      try swift.write(
        to: Repository.root.appendingPathComponent("Sources/Glossary/ShippedGlossary.swift"), atomically: true, encoding: .utf8)
    }
    #expect(ShippedGlossary.tsv == text, "Sources/Glossary/ShippedGlossary.swift is stale: run CLAIMDIFF_RECORD=1 swift test")
  }

  @Test func shippedWordSensesMatchTheCompiledCopy() throws {
    let path = Repository.root.appendingPathComponent("Glossary/wordnet-en-it.tsv").path
    let text = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
    if ProcessInfo.processInfo.environment["CLAIMDIFF_RECORD"] == "1" {
      let swift = """
        // Glossary/wordnet-en-it.tsv (MultiWordNet and WordNet 3.0; licence notices in that file and in
        // Glossary/README.md), compiled in so that the binary needs no resource files. GlossaryTests
        // checks that the two agree; CLAIMDIFF_RECORD=1 swift test rewrites this file.

        public enum ShippedWordSenses {
          public static let tsv = #\"\"\"
        \(text)
        \"\"\"#
        }

        """
      try swift.write(
        to: Repository.root.appendingPathComponent("Sources/Glossary/ShippedWordSenses.swift"), atomically: true, encoding: .utf8)
    }
    #expect(ShippedWordSenses.tsv == text, "Sources/Glossary/ShippedWordSenses.swift is stale: run CLAIMDIFF_RECORD=1 swift test")
  }

  @Test func shippedAntonymsMatchTheCompiledCopy() throws {
    let path = Repository.root.appendingPathComponent("Glossary/wordnet-antonyms-en.tsv").path
    let text = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
    if ProcessInfo.processInfo.environment["CLAIMDIFF_RECORD"] == "1" {
      let swift = """
        // Glossary/wordnet-antonyms-en.tsv (WordNet 3.0; licence notice in that file and in Glossary/README.md),
        // compiled in so that the binary needs no resource files. GlossaryTests checks that the two agree;
        // CLAIMDIFF_RECORD=1 swift test rewrites this file.

        public enum ShippedAntonyms {
          public static let tsv = #\"\"\"
        \(text)
        \"\"\"#
        }

        """
      try swift.write(
        to: Repository.root.appendingPathComponent("Sources/Glossary/ShippedAntonyms.swift"), atomically: true, encoding: .utf8)
    }
    #expect(ShippedAntonyms.tsv == text, "Sources/Glossary/ShippedAntonyms.swift is stale: run CLAIMDIFF_RECORD=1 swift test")
  }

  @Test func shippedEnglishWordsMatchTheCompiledCopy() throws {
    let path = Repository.root.appendingPathComponent("Glossary/wordnet-words-en.txt").path
    let text = String(decoding: try #require(FileManager.default.contents(atPath: path)), as: UTF8.self)
    if ProcessInfo.processInfo.environment["CLAIMDIFF_RECORD"] == "1" {
      let swift = """
        // Glossary/wordnet-words-en.txt (WordNet 3.0; licence notice in that file and in Glossary/README.md),
        // compiled in so that the binary needs no resource files. GlossaryTests checks that the two agree;
        // CLAIMDIFF_RECORD=1 swift test rewrites this file.

        public enum ShippedEnglishWords {
          public static let text = #\"\"\"
        \(text)
        \"\"\"#
        }

        """
      try swift.write(
        to: Repository.root.appendingPathComponent("Sources/Glossary/ShippedEnglishWords.swift"), atomically: true, encoding: .utf8)
    }
    #expect(ShippedEnglishWords.text == text, "Sources/Glossary/ShippedEnglishWords.swift is stale: run CLAIMDIFF_RECORD=1 swift test")
  }

  @Test func antonymsReachItalianThroughSenses() {
    let senses = WordSenses.shipped
    let increase = WordSenses.lemmaKey("increase", language: .english)
    #expect(senses.antonyms(ofEnglishKey: increase).contains(WordSenses.lemmaKey("decrease", language: .english)))
    #expect(senses.englishReadings(of: "aumento", language: .italian).contains(increase))
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

  @Test func matchingSurvivesInflectionCaseAndDiacritics() throws {
    let base = try TermBase(layers: [RegionNames.terms, TSVGlossaryReader().parse(ShippedGlossary.tsv, path: "g")])
    #expect(base.lookup("estremisti", language: .italian)?.id == "extremist")
    #expect(base.lookup("estremiste", language: .italian)?.id == "extremist")
    #expect(base.lookup("piattaforme", language: .italian)?.id == "platform")
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
}
