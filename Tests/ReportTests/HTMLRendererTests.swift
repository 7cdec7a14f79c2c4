import ClaimDiffKit
import Foundation
import Testing
import TestSupport

@Suite struct HTMLRendererTests {
  func html() throws -> (String, Comparison) {
    let comparison = try Comparer(options: CompareOptions()).compare(
      sourcePath: Repository.fixture("europol-2017", "en.html"), targetPath: Repository.fixture("europol-2017", "it.html"))
    return (HTMLRenderer().render(comparison), comparison)
  }

  @Test func pageIsSelfContained() throws {
    let (html, _) = try html()
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    for forbidden in ["<script", "<link", "<img", "<iframe", "src=", "url(", "http://", "https://", "@import"] {
      #expect(!html.lowercased().contains(forbidden), "\(forbidden)")
    }
    #expect(html.contains("name=\"viewport\""))
    #expect(html.contains("@media (max-width: 700px)"))
  }

  @Test func everyFindingIsListedAndMarkedAndEveryLinkLands() throws {
    let (html, comparison) = try html()
    let ids = Set(Self.matches(of: #"id="([^"]+)""#, in: html))
    let links = Self.matches(of: ##"href="#([^"]+)""##, in: html)
    #expect(!links.isEmpty)
    for link in links { #expect(ids.contains(link), "#\(link) has no target") }
    for number in comparison.findings.indices { #expect(ids.contains("f\(number)")) }
    for sentence in comparison.source.sentences { #expect(ids.contains("s\(sentence.index)")) }
    for sentence in comparison.target.sentences { #expect(ids.contains("t\(sentence.index)")) }
    #expect(html.contains("<a class=\"mark error\" href=\"#f"))
    #expect(html.contains(">more than 2,000 extremist items</a>"))
    #expect(html.contains(">oltre 2.000 estremisti</a>"))
  }

  @Test func articleTextIsEscaped() throws {
    var (_, comparison) = try html()
    comparison.source.sentences[0].text = "<script>alert(1)</script> & \"x\""
    let html = HTMLRenderer().render(comparison)
    #expect(!html.contains("<script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot;"))
  }

  static func matches(of pattern: String, in text: String) -> [String] {
    guard let expression = try? NSRegularExpression(pattern: pattern) else { return [] }
    let range = NSRange(text.startIndex..., in: text)
    return expression.matches(in: text, range: range).compactMap { match in
      Range(match.range(at: 1), in: text).map { String(text[$0]) }
    }
  }
}
