import Core

/// Chooses a page's title from what it says about itself: the social title (`og:title`,
/// `twitter:title`), the structured headline (JSON-LD), the visible headlines (`<h1>`) and the
/// `<title>` element.
///
/// The headline a reader sees is the article's own; social and structured titles are often
/// rewritten for sharing ("New York ramps up mass burials amid virus outbreak" over the page's
/// "Coronavirus: New York ramps up mass burials amid outbreak"). So an `<h1>` that another source
/// confirms comes first. An unconfirmed `<h1>` is trusted only when it is the page's only one:
/// pages with several use them for their sections and widgets ("Sections", "Subscribe").
struct TitleChoice {
  var social: String?
  var structured: String?
  var headlines: [String]
  var document: String?

  /// Candidate titles, best first.
  var ranked: [String] {
    let sources = [social, structured, document].compactMap { $0 }.filter { !$0.isEmpty }
    // A site's name after the title ("… | The GiveWell Blog") confirms nothing, and an `<h1>`
    // that is the site's name is no headline.
    let confirming = sources.map(ArticleAssembler.withoutSiteSuffix)
    let siteNames = Set(zip(sources, confirming).filter { $0 != $1 }.map { Folding.fold($0.dropFirst($1.count)) })
    let distinctHeadlines = headlines.reduce(into: [String]()) { kept, headline in
      let folded = Folding.fold(headline)
      if !siteNames.contains(where: { $0.hasSuffix(folded) }), !kept.contains(where: { Folding.fold($0) == folded }) {
        kept.append(headline)
      }
    }
    var best: (headline: String, support: Int)?
    for headline in distinctHeadlines.prefix(Self.headlinesConsidered) {
      let support = confirming.filter { Self.agree(headline, $0) }.count
      if support > 0, support > best?.support ?? 0 { best = (headline, support) }
    }
    let fallbackHeadline = distinctHeadlines.count == 1 ? distinctHeadlines.first : nil
    let order = [best?.headline, social, structured, fallbackHeadline, document, distinctHeadlines.first]
    return order.compactMap { $0 }.filter { !$0.isEmpty }.reduce(into: [String]()) { kept, title in
      if !kept.contains(title) { kept.append(title) }
    }
  }

  /// How many of a page's first `<h1>` elements are weighed as its headline.
  static let headlinesConsidered = 4

  /// Two titles agree when they are the same after folding, or one holds the other and the
  /// shorter is a phrase of at least three words (a `<title>` with the site's name after it).
  static func agree(_ first: String, _ second: String) -> Bool {
    let a = Folding.fold(first)
    let b = Folding.fold(second)
    if a == b { return true }
    let (shorter, longer) = a.count <= b.count ? (a, b) : (b, a)
    return shorter.split(separator: " ").count >= 3 && longer.contains(shorter)
  }
}
