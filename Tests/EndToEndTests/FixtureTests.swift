import ClaimDiffKit
import Foundation
import Testing
import TestSupport

/// The europol-2017 pair, from text and from HTML, against its EXPECTED.md (as expected.json).
@Suite struct FixtureTests {
  struct Expectation: Decodable {
    struct Item: Decodable {
      var rule: String
      var severity: String?
      var source: String?
      var target: String?
    }
    var pairs: [[String]]
    var must: [Item]
    var should: [Item]
    var mustNotRules: [String]
    var mustNotCounted: [String]
    var exitStatus: Int32
  }

  static let expectation: Expectation? = {
    guard let data = FileManager.default.contents(atPath: Repository.fixture("europol-2017", "expected.json")) else { return nil }
    return try? JSONDecoder().decode(Expectation.self, from: data)
  }()

  static let pairs: [[String]] = expectation?.pairs ?? []

  func compare(_ pair: [String]) throws -> Comparison {
    try Comparer(options: CompareOptions()).compare(
      sourcePath: Repository.fixture("europol-2017", pair[0]), targetPath: Repository.fixture("europol-2017", pair[1]))
  }

  /// Whether a finding's evidence, or the sentence it points at, contains the expected text.
  static func matches(_ finding: Finding, _ item: Expectation.Item, in comparison: Comparison) -> Bool {
    guard finding.rule == item.rule else { return false }
    if let severity = item.severity, finding.severity.rawValue != severity { return false }
    func side(_ evidence: Evidence?, _ expected: String?, _ article: Article) -> Bool {
      guard let expected else { return true }
      guard let evidence else { return false }
      let sentence = article.sentences.indices.contains(evidence.sentence) ? article.sentences[evidence.sentence].text : ""
      return evidence.text.contains(expected) || sentence.contains(expected)
    }
    return side(finding.source, item.source, comparison.source) && side(finding.target, item.target, comparison.target)
  }

  @Test(arguments: pairs)
  func mustAndShouldFindingsAreReported(pair: [String]) throws {
    let expectation = try #require(Self.expectation)
    let comparison = try compare(pair)
    for item in expectation.must + expectation.should {
      #expect(
        comparison.findings.contains { Self.matches($0, item, in: comparison) },
        "\(pair): missing \(item.rule) \(item.source ?? "-") / \(item.target ?? "-")")
    }
  }

  @Test(arguments: pairs)
  func mustNotFindingsAreAbsent(pair: [String]) throws {
    let expectation = try #require(Self.expectation)
    let comparison = try compare(pair)
    for rule in expectation.mustNotRules {
      let found = comparison.findings.filter { $0.rule == rule }
      #expect(found.isEmpty, "\(pair): unexpected \(rule): \(found.map(\.message))")
    }
    // 48-hour ↔ 48 ore and 52 platforms ↔ 52 piattaforme agree: no finding of any rule on them.
    for value in expectation.mustNotCounted {
      let found = comparison.findings.filter { $0.rule.hasPrefix("quantity.") && ($0.source?.text.hasPrefix(value) ?? false) }
      #expect(found.isEmpty, "\(pair): \(value) flagged: \(found.map(\.message))")
    }
  }

  @Test func textAndHTMLPairsGiveTheSameFindings() throws {
    let expectation = try #require(Self.expectation)
    let text = try compare(expectation.pairs[0])
    let html = try compare(expectation.pairs[1])
    func keys(_ comparison: Comparison) -> [String] {
      comparison.findings.filter { $0.severity >= .warning || $0.rule == "entity.spelling" || $0.rule == "time.missing" }
        .map { "\($0.rule)|\($0.source?.text ?? "")|\($0.target?.text ?? "")" }.sorted()
    }
    #expect(keys(text) == keys(html))
  }

  @Test func ingestReadsTheFixtureAsEXPECTEDSays() throws {
    let reader = ArticleReader()
    let english = try reader.read(path: Repository.fixture("europol-2017", "en.html"))
    #expect(english.title == "Daesh militants developing own social media platform — Europol")
    #expect(english.published == SimpleDate(year: 2017, month: 5, day: 3))
    #expect(english.sentences.filter { $0.role == .title }.count == 1)
    #expect(english.sentences.contains { $0.role == .caption && $0.text.hasPrefix("Cartoon characters defaced") })
    #expect(!english.sentences.contains { $0.role.makesClaims && $0.text.contains("Cartoon characters") })
    let englishText = try reader.read(path: Repository.fixture("europol-2017", "en.txt"))
    #expect(englishText.published == SimpleDate(year: 2017, month: 5, day: 3))
    #expect(englishText.sentences.filter { $0.role == .title }.count == 1)
    #expect(englishText.sentences.contains { $0.role == .caption && $0.text.hasPrefix("Cartoon characters defaced") })
    for article in [english, englishText] {
      let body = article.sentences.filter { $0.role.makesClaims }.map(\.text)
      for furniture in ["Follow", "Skip to main content", "Related", "Back to top", "Additional reporting"] {
        #expect(!body.contains { $0.contains(furniture) }, "\(article.path): '\(furniture)' kept as a claim")
      }
    }
    let italian = try reader.read(path: Repository.fixture("europol-2017", "it.html"))
    #expect(italian.encoding == "windows-1252")
    #expect(italian.title == "EUROPOL, Isis sta cercando di sviluppare propri social media")
    #expect(italian.sentences.contains { $0.role == .heading && $0.text.hasPrefix("Isis è alla ricerca di nuove piattaforme") })
    #expect(italian.text.contains("L’obiettivo è evitare"))
    #expect(italian.text.contains("“Isis sta sviluppando"))
    #expect(italian.published == SimpleDate(year: 2017, month: 5, day: 4))
    let italianText = try reader.read(path: Repository.fixture("europol-2017", "it.txt"))
    for article in [italian, italianText] {
      let body = article.sentences.filter { $0.role.makesClaims }.map(\.text)
      for furniture in ["skip to Main Content", "Back To Top", "Condividi", "Articoli correlati", "diritti riservati"] {
        #expect(!body.contains { $0.contains(furniture) }, "\(article.path): '\(furniture)' kept as a claim")
      }
      #expect(article.language == .italian)
    }
  }
}
