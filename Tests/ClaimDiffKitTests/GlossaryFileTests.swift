import ClaimDiffKit
import Foundation
import Claims
import Glossary
import Testing
import TestSupport

/// User glossaries in TSV and TBX, read safely.
@Suite struct GlossaryFileTests {
  @Test func tbxBasicEntriesBecomeTerms() throws {
    let terms = try GlossaryFiles.terms(path: Repository.fixture("glossary", "newsroom.tbx"))
    #expect(terms.map(\.id) == ["flood barrier", "Civil Protection Department", "Valley Council"])
    #expect(terms[0].english == ["flood barrier", "flood wall"])
    #expect(terms[0].italian == ["barriera antialluvione"])
    #expect(terms[0].category == .thing)
    #expect(terms[1].category == .organisation)
    #expect(terms[1].italian == ["Protezione Civile", "Dipartimento della Protezione Civile"])
    #expect(terms[2].category == .organisation, "a proper noun without a stated category is read as a name")
    #expect(terms[2].italian == ["Consiglio della Valle"])
    #expect(terms[0].origin.hasSuffix("newsroom.tbx:8"))
  }

  @Test func tbxVersionTwoIsReadToo() throws {
    let terms = try GlossaryFiles.terms(path: Repository.fixture("glossary", "newsroom-v2.tbx"))
    #expect(terms.count == 1)
    #expect(terms.first?.italian == ["barriera antialluvione"])
  }

  @Test func aTBXGlossaryGivesBothLanguagesOneCanonicalName() throws {
    let folder = Repository.temporaryFolder()
    let en = folder.appendingPathComponent("en.txt")
    let it = folder.appendingPathComponent("it.txt")
    try "The Valley Council said the flood wall failed.\n".write(to: en, atomically: true, encoding: .utf8)
    try "Il Consiglio della Valle ha detto che la barriera antialluvione ha ceduto.\n".write(to: it, atomically: true, encoding: .utf8)
    var options = CompareOptions()
    options.glossaries = [Repository.fixture("glossary", "newsroom.tbx")]
    let comparer = try Comparer(options: options)
    let english = try comparer.read(path: en.path, language: .english)
    let italian = try comparer.read(path: it.path, language: .italian)
    let names = [english, italian].map { article in
      comparer.claims(in: article).compactMap { $0.entity }.filter { $0.category == .organisation }.map(\.canonical)
    }
    #expect(names[0] == ["Valley Council"])
    #expect(names[1] == ["Valley Council"])
  }

  @Test func entityBombsAreRefusedWithAClearError() throws {
    let folder = Repository.temporaryFolder()
    let path = folder.appendingPathComponent("bomb.tbx").path
    var entities = "<!ENTITY a0 \"lol\">"
    for level in 1...12 { entities += "<!ENTITY a\(level) \"" + String(repeating: "&a\(level - 1);", count: 10) + "\">" }
    try """
      <?xml version="1.0"?>
      <!DOCTYPE tbx [ \(entities) ]>
      <tbx><text><body><conceptEntry><langSec xml:lang="en"><termSec><term>&a12;</term></termSec></langSec></conceptEntry></body></text></tbx>
      """.write(toFile: path, atomically: true, encoding: .utf8)
    #expect {
      try GlossaryFiles.terms(path: path)
    } throws: { error in
      "\(error)".hasPrefix("\(path): cannot read the glossary (not well-formed XML")
    }
  }

  @Test func externalEntitiesAreNeitherExpandedNorFetched() throws {
    let folder = Repository.temporaryFolder()
    let path = folder.appendingPathComponent("hostile.tbx").path
    let hostile = """
      <?xml version="1.0"?>
      <!DOCTYPE tbx [ <!ENTITY a12 "lol"> <!ENTITY secret SYSTEM "file:///etc/passwd"> <!ENTITY remote SYSTEM "http://127.0.0.1:9/x"> ]>
      <tbx><text><body><conceptEntry>
      <langSec xml:lang="en"><termSec><term>bomb &a12; &secret; &remote;</term></termSec></langSec>
      <langSec xml:lang="it"><termSec><term>bomba</term></termSec></langSec>
      </conceptEntry></body></text></tbx>
      """
    try hostile.write(toFile: path, atomically: true, encoding: .utf8)
    let terms = try GlossaryFiles.terms(path: path)
    #expect(terms.first?.english == ["bomb"])
    #expect(!(terms.first?.english.joined().contains("root:") ?? true))
  }

  @Test func malformedOrEmptyFilesAreClearErrors() throws {
    let folder = Repository.temporaryFolder()
    let broken = folder.appendingPathComponent("broken.tbx").path
    try "<tbx><text><body><conceptEntry>\n<langSec>\n</tbx>".write(toFile: broken, atomically: true, encoding: .utf8)
    #expect {
      try GlossaryFiles.terms(path: broken)
    } throws: { error in
      "\(error)".contains("broken.tbx: cannot read the glossary (not well-formed XML (line ")
    }
    let notTBX = folder.appendingPathComponent("page.xml").path
    try "<html><body>hi</body></html>".write(toFile: notTBX, atomically: true, encoding: .utf8)
    #expect {
      try GlossaryFiles.terms(path: notTBX)
    } throws: { error in
      "\(error)".contains("page.xml:1: the root element is <html>, not <tbx> or <martif>")
    }
    #expect(throws: GlossaryError.self) { try GlossaryFiles.terms(path: folder.appendingPathComponent("none.tbx").path) }
  }

  @Test(.enabled(if: Repository.shared != nil)) func realTranslationToolGlossaryLoads() throws {
    let path = try #require(Repository.shared).appendingPathComponent("schemas/tbx/weblate-glossary-it.tbx").path
    try #require(FileManager.default.fileExists(atPath: path))
    let terms = try GlossaryFiles.terms(path: path)
    #expect(terms.count >= 100)
    #expect(terms.allSatisfy { !$0.english.isEmpty && !$0.italian.isEmpty })
  }
}
