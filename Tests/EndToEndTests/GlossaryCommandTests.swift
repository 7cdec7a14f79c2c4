import Foundation
import Testing
import TestSupport

/// `claimdiff glossary check | lookup | suggest`.
@Suite struct GlossaryCommandTests {
  @Test func checkReportsEveryProblemWithFileAndLine() throws {
    let folder = Repository.temporaryFolder()
    let good = folder.appendingPathComponent("good.tsv").path
    let bad = folder.appendingPathComponent("bad.tsv").path
    try "en\tit\tcategory\taliases\tnote\nlevee\targine\tthing\t\t\n".write(toFile: good, atomically: true, encoding: .utf8)
    try "en\tit\tcategory\nlevee\targine\tthign\nlevee\targine\tthing\nonly one column\n"
      .write(toFile: bad, atomically: true, encoding: .utf8)
    let result = try ProcessRunner.run(["glossary", "check", good, bad, Repository.fixture("glossary", "newsroom.tbx")])
    #expect(result.status == 2)
    #expect(result.stdout.contains("good.tsv: 1 entries, no problems"))
    #expect(result.stdout.contains("newsroom.tbx: 3 entries, no problems"))
    #expect(result.stderr.contains("bad.tsv:2: unknown category 'thign'; did you mean 'thing'?"))
    #expect(result.stderr.contains("bad.tsv:4: expected at least 3 tab-separated columns"))
    let clean = try ProcessRunner.run(["glossary", "check", good])
    #expect(clean.status == 0)
  }

  @Test func lookupShowsFormsAliasesAndCategoryAcrossInflections() throws {
    let plural = try ProcessRunner.run(["glossary", "lookup", "estremisti", "--lang", "it"])
    #expect(plural.status == 0)
    #expect(plural.stdout.contains("→ extremist"))
    #expect(plural.stdout.contains("category: people"))
    #expect(plural.stdout.contains("Italian:  estremista"))
    let alias = try ProcessRunner.run(["glossary", "lookup", "ISIL"])
    #expect(alias.stdout.contains("→ Islamic State"))
    #expect(alias.stdout.contains("aliases:  Daesh"))
    let user = try ProcessRunner.run(["glossary", "lookup", "Consiglio della Valle", "--glossary", Repository.fixture("glossary", "newsroom.tbx")])
    #expect(user.stdout.contains("→ Valley Council"))
    #expect(user.stdout.contains("newsroom.tbx:"))
    let missing = try ProcessRunner.run(["glossary", "lookup", "zzqx"])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("no glossary entry for 'zzqx'"))
  }

  @Test func suggestMinesRepeatedPairsIntoAReviewableGlossary() throws {
    let folder = Repository.temporaryFolder()
    for index in 0..<3 {
      try "# Flood report \(index)\n\nThe Valley Council said \(10 + index) houses were flooded on Monday.\n"
        .write(to: folder.appendingPathComponent("r\(index).en.md"), atomically: true, encoding: .utf8)
      try "# Rapporto \(index)\n\nIl Consiglio della Valle ha detto che \(10 + index) case sono state allagate lunedì.\n"
        .write(to: folder.appendingPathComponent("r\(index).it.md"), atomically: true, encoding: .utf8)
    }
    let output = folder.appendingPathComponent("suggested.tsv").path
    let result = try ProcessRunner.run(["glossary", "suggest", folder.path, "--output", output, "--jobs", "2"])
    #expect(result.status == 0, "\(result.stderr)")
    let tsv = try String(contentsOfFile: output, encoding: .utf8)
    #expect(tsv.contains("Valley Council\tConsiglio della Valle\torganisation\t\tsuggested: 3 aligned sentence pairs, Dice 1.00"))
    // What it writes is a glossary the checker accepts, ready to merge after review.
    let check = try ProcessRunner.run(["glossary", "check", output])
    #expect(check.status == 0, "\(check.stderr)")
  }
}
