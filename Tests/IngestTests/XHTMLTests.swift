import Core
import Foundation
import Ingest
import Testing

/// XHTML press releases in their own dialect (the FSFE's), and encodings declared by XML.
@Suite struct XHTMLTests {
  static let release = """
    <?xml version="1.0" encoding="UTF-8"?>
    <html newsdate="2021-07-21">
    <version>1</version>
    <head><title>Twenty years of software freedom</title></head>
    <body>
    <h1>Twenty years of software freedom</h1>
    <p>Marking twenty years of the foundation, we highlight the importance of software freedom in Europe since 2001.</p>
    <figure><img src="x.jpg"/></figure>
    <p>In 2001, experts around Europe created the foundation. Twenty years later, its work rests on three pillars.</p>
    </body>
    <tags><tag key="front-page"/><tag key="anniversary">20 Years of the Foundation</tag></tags>
    <discussion href="https://example.org/t/707"/>
    <translator>Mario Rossi</translator>
    </html>
    """

  @Test func dialectMetadataStaysOutOfTheText() throws {
    let article = try ArticleReader().read(bytes: Array(Self.release.utf8), path: "release.en.xhtml")
    #expect(article.title == "Twenty years of software freedom")
    #expect(article.published == SimpleDate(year: 2021, month: 7, day: 21))
    #expect(!article.text.contains("20 Years of the Foundation"))
    #expect(!article.text.contains("Mario Rossi"))
    #expect(!article.sentences.contains { $0.text == "1" })
    #expect(article.sentences.first { $0.role == .body }?.text.hasPrefix("Marking twenty years") == true)
  }

  @Test func customWebElementsWithContentAreRead() throws {
    let html = "<html><body><article-body><p>The council met on Monday and approved the budget of the city.</p></article-body></body></html>"
    let article = try ArticleReader().read(bytes: Array(html.utf8), path: "page.html", options: IngestOptions(language: .english))
    #expect(article.text.contains("approved the budget"))
  }

  @Test func aLongSiteNameAfterABarLeavesTheTitle() throws {
    let html = """
      <html><head><title>ORSO MARSICANO: 2019 UN ANNO DA RECORD | Parco Nazionale d'Abruzzo, Lazio e Molise</title></head>
      <body><p>Sono almeno nove le femmine di orso marsicano che si sono riprodotte nel 2019 nel Parco, e sedici i cuccioli.</p></body></html>
      """
    let article = try ArticleReader().read(bytes: Array(html.utf8), path: "page.html")
    #expect(article.title == "ORSO MARSICANO: 2019 UN ANNO DA RECORD")
    let kept = "<html><head><title>Prices rise | what the figures say about the rest of the year</title></head><body><p>Prices rose again in May, the statistics office said on Tuesday in its monthly report.</p></body></html>"
    #expect(try ArticleReader().read(bytes: Array(kept.utf8), path: "page.html").title == "Prices rise | what the figures say about the rest of the year")
  }

  @Test func anUnclosedNoscriptDoesNotSwallowThePage() throws {
    let paragraph = "Sono almeno nove le femmine di orso marsicano che si sono riprodotte nel 2019 nel Parco e sedici i cuccioli contati. "
    let html = "<html><body><noscript><div id=\"nojava\"></noscript><div id=\"main\"><p>" + String(repeating: paragraph, count: 20)
      + "</p></div><noscript><img src=\"pixel.gif\"/></noscript></body></html>"
    let article = try ArticleReader().read(bytes: Array(html.utf8), path: "page.html")
    #expect(article.language == .italian)
    #expect(article.text.contains("femmine di orso marsicano"))
  }

  @Test func xmlDeclarationNamesTheEncoding() throws {
    let text = """
      <?xml version="1.0" encoding="ISO-8859-1"?>
      <html><body><p>La città è più bella perché il caffè è buono e la gente è cordiale con tutti.</p></body></html>
      """
    // Latin-1 bytes: every scalar below 256 is one byte.
    let bytes = text.unicodeScalars.map { UInt8($0.value) }
    let article = try ArticleReader().read(bytes: bytes, path: "page.xhtml")
    #expect(article.text.contains("La città è più bella perché il caffè è buono"))
    #expect(article.language == .italian)
  }
}
