import ClaimDiffKit
import Foundation
import Testing
import TestSupport

@Suite struct RendererTests {
  func comparison() throws -> Comparison {
    try Comparer(options: CompareOptions()).compare(
      sourcePath: Repository.fixture("europol-2017", "en.txt"), targetPath: Repository.fixture("europol-2017", "it.txt"))
  }

  @Test func textReportMarksEvidenceSourceFirst() throws {
    let text = TextRenderer().render(try comparison())
    #expect(text.contains("error: quantity.counted-thing: Both say more than 2000, but English counts 'extremist items' (content) and Italian counts 'estremisti' (people)"))
    #expect(text.contains("»more than 2,000 extremist items«"))
    #expect(text.contains("»oltre 2.000 estremisti«"))
    let source = try #require(text.range(of: "en [8]"))
    let target = try #require(text.range(of: "it [12]"))
    #expect(source.lowerBound < target.lowerBound)
    #expect(text.hasSuffix("infos\n"))
  }

  @Test func markdownReportSummarisesAndMarksEvidence() throws {
    let markdown = MarkdownRenderer().render(try comparison())
    #expect(markdown.contains("| `quantity.counted-thing` | error | 1 |"))
    #expect(markdown.contains("**more than 2,000 extremist items**"))
    #expect(markdown.contains("**oltre 2.000 estremisti**"))
    let error = try #require(markdown.range(of: "- **error**"))
    let info = try #require(markdown.range(of: "- **info**"))
    #expect(error.lowerBound < info.lowerBound)
  }

  @Test func findingIDsAreStable() throws {
    let first = try comparison().findings.map(\.id)
    let second = try comparison().findings.map(\.id)
    #expect(first == second)
    #expect(Set(first).count == first.count)
  }

  @Test func claimsDumpShowsRangesAndValues() throws {
    let comparer = try Comparer(options: CompareOptions())
    let article = try comparer.read(path: Repository.fixture("europol-2017", "it.txt"), language: nil)
    let dump = ClaimsRenderer().text(article: article, claims: comparer.claims(in: article))
    #expect(dump.contains("sentence 12 @1108-1228 body \"Il risultato è stata l’identificazione di oltre 2.000 estremisti"))
    #expect(dump.contains("  quantity @1150-1172 \"oltre 2.000 estremisti\" value=2000 qualifier=moreThan"))
    #expect(dump.contains("  entity @1070-1076 \"Belgio\" canonical=\"Belgium\" category=place"))
  }
}
