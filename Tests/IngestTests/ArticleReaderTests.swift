import Core
import Foundation
import Ingest
import Testing

@Suite struct ArticleReaderTests {
  let reader = ArticleReader()

  func read(_ text: String, path: String = "a.txt", language: Language? = nil) throws(IngestError) -> Article {
    try reader.read(bytes: Array(text.utf8), path: path, options: IngestOptions(language: language))
  }

  @Test func windows1252DeclaredOnlyInHTTPEquivIsDecoded() throws {
    var bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>T</title></head><body><article><p>".utf8)
    bytes += [0x93] + Array("Isis".utf8) + [0x94] + Array(" ".utf8) + [0xE8] + Array(" l".utf8) + [0x92] + Array("obiettivo della polizia, che non ha detto altro.</p></article></body></html>".utf8)
    let article = try reader.read(bytes: bytes, path: "it.html")
    #expect(article.encoding == "windows-1252")
    #expect(article.text.contains("“Isis” è l’obiettivo"))
  }

  /// Control characters of every width mark a file as binary — ASCII ones, C1 ones (two bytes
  /// in UTF-8) and replacement characters (three); the next-line character U+0085, accented
  /// letters and emoji do not.
  @Test func controlCharactersOfEveryWidthMarkBinary() throws {
    let body = String(repeating: "The council met on Monday and agreed the budget for the coming year after a long debate. ", count: 3)
    for control in ["\u{0001}", "\u{0090}", "\u{FFFD}"] {
      do {
        _ = try read(body + String(repeating: control, count: 40), language: .english)
        Issue.record("U+\(String(control.unicodeScalars.first!.value, radix: 16)) read as text")
      } catch {
        guard case .binary = error else {
          Issue.record("unexpected \(error)")
          continue
        }
      }
    }
    let article = try read(body + String(repeating: "\u{0085}", count: 40) + String(repeating: "😀 è più ", count: 40), language: .english)
    #expect(article.text.contains("council"))
  }

  /// A UTC timestamp just after midnight is the evening before where the paper is published:
  /// the page's own local time or dateline, a day earlier, dates it; alone, the stamp stands.
  @Test(arguments: [
    ("<time datetime=\"2020-02-24 21:25:54\">February 24, 2020</time>", "2020-02-24"),
    ("<p class=\"byline\">Published February 24, 2020</p>", "2020-02-24"), ("", "2020-02-25"),
  ])
  func localDateWinsOverTheNextDayInUTC(local: String, expected: String) throws {
    let page = """
      <html><head><meta property="article:published_time" content="2020-02-25T02:25:54+00:00"><title>Mayor wins</title></head>
      <body><article>\(local)<p>The mayor won the election by a wide margin, officials said on Monday night in the city.</p>
      <p>Turnout was the highest in two decades, and the count ended after midnight without any dispute.</p></article></body></html>
      """
    let article = try reader.read(bytes: Array(page.utf8), path: "a.html", options: IngestOptions(language: .english))
    #expect(article.published?.iso == expected)
  }

  /// The visible headline that another source confirms beats a social title rewritten for
  /// sharing; a site's name in `<h1>`, confirmed only by the `<title>`'s suffix, is no headline;
  /// on a page whose several `<h1>` elements confirm nothing, the `<title>` is.
  @Test(arguments: [
    ("<meta property=\"og:title\" content=\"Mass burials in New York\">", "<title>Coronavirus: New York ramps up mass burials - BBC News</title>",
     "<h1>Coronavirus: New York ramps up mass burials</h1>", "Coronavirus: New York ramps up mass burials"),
    ("", "<title>September open thread | The GiveWell Blog</title>", "<h1>The GiveWell Blog</h1>", "September open thread"),
    ("", "<title>Axios Future</title>", "<h1>Sections</h1><h1>Subscribe</h1>", "Axios Future"),
    ("", "<title>Site</title>", "<h1>Mayor wins the election</h1>", "Mayor wins the election"),
  ])
  func titleIsTheConfirmedHeadline(social: String, document: String, headlines: String, expected: String) throws {
    let page = """
      <html><head>\(social)\(document)</head><body>\(headlines)<article>
      <p>The mayor won the election by a wide margin, officials said on Monday night in the city.</p>
      <p>Turnout was the highest in two decades, and the count ended after midnight without any dispute.</p></article></body></html>
      """
    let article = try reader.read(bytes: Array(page.utf8), path: "a.html", options: IngestOptions(language: .english))
    #expect(article.title == expected)
  }

  /// Without metadata, a dateline that says it is the publication's beats a calendar widget's
  /// "today" earlier on the page.
  /// White space of every kind is one space in a paragraph, read on its bytes: ASCII, next
  /// line, ogham space, the em and thin spaces, the line and paragraph separators, the
  /// mathematical and ideographic spaces; no-break spaces stay and soft hyphens go.
  @Test func whiteSpaceOfEveryKindCollapses() throws {
    let spaces = ["\u{0085}", "\u{1680}", "\u{2003}", "\u{2009}", "\u{200A}", "\u{2028}", "\u{2029}", "\u{205F}", "\u{3000}", "\t\n "]
    let paragraph = spaces.enumerated().map { "word\($0.offset)\($0.element)" }.joined() + "una\u{00AD}parola, 5\u{00A0}km e 10\u{202F}%, città — 東京."
    let page = "<html><body><article><h1>The title of this story</h1><p>\(paragraph)</p><p>A second paragraph that says something else entirely.</p></article></body></html>"
    let article = try reader.read(bytes: Array(page.utf8), path: "a.html", options: IngestOptions(language: .english))
    let expected = (0..<spaces.count).map { "word\($0)" }.joined(separator: " ") + " unaparola, 5\u{00A0}km e 10\u{202F}%, città — 東京."
    #expect(article.text.contains(expected))
  }

  @Test func publishedDatelineBeatsACalendarWidget() throws {
    let page = """
      <html><head><title>Vessel intercepted</title></head><body><ul class="nav"><li><a href="#">May 11, 2022</a></li></ul>
      <article><span>Published On May 10, 2022 01:52 PM</span><p>A vessel returning to Puerto Rico was intercepted by federal agents.</p>
      <p>The agents found the cargo hidden in the hull and arrested the crew, officials said.</p></article></body></html>
      """
    let article = try reader.read(bytes: Array(page.utf8), path: "a.html", options: IngestOptions(language: .english))
    #expect(article.published?.iso == "2022-05-10")
  }

  /// Without metadata, a date in an element whose class names one beats a live blog's date
  /// written earlier in the text; a class that names an update does not count.
  @Test(arguments: [
    ("<span class=\"date\">8 January 2020, 3:51 pm</span>", "2020-01-08"),
    ("<span class=\"time\">02/10/2020</span>", "2020-10-02"),
    ("<span class=\"updated\">9 January 2020</span>", "2019-12-30"),
  ])
  func hintedDateBeatsAnEarlierDateline(hinted: String, expected: String) throws {
    let page = """
      <html><head><title>Strike ordered</title></head><body><div class="live"><p>30 December 2019</p></div>
      <article>\(hinted)<p>The president ordered the strike after days of talks with his advisers, officials said.</p>
      <p>Congress was told about the decision only afterwards, which several members criticised in public.</p></article></body></html>
      """
    let article = try reader.read(bytes: Array(page.utf8), path: "a.html", options: IngestOptions(language: .english))
    #expect(article.published?.iso == expected)
  }

  /// A reader's comment is furniture however many paragraphs it holds: a long comment under a
  /// short article does not become the article.
  @Test func aLongCommentIsNotTheArticle() throws {
    let paragraph = "Before he died, the founder gave the designer a great deal of power inside the company, which I suspect led to a struggle."
    let page = """
      <html><head><title>New laptop expected next year</title></head><body>
      <div class="article"><h1>New laptop expected next year</h1>
      <div class="content">The company plans to release a new laptop with a better keyboard in the first half of next year, according to industry sources, who did not give a price.</div></div>
      <div id="comments"><div class="comment first"><div class="content">
      <p>\(paragraph)</p><p>\(paragraph) Another thought, and another.</p><p>\(paragraph) And one more, for good measure.</p>
      </div></div></div></body></html>
      """
    let article = try reader.read(bytes: Array(page.utf8), path: "a.html", options: IngestOptions(language: .english))
    #expect(article.text.contains("The company plans to release a new laptop"))
    #expect(!article.text.contains("Before he died"))
  }

  /// A body written straight into a `<section>`, its paragraphs between headings and `<br>`s
  /// with no `<p>` around them, scores as paragraphs do: the short disclaimer beside it, the
  /// one `<p>`-like block of the page, had been taken for the whole article.
  @Test func textWrittenStraightIntoASectionIsTheArticle() throws {
    let page = """
      <html><head><title>Daily deals</title></head><body>
      <div class="header"><h1>Daily deals: controllers and watches</h1></div>
      <div class="page-content"><section class="disclaimer"><div>If you buy something through this post, we may get a share of the sale.</div></section>
      <section class="article-page">We bring you the best deals we have found today on games, hardware, electronics and more, updated every day of the year.<p></p>
      <h2>Controller for $39.99</h2>The price of one of the controllers has dropped to holiday levels, which makes it the cheapest it has been, by far, this year.<br>
      <h2>Watch for $169.99</h2>Score the watch right now for the lowest price ever, and save, compared with the newest model, a good deal of money.<br>
      </section></div></body></html>
      """
    let article = try reader.read(bytes: Array(page.utf8), path: "a.html", options: IngestOptions(language: .english))
    #expect(article.text.contains("We bring you the best deals"))
    #expect(article.text.contains("The price of one of the controllers"))
    #expect(article.text.contains("Score the watch right now"))
  }

  /// Articles listed inside another article are related posts, as HTML defines nested
  /// articles: their teasers, however many and however full of commas, are neither the
  /// article nor its continuation.
  @Test func teasersOfRelatedPostsAreNotTheArticle() throws {
    let teaser = "Life asks of us optimism and courage, to hope for the best, to make the best happen, to rise after a fall, and to keep going, again and again, without losing heart, hope or zeal …"
    let related = (1...4).map { "<article class=\"post\"><p>\(teaser) (\($0))</p></article>" }.joined()
    let page = """
      <html><head><title>Only who loves themselves</title></head><body><div class="page">
      <article class="post"><h1>Only who loves themselves</h1>
      <p>Living a true experience of love is one of the greatest pleasures of life. We condition love to our needs and end it. Each of us is responsible for our own needs.</p></article>
      <article class="post"><h3 class="related-title">You may also like</h3>\(related)</article>
      </div></body></html>
      """
    let article = try reader.read(bytes: Array(page.utf8), path: "a.html", options: IngestOptions(language: .english))
    #expect(article.text.contains("Living a true experience of love"))
    #expect(!article.text.contains("Life asks of us optimism"))
  }

  /// A data table reads a row to a line, its cells in order: as one block a cell, the rows'
  /// repeated values ("0", "1") had been dropped as repeated blocks and the rows torn apart.
  @Test func aTableReadsARowToALine() throws {
    let page = """
      <html><head><title>Standings</title></head><body><article><h1>Standings after the last race</h1>
      <p>The final standings of the series after thirty-six races, with points, wins and poles for every driver.</p>
      <table><tr><th>Pos.</th><th>Driver</th><th>Points</th><th>Wins</th></tr>
      <tr><td>1</td><td>Kyle Busch</td><td>5040</td><td>5</td></tr>
      <tr><td>2</td><td>Martin Truex Jr.</td><td>5035</td><td>0</td></tr>
      <tr><td>3</td><td>Kevin Harvick</td><td>5033</td><td>0</td></tr></table>
      </article></body></html>
      """
    let article = try reader.read(bytes: Array(page.utf8), path: "a.html", options: IngestOptions(language: .english))
    #expect(article.text.contains("Pos. Driver Points Wins"))
    #expect(article.text.contains("2 Martin Truex Jr. 5035 0"))
    #expect(article.text.contains("3 Kevin Harvick 5033 0"))
  }

  /// An element an inline style hides is never read: here a page's copy of its metadata for
  /// search engines, keywords and image addresses, which had come out as paragraphs.
  @Test func anElementHiddenByItsStyleIsNotRead() throws {
    let page = """
      <html><head><title>Ten things in tech</title></head><body><div class="post">
      <p>The state attorney general is investigating the company amid layoffs, and its founder is expected to testify next month.</p>
      <p>The chief executive of the carrier is stepping down in May, and will hand the reins to the company's president.</p></div>
      <div style="display: none;" itemscope><div itemprop="keywords">10 things in tech,10 things in tech SAI</div>
      <div itemprop="url">https://static.example.com/image/ten-things-in-tech.jpg</div></div>
      <div style="visibility:hidden"><p>Ask me anything about the explainer, and share it with friends, family and colleagues.</p></div>
      </body></html>
      """
    let article = try reader.read(bytes: Array(page.utf8), path: "a.html", options: IngestOptions(language: .english))
    #expect(article.text.contains("The state attorney general"))
    #expect(!article.text.contains("10 things in tech SAI"))
    #expect(!article.text.contains("https://"))
    #expect(!article.text.contains("Ask me anything"))
  }

  /// An article's own `<header>` keeps its title and standfirst whatever heading level the
  /// title takes (the page's `<h1>` is the site's name); its meta line stays furniture.
  @Test func anArticlesHeaderKeepsItsStandfirst() throws {
    let page = """
      <html><head><title>Perturbazione polare al Centro e al Sud</title></head><body>
      <header class="site"><h1>La Stampa</h1></header><main><article class="entry">
      <header class="entry__header"><h2 class="entry__title">Perturbazione polare al Centro e al Sud</h2>
      <p class="entry__subtitle">Piogge e nevicate previste per oggi nelle regioni centrali. Il bel tempo tornerà in poche ore</p>
      <div class="entry__meta"><span>Ultima modifica 19 Febbraio 2020</span></div></header>
      <div class="entry__content"><p>Una perturbazione di origine polare, accompagnata da venti di Maestrale, sta per fare il suo ingresso sull’Italia.</p>
      <p>Il maltempo nel corso delle ore si estenderà poi anche a Campania, Puglia, parte della Basilicata e della Calabria.</p></div>
      </article></main></body></html>
      """
    let article = try reader.read(bytes: Array(page.utf8), path: "a.html", options: IngestOptions(language: .italian))
    #expect(article.text.contains("Il bel tempo tornerà in poche ore"))
    #expect(article.text.contains("Una perturbazione di origine polare"))
    #expect(!article.text.contains("Ultima modifica"))
  }

  /// A dateline may write its year in two digits after the month ("14 Gennaio 20"); a time
  /// of day after the month is no year.
  @Test(arguments: [("( Pescasseroli, 14 Gennaio 20 )", "2020-01-14"), ("Roma, 3 maggio 12:30", nil)])
  func aDatelineWithATwoDigitYear(dateline: String, expected: String?) throws {
    let page = """
      <html><head><title>Orso marsicano: un anno da record</title></head><body><h1>Orso marsicano: un anno da record</h1>
      <div id="testo"><em>\(dateline)</em><p>Sono almeno nove le femmine di orso marsicano che si sono riprodotte nel corso dell'anno nel parco.</p>
      <p>Il risultato è molto positivo, dato che questo è il quarto anno consecutivo in cui si osservano da dieci a sedici nuovi nati.</p></div></body></html>
      """
    let article = try reader.read(bytes: Array(page.utf8), path: "a.html", options: IngestOptions(language: .italian))
    #expect(article.published?.iso == expected)
  }

  /// A call to action ("cta": a plea to support the site) is furniture however many long
  /// paragraphs it holds, as readers' comments are.
  @Test func aCallToActionIsNotTheArticle() throws {
    let plea = "We do this work every day at no cost to you, but it is far from free to produce, and we cannot afford to slow down, so please help."
    let page = """
      <html><head><title>Net worth claim</title></head><body><div class="post">
      <p>The claim that the ambassador has a net worth of seventeen million dollars is wholly unsubstantiated, as the filings show.</p>
      <p>We reached out to the sites that made the claim for more information and will update this article if more becomes available.</p>
      <div class="zone-widget widget-custom-cta-letter"><p>\(plea)</p><p>\(plea) Support us.</p><p>\(plea) Thank you.</p></div></div>
      </body></html>
      """
    let article = try reader.read(bytes: Array(page.utf8), path: "a.html", options: IngestOptions(language: .english))
    #expect(article.text.contains("wholly unsubstantiated"))
    #expect(!article.text.contains("far from free to produce"))
  }

  /// A paragraph scores for the containers around it: one caption full of commas does not
  /// outweigh an article body of several paragraphs (it had been taken for the whole article),
  /// and a standfirst beside the body is kept.
  @Test func aCommaRichCaptionIsNotTheArticle() throws {
    let page = """
      <html><head><title>Hibernating astronauts</title></head><body>
      <div class="photo"><p>In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert L. Curbeam Jr., left, and European Space Agency astronaut Christer Fuglesang, participate in a space walk, in orbit, above Earth, on a Tuesday, with tools, ropes, and lights.</p></div>
      <div class="story"><div class="story__summary">The European Space Agency says that putting astronauts into a state of suspended animation could make it easier to reach other planets.</div>
      <div class="story__body"><p>The agency said Monday that its researchers examined how hibernation would affect a crewed mission to Mars.</p>
      <p>They concluded that it could help to shrink the size of the spacecraft significantly, since sleepers need less room.</p>
      <p>Challenges include designing the spacecraft to operate largely on its own while the crew is asleep for months.</p>
      <p>The agency's researchers said the work was a first study and that more would follow over the coming years.</p></div></div>
      </body></html>
      """
    let article = try reader.read(bytes: Array(page.utf8), path: "a.html", options: IngestOptions(language: .english))
    #expect(article.text.contains("The agency said Monday"))
    #expect(article.text.contains("Challenges include designing"))
    #expect(article.text.contains("putting astronauts into a state of suspended animation"))
  }

  @Test func undeclaredLatin1IsDetected() throws {
    let bytes = Array("La citt".utf8) + [0xE0] + Array(" di Roma non ha perso il suo fascino, e la gente lo sa.".utf8)
    let article = try reader.read(bytes: bytes, path: "it.txt")
    #expect(article.encoding == "windows-1252")
    #expect(article.text.contains("città"))
  }

  @Test func textIsNFCNormalised() throws {
    let article = try read("Titolo\n\nLa citta\u{0300} di Roma e\u{0300} grande e la gente lo sa bene.")
    #expect(article.text.contains("città"))
    #expect(!article.text.unicodeScalars.contains("\u{0300}"))
  }

  @Test func sentencesCarryScalarOffsets() throws {
    let article = try read("Titolo con è\n\nPrima frase con “virgolette” 🙂. Seconda frase del testo.", language: .italian)
    let scalars = ScalarText(article.text)
    for sentence in article.sentences { #expect(scalars[sentence.range] == sentence.text) }
    #expect(article.sentences.last?.text == "Seconda frase del testo.")
  }

  @Test func badInputsAreTypedErrors() {
    #expect(throws: IngestError.empty(path: "e.txt")) { try reader.read(bytes: [], path: "e.txt") }
    #expect(throws: IngestError.binary(path: "b.bin")) { try reader.read(bytes: [0x00, 0x01, 0x02, 0x03, 0x41], path: "b.bin") }
    #expect(throws: IngestError.unreadable(path: "/nonexistent/x.html", reason: "no such file")) {
      try reader.read(path: "/nonexistent/x.html")
    }
    #expect(throws: IngestError.isDirectory(path: "/tmp")) { try reader.read(path: "/tmp") }
    #expect(throws: IngestError.tooLarge(path: "big.txt", bytes: 20, limit: 10)) {
      try reader.read(bytes: Array(repeating: 0x41, count: 20), path: "big.txt", options: IngestOptions(maxInputBytes: 10))
    }
    let french = String(repeating: "Les militants sont en train de développer leur propre plateforme pour éviter la répression de la police. ", count: 5)
    #expect(throws: IngestError.unsupportedLanguage(path: "fr.txt", detected: "French")) { try read(french, path: "fr.txt") }
    // A short French sentence is still French; a short Italian one that shares as many
    // function words with Portuguese is Italian.
    #expect(throws: IngestError.unsupportedLanguage(path: "fr1.txt", detected: "French")) {
      try read("Les militants sont en train de développer leur propre plateforme pour la police.", path: "fr1.txt")
    }
    #expect(LanguageIdentifier.identify("Vive a Venezia da mezzo secolo.")?.language == .italian)
    #expect(throws: IngestError.noText(path: "n.html")) {
      try read("<html><body><nav><a href='/'>Home</a></nav></body></html>", path: "n.html")
    }
  }

  @Test func deeplyNestedMarkupNeitherCrashesNorHangs() throws {
    let depth = 100_000
    let html = "<html><body>" + String(repeating: "<div>", count: depth) + "<p>Il testo dell'articolo è qui, con una frase intera e chiara per la polizia.</p>"
      + String(repeating: "</div>", count: depth) + "</body></html>"
    // libxml2 stops nesting at its depth limit; the result is an error or an article, never a crash.
    do {
      let article = try read(html, path: "deep.html", language: .italian)
      #expect(article.language == .italian)
    } catch {
      #expect(error == .noText(path: "deep.html"))
    }
  }

  @Test func languageIsIdentified() throws {
    #expect(try read("Title\n\nThe police said that the men were arrested in the city on Monday.").language == .english)
    #expect(try read("Titolo\n\nLa polizia ha detto che gli uomini sono stati arrestati in città lunedì.").language == .italian)
  }

  @Test func markdownKeepsHeadingsQuotesAndLists() throws {
    let article = try read(
      "# Il titolo\n\nUn paragrafo della notizia con [un link](http://x) e **enfasi**.\n\n## Sezione\n\n> Una citazione importante.\n\n- Primo punto dell'elenco\n",
      path: "a.md", language: .italian)
    #expect(article.title == "Il titolo")
    #expect(article.sentences.map(\.role) == [.title, .body, .heading, .quote, .list])
    #expect(article.sentences[1].text == "Un paragrafo della notizia con un link e enfasi.")
  }
}
