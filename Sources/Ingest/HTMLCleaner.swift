import CLibXML2
import Core
import Foundation

/// Extracts an article's main text and metadata from HTML or XHTML with libxml2.
///
/// Generic, never per site: blocks are scored by their text, commas and link density, and
/// class/id hints; the best-scoring container, widened to its enclosing `<article>` or
/// `<main>`, is the article. Navigation, menus, share and follow widgets, related links,
/// comments, footers and tag lists are dropped by tag and hint; captions are kept as captions.
struct HTMLCleaner {
  struct Result {
    var blocks: [RawBlock]
    var metadata: PageMetadata
  }

  /// Deeper markup than this is not walked (libxml2 itself stops at 256 levels for HTML).
  static let maxDepth = 512

  /// libxml2 must initialise its global state once, before threads use it; Swift runs a static
  /// initialiser exactly once, whichever thread gets there first.
  private static let parserInitialized: Bool = {
    xmlInitParser()
    return true
  }()

  func clean(utf8 text: String) -> Result {
    _ = Self.parserInitialized
    var text = text
    var bytes = text.withUTF8(ParserInput.slimmed)
    if bytes.isEmpty { return Result(blocks: [], metadata: PageMetadata()) }
    let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
      | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
    let document = bytes.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options) }
      } ?? nil
    }
    guard let document else { return Result(blocks: [], metadata: PageMetadata()) }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document) else { return Result(blocks: [], metadata: PageMetadata()) }

    var walker = Walker()
    walker.readRoot(root)
    walker.walk(root, depth: 0, context: .init())
    walker.flush()
    var metadata = walker.metadata
    metadata.titles = walker.titleSources.ranked
    // When the metadata leaves the date open — none, or a UTC timestamp after midnight, which is
    // the evening before where the paper is published — the page's first dateline dates it
    // ("Written: 2023-11-07", "Updated 03 May 2017", "4 maggio 2017"), furniture included, since
    // that is where sites put it; one that says it is the publication's ("Published On May 10,
    // 2022") comes first, then one in an element whose class says it holds a date (`<span
    // class="date">`), then other dates, which may be a calendar widget's today.
    if metadata.published == nil || metadata.publishedInUTC {
      let short = walker.blocks.lazy.filter { $0.text.count <= 80 }
      let dateline =
        short.filter { block in Self.publicationCues.contains { Folding.containsIgnoringCase(block.text, $0) } }
        .compactMap { DatelineReader.date(in: $0.text, language: nil) }.first
        ?? walker.hintedDate
        ?? short.compactMap { DatelineReader.date(in: $0.text, language: nil) }.first
      if metadata.published == nil {
        metadata.published = dateline
      } else if let published = metadata.published, let dateline, dateline == published.adding(days: -1) {
        metadata.published = dateline
      }
    }
    return Result(blocks: selectMainBlocks(walker.blocks, containers: walker.containers), metadata: metadata)
  }

  /// The elements whose own text scores as a paragraph: `<p>`, and text written straight
  /// into a `<div>`, `<section>`, `<article>` or `<main>`, as some sites write
  /// their whole body between `<br>`s and headings.
  static let scoredTags: Set<MarkupName> = ["p", "div", "section", "article", "main"]

  /// The commas of a paragraph, ASCII and full-width (U+FF0C, bytes EF BC 8C), counted on its
  /// UTF-8 bytes.
  static func commaCount(_ text: String) -> Int {
    var count = 0
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      if byte == 0x2C || (byte == 0x8C && previous == (0xEF, 0xBC)) { count += 1 }
      previous = (previous.1, byte)
    }
    return count
  }

  /// Words that mark a date as the publication's: "Published", "Posted", "Pubblicato".
  static let publicationCues = ["published", "posted", "pubblicat"]

  private func selectMainBlocks(_ allBlocks: [Walker.Block], containers: [Walker.Container]) -> [RawBlock] {
    // Hinted furniture holding at least three long paragraphs is a wrapper, not furniture.
    var longParagraphs = [Int](repeating: 0, count: containers.count)
    for block in allBlocks where block.length >= 80 && block.linkDensity < 0.3 {
      for container in block.ancestors { longParagraphs[container] += 1 }
    }
    let blocks = allBlocks.map { block -> Walker.Block in
      var block = block
      if block.ancestors.contains(where: { containers[$0].isHintedNegative && (longParagraphs[$0] < 3 || containers[$0].isComment) }) {
        block.isNegative = true
      }
      return block
    }
    // Articles inside another, as HTML defines them, are related to the outer one — its
    // comments, or teasers of other posts. Where an article holds several, they are a list,
    // and none of them is the page's article; one article inside another is only a wrapper.
    let articles = containers.map { $0.tag == .article }
    func outerArticle(_ index: Int) -> Int? {
      var step = containers[index].parent
      while let current = step, !articles[current] { step = containers[current].parent }
      return step
    }
    var innerArticles = [Int](repeating: 0, count: containers.count)
    for index in containers.indices where articles[index] {
      if let outer = outerArticle(index) { innerArticles[outer] += 1 }
    }
    let isListedArticle = Set(
      containers.indices.filter { articles[$0] && outerArticle($0).map { innerArticles[$0] >= 2 } ?? false })
    var scores = [Double](repeating: 0, count: containers.count)
    for block in blocks where Self.scoredTags.contains(block.tag) {
      guard !block.isNegative else { continue }
      let length = block.length
      guard length >= 25, block.linkDensity < 0.5 else { continue }
      guard !block.ancestors.contains(where: isListedArticle.contains) else { continue }
      let commas = Double(Self.commaCount(block.text))
      let score = 1 + commas + min(Double(length) / 100, 3)
      var divisor = 1.0
      // A paragraph scores for the containers around it, as in Readability, not for itself: one
      // long caption full of commas must not outweigh the article that holds four paragraphs.
      let holders = block.tag == .p ? block.ancestors.dropLast() : block.ancestors[...]
      for container in holders.reversed().prefix(3) {
        scores[container] += score / divisor
        divisor += 1
      }
    }
    for (index, container) in containers.enumerated() where scores[index] > 0 {
      scores[index] *= 1 + container.hintWeight
    }
    guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[best] > 0 else {
      return blocks.filter { !$0.isNegative && $0.linkDensity < 0.5 }.map(\.raw)
    }
    // Widen to the enclosing article or main element, which holds the title, subtitle and
    // caption beside the body.
    var region = best
    var step = containers[best].parent
    var levels = 0
    while let candidate = step, levels < 3 {
      if containers[candidate].tag == .article || containers[candidate].tag == .main {
        region = candidate
        if containers[candidate].tag == .article { break }
      }
      step = containers[candidate].parent
      levels += 1
    }
    // Readability's sibling rule: the article's text may continue in containers beside the
    // best one (a lead paragraph, a second body div). A long, link-free paragraph under a
    // sibling of the region, or a sibling scoring a fifth of the best, belongs to the article.
    // An `<article>` is a whole composition: an `<article>` beside it is another one (the
    // teasers of related posts), never the rest of this one.
    let parent = containers[region].parent
    let isArticle = containers[region].tag == .article
    let siblings = Set(
      containers.indices.filter {
        $0 != region && containers[$0].parent == parent && parent != nil && !(isArticle && containers[$0].tag == .article)
      })
    let strongSiblings = siblings.filter { scores[$0] >= scores[best] * 0.2 }
    return blocks.filter { block in
      guard !block.isNegative else { return false }
      if block.ancestors.contains(region) { return block.linkDensity < 0.5 || block.raw.role == .title }
      guard let sibling = block.ancestors.first(where: siblings.contains) else { return false }
      if strongSiblings.contains(sibling) { return block.linkDensity < 0.3 }
      // A standfirst beside the body ("article__summary", "lead", "standfirst") is the article's
      // opening, whatever element holds it.
      let isLead = block.ancestors.drop { $0 != sibling }.contains { containers[$0].isLead }
      return (block.tag == .p || isLead) && block.length >= 80 && block.linkDensity < 0.2
    }.map(\.raw)
  }
}

/// Walks a libxml2 tree once, collecting metadata, text blocks and the containers they sit in.
private struct Walker {
  struct Container {
    var tag: MarkupName
    var parent: Int?
    /// Positive for "article", "content", "entry", "story" hints; negative never reaches here.
    var hintWeight: Double
    /// Whether the class or id names furniture ("social-share", "related-links"). Decided after
    /// the walk: a hinted container that holds much of the page's text is the page, not
    /// furniture ("ArticlePage-sticky-wrapper").
    var isHintedNegative = false
    /// Whether the class or id names readers' comments ("comment", "comments", "disqus") or a
    /// call to action ("cta", a plea to subscribe or donate): furniture however many
    /// paragraphs it holds.
    var isComment = false
    /// Whether the class or id names an article's standfirst ("article__summary", "lead").
    var isLead = false
  }

  struct Block {
    var raw: RawBlock
    var text: String { raw.text }
    var tag: MarkupName
    var linkDensity: Double
    var isNegative: Bool
    var ancestors: [Int]
    /// The text's length in characters, counted once.
    var length: Int
  }

  struct Context {
    var ancestors: [Int] = []
    var isNegative = false
    var role: Role?
    var inLink = false
    var tag: MarkupName = "body"
  }

  var metadata = PageMetadata()
  var blocks: [Block] = []
  var containers: [Container] = []
  /// The text of the block being read, as libxml2's UTF-8 bytes.
  private var pending: [UInt8] = []
  private var pendingLink = 0
  private var pendingContext = Context()
  private var pendingTag: MarkupName = "div"
  private var h1Titles: [String] = []
  private var documentTitle: String?
  private var ogTitle: String?
  private var ldHeadline: String?
  /// The first date written in an element whose class says it holds one: `<span
  /// class="date">8 January 2020, 3:51 pm</span>`, `<span class="time">02/10/2020</span>`.
  private(set) var hintedDate: SimpleDate?

  static let skippedTags: Set<MarkupName> = [
    "script", "style", "noscript", "template", "svg", "iframe", "button", "select", "input", "textarea",
    "object", "embed", "canvas", "video", "audio", "map", "link", "meta",
  ]
  static let negativeTags: Set<MarkupName> = ["nav", "aside", "footer", "menu", "dialog"]
  /// Tags dropped with their content, except that a form wrapping a whole page (ASP.NET
  /// sites do) is walked.
  static let pageWrappers: Set<MarkupName> = ["form"]
  static let blockTags: Set<MarkupName> = [
    "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "figcaption", "figure", "pre", "table", "tr", "td", "th", "tbody", "thead", "header", "footer",
    "nav", "aside", "body", "html", "center", "address", "hr", "br", "details", "summary",
  ]
  /// Words of class and id names that mark page furniture, matched against the parts of a
  /// name split at "-" and "_" ("social-share" → social, share), not as substrings, so that
  /// "PageBuilder-pageRow" is not a pager.
  static let negativeHints: Set<String> = [
    "nav", "navbar", "navigation", "menu", "share", "sharing", "social", "sharedaddy", "related", "footer", "comment",
    "comments", "tags", "tag", "breadcrumb", "breadcrumbs", "skip", "sticky", "newsletter", "subscribe", "cookie",
    "cookies", "consent", "banner", "advert", "advertisement", "ads", "ad", "sponsor", "sponsored", "promo", "sidebar",
    "widget", "widgets", "byline", "author", "meta", "pagination", "pager", "follow", "popup", "modal", "login",
    "signup", "toolbar", "rating", "print", "hidden", "outbrain", "taboola", "disqus", "masthead", "logo", "links",
    "recirc", "trending", "popular", "more", "newsletter", "cta", "paywall",
  ]
  /// Words that mark the article's container wherever they occur in a class or id name.
  static let positiveHints = HintWords(["article", "content", "entry", "story", "body", "text", "post", "main"])
  /// HTML's elements that are neither blocks nor skipped: inline text and the page's frame.
  static let htmlTags: Set<MarkupName> = blockTags.union(skippedTags).union(negativeTags).union([
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "blink", "caption", "cite", "code", "col", "colgroup", "data", "datalist", "del",
    "dfn", "em", "fieldset", "font", "form", "frame", "frameset", "head", "hgroup", "i", "img", "ins", "kbd", "label", "legend",
    "main", "mark", "marquee", "meter", "nobr", "noframes", "optgroup", "option", "output", "param", "picture", "progress", "q",
    "rp", "rt", "ruby", "s", "samp", "search", "slot", "small", "source", "span", "strike", "strong", "sub", "sup", "tbody",
    "tfoot", "time", "title", "track", "tt", "u", "var", "wbr", "base", "area", "dialog", "menu", "figure", "picture",
  ])

  /// What the walker does with an element, told by one lookup of its tag.
  struct TagKind: OptionSet {
    let rawValue: UInt8
    static let skipped = TagKind(rawValue: 1)
    static let html = TagKind(rawValue: 2)
    static let block = TagKind(rawValue: 4)
    static let negative = TagKind(rawValue: 8)
    /// Read for the page's metadata: `<title>`, `<meta>`, `<script>` (JSON-LD), `<html>`, `<time>`.
    static let metadata = TagKind(rawValue: 16)
    /// May say by its class that it holds the publication date.
    static let datable = TagKind(rawValue: 32)
  }

  static let metadataTags: Set<MarkupName> = ["title", "meta", "script", "html", "time"]
  static let datableTags: Set<MarkupName> = ["span", "div", "p", "small", "li", "em", "strong", "b", "i", "abbr"]

  /// The role a block element gives the text in it.
  enum BlockRole {
    case title, heading, caption, quote, listItem
  }

  static let blockRoles: [MarkupName: BlockRole] = [
    "h1": .title, "h2": .heading, "h3": .heading, "h4": .heading, "h5": .heading, "h6": .heading, "figcaption": .caption,
    "blockquote": .quote, "li": .listItem, "dd": .listItem, "dt": .listItem,
  ]

  static let tagKinds: [MarkupName: TagKind] = {
    var kinds: [MarkupName: TagKind] = [:]
    for tag in htmlTags { kinds[tag, default: []].insert(.html) }
    for tag in skippedTags { kinds[tag, default: []].insert(.skipped) }
    for tag in blockTags { kinds[tag, default: []].insert(.block) }
    for tag in negativeTags { kinds[tag, default: []].insert(.negative) }
    for tag in metadataTags { kinds[tag, default: []].insert(.metadata) }
    for tag in datableTags { kinds[tag, default: []].insert(.datable) }
    return kinds
  }()

  /// Whether an element holds a paragraph, heading, list or other block.
  static func containsBlock(_ node: xmlNodePtr, depth: Int) -> Bool {
    guard depth < 24 else { return false }
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE {
        let tag = name(of: current)
        if tagKinds[tag]?.contains(.block) == true && tag != .br && tag != .hr { return true }
        if containsBlock(current, depth: depth + 1) { return true }
      }
      child = current.pointee.next
    }
    return false
  }

  mutating func walk(_ node: xmlNodePtr, depth: Int, context: Context) {
    guard depth < HTMLCleaner.maxDepth else { return }
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content {
          appendText(UnsafeBufferPointer(start: content, count: strlen(content)), context: context)
        }
      case XML_ELEMENT_NODE:
        element(current, depth: depth, context: context)
      default:
        break
      }
      child = current.pointee.next
    }
  }

  private mutating func element(_ node: xmlNodePtr, depth: Int, context: Context) {
    let tag = Self.name(of: node)
    let kind = Self.tagKinds[tag] ?? []
    // Read when first needed, then used as a value: a lazy variable's every use is a copy.
    lazy var readAttributes = Attributes(node)
    if kind.contains(.metadata) {
      switch tag {
      case "title":
        if documentTitle == nil { documentTitle = Self.collapse(Self.textContent(node)) }
        return
      case "meta":
        readMeta(node)
        return
      case "script":
        if Self.attribute(node, "type")?.lowercased() == "application/ld+json" { readJSONLD(Self.textContent(node)) }
        return
      case "html":
        readRoot(node)
      case "time":
        guard let value = Self.attribute(node, "datetime")?.trimmingCharacters(in: .whitespaces), let date = SimpleDate(iso: value) else { break }
        if metadata.published == nil {
          metadata.published = date
          metadata.publishedInUTC = Self.isUTCStamp(value)
        } else if metadata.publishedInUTC, !Self.isUTCStamp(value), let published = metadata.published, date == published.adding(days: -1) {
          // The page's own local time ("2023-11-08 23:30:59") for the instant a UTC stamp put
          // on the next day.
          metadata.published = date
          metadata.publishedInUTC = false
        }
      default:
        break
      }
    }
    if kind.contains(.datable) {
      if hintedDate == nil, case let attributes = readAttributes, let hints = attributes.class ?? attributes.itemprop,
        Self.hasDateHint(hints.lowercased()), let text = Self.shortText(node, limit: Self.hintedDateLimit)
      {
        hintedDate = DatelineReader.date(in: Self.collapse(text), language: nil)
      }
    }
    // A `<noscript>` holds a fallback image or notice; but one left open by a stray tag inside
    // it ("<noscript><div></noscript>") swallows the rest of the page in the parser's tree, and
    // then is walked like any container.
    if tag == .noscript, Self.textContent(node).utf8.count > 2000 {
      walk(node, depth: depth + 1, context: context)
      return
    }
    if kind.contains(.skipped) { return }
    // An element HTML does not define, in an XHTML dialect (the FSFE's `<version>`, `<tags>`,
    // `<discussion>`, `<translator>`), is the page's metadata unless it wraps paragraphs; a
    // custom element of the web (`<article-body>`) has a hyphen and is walked as usual.
    if !kind.contains(.html), !tag.hasHyphen, !Self.containsBlock(node, depth: 0) { return }
    if tag == .br {
      appendSpace(context: context)
      return
    }
    // A data table's cell is a word of its row, not a paragraph: "1 Kyle Busch 5040 5", one
    // line a row. A cell that holds paragraphs (a page laid out in a table) stays a block.
    if tag == .td || tag == .th, !Self.containsBlock(node, depth: 0) {
      appendSpace(context: context)
      walk(node, depth: depth + 1, context: context)
      appendSpace(context: context)
      return
    }
    guard kind.contains(.block) else {
      var inner = context
      if tag == .a { inner.inLink = true }
      walk(node, depth: depth + 1, context: inner)
      return
    }
    flush()
    var inner = context
    let attributes = readAttributes
    let hints = ((attributes.class ?? "") + " " + (attributes.id ?? "")).lowercased()
    let isStructural = tag == .html || tag == .body || tag == .main || tag == .article
    // A page's header is furniture unless it holds the headline; an article's own `<header>`
    // (its title and standfirst, under whatever heading level) never is.
    let isArticleHeader = tag == .header && context.ancestors.contains { containers[$0].tag == .article }
    if kind.contains(.negative) || (tag == .header && !isArticleHeader && !Self.containsHeading(node, depth: 0))
      || attributes.isHidden || attributes.ariaHidden == "true" || attributes.style.map(Self.isHiddenByStyle) == true
    {
      inner.isNegative = true
    }
    // Most elements have neither class nor id: their hints are one space, and say nothing.
    let hasNames = hints.utf8.count > 1
    let hinted = hasNames && !isStructural && Self.hasNegativeHint(hints)
    let positive = hasNames && Self.positiveHints.occur(in: hints) ? 0.25 : 0
    containers.append(
      Container(
        tag: tag, parent: context.ancestors.last, hintWeight: positive, isHintedNegative: hinted,
        isComment: hinted && Self.hasHint(hints, among: Self.commentHints),
        isLead: hasNames && !hinted && Self.hasHint(hints, among: Self.leadHints)))
    inner.ancestors.append(containers.count - 1)
    switch Self.blockRoles[tag] {
    case .title: inner.role = .title
    case .heading: inner.role = context.role == .quote ? .quote : .heading
    case .caption: inner.role = .caption
    case .quote: inner.role = .quote
    case .listItem: inner.role = context.role ?? .list
    case nil: break
    }
    inner.tag = tag
    walk(node, depth: depth + 1, context: inner)
    flush()
  }

  private mutating func appendText(_ text: UnsafeBufferPointer<UInt8>, context: Context) {
    if pending.isEmpty {
      pendingContext = context
      pendingTag = context.tag
    }
    pending.append(contentsOf: text)
    if context.inLink {
      // Characters, told from the bytes of ASCII text without carriage returns (as `characterCount`).
      pendingLink += text.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? text.count : String(decoding: text, as: UTF8.self).count
    }
  }

  private mutating func appendSpace(context: Context) {
    withUnsafeBytes(of: UInt8(ascii: " ")) { appendText($0.assumingMemoryBound(to: UInt8.self), context: context) }
  }

  mutating func flush() {
    let text = pending.withUnsafeBufferPointer(Self.collapse)
    defer {
      pending.removeAll(keepingCapacity: true)
      pendingLink = 0
    }
    guard !text.isEmpty else { return }
    let role = pendingContext.role ?? .body
    if role == .title { h1Titles.append(text) }
    let length = text.characterCount
    let density = Double(min(pendingLink, length)) / Double(max(1, length))
    blocks.append(
      Block(
        raw: RawBlock(text: text, role: role, isMarkedUp: true), tag: pendingTag, linkDensity: density,
        isNegative: pendingContext.isNegative, ancestors: pendingContext.ancestors, length: length))
  }

  /// The root element's language and, in XML news dialects, its date: the FSFE's
  /// `<html newsdate="2021-07-21">`.
  mutating func readRoot(_ node: xmlNodePtr) {
    metadata.declaredLanguage = metadata.declaredLanguage ?? Self.attribute(node, "lang") ?? Self.attribute(node, "xml:lang")
    for name in ["newsdate", "date", "data-date", "data-published"] where metadata.published == nil {
      if let value = Self.attribute(node, name) { metadata.published = SimpleDate(iso: String(value.trimmingCharacters(in: .whitespaces).prefix(10))) }
    }
  }

  private mutating func readMeta(_ node: xmlNodePtr) {
    let key = (Self.attribute(node, "property") ?? Self.attribute(node, "name") ?? Self.attribute(node, "itemprop") ?? "")
      .lowercased()
    guard let content = Self.attribute(node, "content")?.trimmingWhitespace(), !content.isEmpty
    else { return }
    switch key {
    case "og:title", "twitter:title":
      if ogTitle == nil { ogTitle = Self.collapse(content) }
    case "article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued",
      "og:published_time", "sailthru.date", "parsely-pub-date":
      if metadata.published == nil {
        metadata.published = SimpleDate(iso: content)
        metadata.publishedInUTC = Self.isUTCStamp(content)
      }
    case "author", "article:author", "dc.creator":
      if metadata.author == nil, !content.hasPrefix("http") { metadata.author = content }
    default:
      break
    }
  }

  /// Whether an inline style hides the element (`display: none`, `visibility: hidden`): a
  /// page's copy of its metadata for search engines, never shown to a reader. Read on the
  /// style's bytes, lowercased, without white space.
  static func isHiddenByStyle(_ style: String) -> Bool {
    var compact: [UInt8] = []
    compact.reserveCapacity(style.utf8.count)
    for byte in style.utf8 where byte != 0x20 && !(0x09...0x0D).contains(byte) {
      compact.append(ScalarClass.asciiLowercased(byte))
    }
    return hidingStyles.occur(in: compact)
  }

  static let hidingStyles = HintWords(["display:none", "visibility:hidden"])

  /// Whether an ISO timestamp is given in UTC: "2020-02-25T02:25:54Z", "…+00:00".
  static func isUTCStamp(_ text: String) -> Bool {
    text.containsByte(UInt8(ascii: "T")) && (text.hasSuffix("Z") || text.hasSuffix("+00:00") || text.hasSuffix("+0000"))
  }

  private mutating func readJSONLD(_ text: String) {
    guard let data = text.data(using: .utf8), let object = try? JSONSerialization.jsonObject(with: data) else { return }
    visitJSONLD(object, depth: 0)
  }

  private mutating func visitJSONLD(_ object: Any, depth: Int) {
    guard depth < 8 else { return }
    if let array = object as? [Any] {
      for item in array { visitJSONLD(item, depth: depth + 1) }
      return
    }
    guard let dictionary = object as? [String: Any] else { return }
    if metadata.published == nil, let date = dictionary["datePublished"] as? String {
      metadata.published = SimpleDate(iso: date)
      metadata.publishedInUTC = Self.isUTCStamp(date)
    }
    if ldHeadline == nil, let headline = dictionary["headline"] as? String { ldHeadline = Self.collapse(headline) }
    if metadata.author == nil {
      if let author = dictionary["author"] as? [String: Any], let name = author["name"] as? String {
        metadata.author = name
      } else if let authors = dictionary["author"] as? [[String: Any]], let name = authors.first?["name"] as? String {
        metadata.author = name
      }
    }
    if let graph = dictionary["@graph"] { visitJSONLD(graph, depth: depth + 1) }
  }

  /// The page's candidate titles, best first (see `TitleChoice`).
  var titleSources: TitleChoice {
    TitleChoice(social: ogTitle, structured: ldHeadline, headlines: h1Titles, document: documentTitle)
  }

  static func hasNegativeHint(_ hints: String) -> Bool { hasHint(hints, among: negativeHintWords) }

  /// Whether a part of a class or id name, split at spaces, "-" and "_", is one of `words`.
  static func hasHint(_ hints: String, among words: HintWords) -> Bool { words.containsPart(of: hints) }

  /// Hints of an article's standfirst, the paragraph under its headline that sums it up.
  static let leadHints = HintWords(["summary", "lead", "standfirst", "intro", "dek", "deck", "subtitle", "subheadline"])

  /// Hints of readers' comments and calls to action, a subset of `negativeHints`: never the
  /// article, however long.
  static let commentHints = HintWords(["comment", "comments", "disqus", "cta"])

  static let negativeHintWords = HintWords(negativeHints)

  /// Hint words by their first byte, for matching the parts of class and id names on their
  /// bytes: every element of a page has its names read, and splitting them into strings to
  /// look up had cost more than parsing the page.
  struct HintWords {
    private var buckets = [[[UInt8]]](repeating: [], count: 256)

    init(_ words: Set<String>) {
      for word in words { if let first = word.utf8.first { buckets[Int(first)].append(Array(word.utf8)) } }
    }

    /// Whether one of the words occurs anywhere in `text`, part of a word or not.
    func occur(in text: String) -> Bool {
      var text = text
      return text.withUTF8 { occur(in: $0) }
    }

    func occur(in bytes: [UInt8]) -> Bool { bytes.withUnsafeBufferPointer { occur(in: $0) } }

    private func occur(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
      for start in bytes.indices {
        for word in buckets[Int(bytes[start])] where word.count <= bytes.count - start {
          if word.indices.allSatisfy({ bytes[start + $0] == word[$0] }) { return true }
        }
      }
      return false
    }

    func containsPart(of hints: String) -> Bool {
      var hints = hints
      return hints.withUTF8 { bytes in
        var start = 0
        for index in 0...bytes.count {
          guard index == bytes.count || bytes[index] == 0x20 || bytes[index] == 0x2D || bytes[index] == 0x5F else { continue }
          if index > start {
            let part = bytes[start..<index]
            if buckets[Int(part[start])].contains(where: { $0.count == part.count && $0.elementsEqual(part) }) { return true }
          }
          start = index + 1
        }
        return false
      }
    }
  }

  static func containsHeading(_ node: xmlNodePtr, depth: Int) -> Bool {
    guard depth < 16 else { return false }
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE {
        if name(of: current) == .h1 || containsHeading(current, depth: depth + 1) { return true }
      }
      child = current.pointee.next
    }
    return false
  }

  /// An element's name, in lowercase as libxml2's HTML parser writes every name.
  static func name(of node: xmlNodePtr) -> MarkupName {
    guard let raw = node.pointee.name else { return "" }
    return MarkupName(bytes: raw)
  }

  /// The attributes the walker reads of a block or of an element that may hold a date,
  /// found in one pass over the element's attributes rather than by a search each.
  struct Attributes {
    var `class`: String?
    var id: String?
    var itemprop: String?
    var style: String?
    var ariaHidden: String?
    var isHidden = false

    init(_ node: xmlNodePtr) {
      var attribute = node.pointee.properties
      while let current = attribute {
        attribute = current.pointee.next
        guard let name = current.pointee.name else { continue }
        switch MarkupName(bytes: name) {
        case Self.id where id == nil: id = Self.value(of: current)
        case Self.class where `class` == nil: `class` = Self.value(of: current)
        case Self.style where style == nil: style = Self.value(of: current)
        case Self.hidden: isHidden = true
        case Self.itemprop where itemprop == nil: itemprop = Self.value(of: current)
        case Self.ariaHidden where ariaHidden == nil: ariaHidden = Self.value(of: current)
        default: break
        }
      }
    }

    private static let id: MarkupName = "id"
    private static let `class`: MarkupName = "class"
    private static let style: MarkupName = "style"
    private static let hidden: MarkupName = "hidden"
    private static let itemprop: MarkupName = "itemprop"
    private static let ariaHidden: MarkupName = "aria-hidden"

    /// An attribute's value: its one text node as it is, or its nodes joined (an entity
    /// reference left in it).
    private static func value(of attribute: xmlAttrPtr) -> String {
      if let text = attribute.pointee.children, text.pointee.next == nil, text.pointee.type == XML_TEXT_NODE {
        return text.pointee.content.map { String(cString: $0) } ?? ""
      }
      guard let joined = xmlNodeListGetString(attribute.pointee.doc, attribute.pointee.children, 1) else { return "" }
      defer { claimdiff_xml_free(joined) }
      return String(cString: joined)
    }
  }

  static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
    guard let value = xmlGetProp(node, name) else { return nil }
    defer { claimdiff_xml_free(value) }
    return String(cString: value)
  }

  static let dateCues = HintWords(["date", "time", "publish"])

  /// The longest text, in bytes, an element with a date hint may hold for its date to be read.
  static let hintedDateLimit = 80

  /// Whether a class or `itemprop` names a date: "date", "time", "pubdate", "datePublished",
  /// "timestamp", "dateline"; not "update", whose date follows the publication's.
  static func hasDateHint(_ hints: String) -> Bool {
    // Every hint holds "date", "time" or "publish": most class names are refused on their bytes.
    guard dateCues.occur(in: hints) else { return false }
    return hints.split(whereSeparator: { !$0.isLetter }).contains { word in
      let word = String(word)
      return (Folding.contains(word, "date") || Folding.contains(word, "time") || Folding.contains(word, "publish"))
        && !Folding.contains(word, "update") && !Folding.contains(word, "timeline")
    }
  }

  /// An element's text when it holds at most `limit` bytes, without gathering a long one.
  static func shortText(_ node: xmlNodePtr, limit: Int) -> String? {
    var text = ""
    func gather(_ node: xmlNodePtr, depth: Int) -> Bool {
      guard depth < 8 else { return false }
      var child = node.pointee.children
      while let current = child {
        if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
          text += String(cString: content)
          if text.utf8.count > limit { return false }
        } else if current.pointee.type == XML_ELEMENT_NODE, !gather(current, depth: depth + 1) {
          return false
        }
        child = current.pointee.next
      }
      return true
    }
    return gather(node, depth: 0) ? text : nil
  }

  static func textContent(_ node: xmlNodePtr) -> String {
    guard let content = xmlNodeGetContent(node) else { return "" }
    defer { claimdiff_xml_free(content) }
    return String(cString: content)
  }

  static func collapse(_ text: String) -> String {
    var text = text
    return text.withUTF8(collapse)
  }

  /// The text of UTF-8 bytes with each run of white space one space, none at either end, and
  /// soft hyphens gone; a no-break space (U+00A0, U+202F) is not white space here. Read on the
  /// bytes: the white space beyond ASCII is U+0085, U+1680, U+2000–U+200A, U+2028, U+2029,
  /// U+205F and U+3000.
  static func collapse(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var lastWasSpace = true
    var index = 0
    let count = bytes.count
    func byte(_ offset: Int) -> UInt8 { index + offset < count ? bytes[index + offset] : 0 }
    while index < count {
      let lead = bytes[index]
      var width = 1
      var isSpace = false
      if lead < 0x80 {
        isSpace = lead == 0x20 || (0x09...0x0D).contains(lead)
      } else if lead == 0xC2 {
        width = 2
        if byte(1) == 0xAD {
          index += 2
          continue
        }
        isSpace = byte(1) == 0x85
      } else if lead == 0xE1 || lead == 0xE2 || lead == 0xE3 {
        width = 3
        let (second, third) = (byte(1), byte(2))
        isSpace =
          (lead == 0xE1 && second == 0x9A && third == 0x80)
          || (lead == 0xE2 && second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9))
          || (lead == 0xE2 && second == 0x81 && third == 0x9F) || (lead == 0xE3 && second == 0x80 && third == 0x80)
      }
      if isSpace {
        if !lastWasSpace { result.append(0x20) }
        lastWasSpace = true
        index += width
      } else {
        // The whole scalar is copied: its lead byte and the continuation bytes after it.
        result.append(lead)
        index += 1
        while index < count, bytes[index] & 0xC0 == 0x80 {
          result.append(bytes[index])
          index += 1
        }
        lastWasSpace = false
      }
    }
    if result.last == 0x20 { result.removeLast() }
    return String(decoding: result, as: UTF8.self)
  }
}
