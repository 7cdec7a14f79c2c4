import Core
import Foundation
import Ingest
import Testing
import TestSupport

/// The source map: ranges of the cleaned text traced back to lines and columns of the file.
@Suite struct SourceLocatorTests {
  func article(_ text: String, path: String) throws -> Article {
    try ArticleReader().read(bytes: Array(text.utf8), path: path, options: IngestOptions(language: .english))
  }

  /// The original line and columns a region covers, read back out of the original.
  func originalText(_ region: SourceRegion, in text: String) -> String {
    let line = Array(text.split(separator: "\n", omittingEmptySubsequences: false)[region.start.line - 1].unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: line[(region.start.column - 1)..<(region.end.column - 1)])
    return String(view)
  }

  func region(of phrase: String, in article: Article) throws -> SourceRegion {
    let sentence = try #require(article.sentences.first { $0.text.contains(phrase) })
    let scalars = Array(sentence.text.unicodeScalars)
    let needle = Array(phrase.unicodeScalars)
    let offset = try #require((0...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle })
    let start = sentence.range.start + offset
    let locator = try #require(SourceLocator(article))
    return try #require(locator.region(of: TextRange(start: start, end: start + needle.count), sentence: sentence.index))
  }

  @Test func htmlRangesPointThroughTagsAndEntities() throws {
    let html = """
      <html><head><title>Police report</title></head>
      <body><article>
        <h1>Police report</h1>
        <p>The police said on <b>Monday</b> that more than 2,000 people
           were questioned in Portugal last year about the caf&eacute; attacks.</p>
        <p>Officials in Lisbon &amp; Porto counted 52 &#8220;incidents&#8221; in total.</p>
      </article></body></html>
      """
    let article = try article(html, path: "report.html")
    let monday = try region(of: "Monday", in: article)
    #expect(monday.isExact)
    #expect(monday.start.line == 4)
    #expect(originalText(monday, in: html) == "Monday")
    let wrapped = try region(of: "were questioned", in: article)
    #expect(wrapped.start.line == 5)
    #expect(originalText(wrapped, in: html) == "were questioned")
    let cafe = try region(of: "café attacks", in: article)
    #expect(originalText(cafe, in: html) == "caf&eacute; attacks")
    let incidents = try region(of: "52", in: article)
    #expect(incidents.start.line == 6)
    #expect(originalText(incidents, in: html) == "52")
  }

  @Test func textRangesKeepTheirLines() throws {
    let text = "Storm hits the coast\n\nThe storm killed 12 people on Tuesday.\n\nRescuers from Italy arrived on Wednesday."
    let article = try article(text, path: "storm.txt")
    let italy = try region(of: "Italy", in: article)
    #expect(italy.start == SourcePosition(line: 5, column: 15))
    #expect(originalText(italy, in: text) == "Italy")
  }

  @Test func suppressionCommentsCoverTheNextLineOrParagraphAndLeaveNoText() throws {
    let text = """
      # Storm hits the coast

      <!-- claimdiff-disable-next-line quantity.value, time.mismatch -->
      The storm killed 12 people on Tuesday,
      officials said.

      Rescuers arrived on Wednesday. <!-- claimdiff-disable-line -->

      <!-- claimdiff-disable-next-line -->

      The coast guard counted 40 boats.
      """
    let article = try article(text, path: "storm.md")
    #expect(!article.text.contains("claimdiff"))
    let suppressions = article.suppressions
    #expect(suppressions.directives.map(\.line) == [3, 7, 9])
    #expect(suppressions.suppresses("quantity.value", onLine: 4))
    #expect(suppressions.suppresses("time.mismatch", onLine: 5))
    #expect(!suppressions.suppresses("entity.missing", onLine: 4))
    #expect(suppressions.suppresses("entity.missing", onLine: 7))
    // A blank line after the comment ends what it covers: nothing follows it directly.
    #expect(!suppressions.suppresses("quantity.value", onLine: 11))
    #expect(article.sentences.contains { $0.text == "The storm killed 12 people on Tuesday, officials said." })
  }
}
