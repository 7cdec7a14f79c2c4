import Core
import Foundation
import Ingest
import Testing
import TestSupport

/// Issue 3's language target, measured on real translations: every English and Italian
/// document of NTREX-128 and FLORES-200 (each FLORES document's sentences joined, as its
/// articles are) is identified as its language. The corpora are read from `../shared`; without
/// it the test has nothing to read and records that it skipped.
@Suite struct LanguageIdentificationCorpusTests {
  func identified(_ text: String) -> Language? {
    try? ArticleReader().read(bytes: Array(text.utf8), path: "doc.txt", options: IngestOptions(format: .text)).language
  }

  @Test func everyNTREXAndFLORESDocumentIsItsLanguage() throws {
    guard let shared = Repository.shared else {
      print("language identification: ../shared not found; skipped")
      return
    }
    var documents: [(name: String, text: String, language: Language)] = []
    let ntrex = shared.appendingPathComponent("corpora/ntrex128-en-it/documents")
    for name in (try? FileManager.default.contentsOfDirectory(atPath: ntrex.path))?.sorted() ?? [] {
      for (file, language) in [("en.txt", Language.english), ("it.txt", .italian)] {
        let path = ntrex.appendingPathComponent(name).appendingPathComponent(file).path
        if let text = try? String(contentsOfFile: path, encoding: .utf8) { documents.append(("ntrex \(name) \(file)", text, language)) }
      }
    }
    let flores = shared.appendingPathComponent("corpora/flores200-devtest-en-it")
    let ids = try String(contentsOfFile: flores.appendingPathComponent("doc_ids.txt").path, encoding: .utf8).split(separator: "\n")
    let pairs = try String(contentsOfFile: flores.appendingPathComponent("pairs.tsv").path, encoding: .utf8).split(separator: "\n")
    var joined: [(id: Substring, english: [Substring], italian: [Substring])] = []
    for (id, pair) in zip(ids, pairs) {
      let sides = pair.split(separator: "\t", omittingEmptySubsequences: false)
      guard sides.count == 2 else { continue }
      if joined.last?.id != id { joined.append((id, [], [])) }
      joined[joined.count - 1].english.append(sides[0])
      joined[joined.count - 1].italian.append(sides[1])
    }
    for document in joined {
      documents.append(("flores \(document.id) en", document.english.joined(separator: " "), .english))
      documents.append(("flores \(document.id) it", document.italian.joined(separator: " "), .italian))
    }
    let wrong = documents.filter { identified($0.text) != $0.language }.map(\.name)
    print("language identification: \(documents.count - wrong.count)/\(documents.count) NTREX and FLORES-200 documents")
    #expect(documents.count >= 700, "too few documents read: \(documents.count)")
    #expect(wrong.isEmpty, "identified wrongly: \(wrong.prefix(10))")
  }
}
