import Core
import Foundation
import Glossary
import Ingest

/// Reads an article's sentences into claims: times first (so that "2016" is a year, not a
/// count), then quantities, entities and quotes.
public struct ClaimExtractor: Sendable {
  public let termBase: TermBase

  public init(termBase: TermBase) { self.termBase = termBase }

  /// Claims of every sentence whose role makes claims, in text order. `otherArticle`, in a
  /// comparison, lends its capitalised words as evidence of names.
  public func claims(in article: Article, otherArticle: Article? = nil) -> [Claim] {
    claims(in: article, tokens: ArticleTokens(article, termBase: termBase), otherArticleNames: otherArticle.map { ArticleTokens($0, termBase: termBase).capitalizedWords } ?? [])
  }

  /// Claims of an article already tokenised; `otherArticleNames` are the other article's
  /// capitalised words (`ArticleTokens.capitalizedWords`), none outside a comparison.
  public func claims(in article: Article, tokens articleTokens: ArticleTokens, otherArticleNames: Set<String>) -> [Claim] {
    let text = articleTokens.text
    let language = article.language
    let lexicon = Lexicon.forLanguage(language)
    let termBase = termBase
    let sentences = article.sentences.indices.map {
      SentenceTokens(
        sentence: article.sentences[$0], text: text, tokens: articleTokens[sentence: $0], phrases: articleTokens.phrases(sentence: $0))
    }
    let capitalized = Self.capitalizedElsewhere(sentences)
    let timeReader = TimeReader(
      language: language, published: article.published,
      isCountable: { word in
        guard let term = termBase.lookup(word, language: language) else { return false }
        return !term.category.isName && term.category != .speech && term.category != .time
      })
    let quantityReader = QuantityReader(language: language, lexicon: lexicon, termBase: termBase)
    let entityReader = EntityReader(
      language: language, lexicon: lexicon, termBase: termBase, capitalizedElsewhere: capitalized.all,
      capitalizedEndingNames: capitalized.endingNames, otherArticleNames: otherArticleNames)
    let quoteReader = QuoteReader(lexicon: lexicon)
    let negationReader = NegationReader(language: language)

    var claims: [Claim] = []
    var lastPerson: String?
    var quoteOpen = false
    var lastBlock = -1
    for var tokens in sentences where tokens.sentence.role.makesClaims {
      let sentence = tokens.sentence
      if sentence.block != lastBlock {
        quoteOpen = false
        lastBlock = sentence.block
      }
      // A list item's number or letter ("4. Notti insonni…", "b) the second item") labels the
      // item and states nothing: no reader takes it for a figure.
      if let marker = Self.listMarker(tokens) { tokens.consume(marker) }
      var sentenceClaims: [Claim] = []
      func claim(_ kind: ClaimKind, _ range: TextRange) -> Claim {
        Claim(kind: kind, sentence: sentence.index, range: range, text: text[range])
      }
      for found in timeReader.read(&tokens) {
        var c = claim(.time, tokens.range(found.tokens.lowerBound, found.tokens.upperBound - 1))
        c.time = found.reference
        // A hedge or bound before a day or a time of day: "about 29 September", "verso le 15"
        // is told apart from "29 September"; before a period ("over the past year") the word
        // belongs to the period, and before a distance ("about three weeks ago") to its count.
        if !found.isShared && Self.isPointInTime(found.reference) { c.timeQualifier = quantityReader.qualifier(tokens, beforeTime: found.tokens) }
        sentenceClaims.append(c)
      }
      let knownEntities = entityReader.readKnown(&tokens)
      for found in quantityReader.read(&tokens) {
        var c = claim(.quantity, tokens.range(found.tokens.lowerBound, found.tokens.upperBound - 1))
        c.quantity = found.quantity
        sentenceClaims.append(c)
      }
      let entities = knownEntities + entityReader.readUnknown(&tokens)
      var people: [(Range<Int>, String)] = []
      // Who may have spoken: people, and any unknown name, since a lone surname next to a verb
      // of saying ("Wainwright said", "ha detto Adams") is a speaker even when nothing else
      // says it is a person.
      var speakers: [(Range<Int>, String)] = []
      for found in entities {
        var c = claim(.entity, found.textRange ?? tokens.range(found.tokens.lowerBound, found.tokens.upperBound - 1))
        c.entity = found.mention
        sentenceClaims.append(c)
        guard found.mention.category == nil || found.mention.category == .person else { continue }
        speakers.append((found.tokens, found.mention.canonical))
        if found.tokens.count >= 2 || found.mention.category == .person {
          people.append((found.tokens, found.mention.canonical))
        }
      }
      for found in quoteReader.read(tokens, isOpen: &quoteOpen, lastPerson: lastPerson, people: speakers) {
        var c = claim(.quote, found.range)
        c.quote = QuoteClaim(speaker: found.speaker, isAttributedByName: found.isAttributedByName)
        sentenceClaims.append(c)
      }
      for found in negationReader.read(tokens) {
        var c = claim(.negation, tokens[found.index].range)
        c.isOptionalNegation = found.isOptional
        sentenceClaims.append(c)
      }
      if let person = people.last?.1 { lastPerson = Self.fullName(person, known: lastPerson) }
      claims.append(contentsOf: sentenceClaims.sorted { $0.range < $1.range })
    }
    return claims
  }

  /// The tokens of a list item's marker opening a sentence, after any bullet: a number of one
  /// to three digits or a lowercase letter, then "." or ")" (or ".)") written against it, then
  /// a space. The sentence splitter starts a sentence at each such item.
  static func listMarker(_ s: SentenceTokens) -> Range<Int>? {
    var index = 0
    while index < s.count, s[index].kind == .punctuation, ["\u{2022}", "\u{2043}", "\u{25E6}", "\u{2023}", "*", "-"].contains(s[index].text) {
      index += 1
    }
    guard index < s.count else { return nil }
    let label = s[index]
    let isNumber = label.kind == .number && label.text.count <= 3 && label.text.allSatisfy { ("0"..."9").contains($0) }
    let isLetter = label.kind == .word && label.text.count == 1 && label.text.allSatisfy { ("a"..."z").contains($0) }
    guard isNumber || isLetter else { return nil }
    var end = index + 1
    if end < s.count, s[end].text == ".", !s[end].isSpaced { end += 1 }
    if end < s.count, s[end].text == ")", !s[end].isSpaced { end += 1 }
    guard end > index + 1, end < s.count, s[end].isSpaced else { return nil }
    return index..<end
  }

  /// A single day or a time of day, which a qualifier before it hedges or bounds.
  static func isPointInTime(_ time: TimeReference) -> Bool {
    // A day without its year ("12 giugno" in an article with no date) is a day all the same.
    (time.from != nil && time.from == time.to) || time.expression.hasPrefix("clock-") || time.expression.hasPrefix("day-")
  }

  /// "Wainwright" after "Rob Wainwright" stays "Rob Wainwright".
  private static func fullName(_ name: String, known: String?) -> String {
    if let known, known.hasSuffix(" " + name) { return known }
    return name
  }

  /// Words the article capitalises somewhere other than a clause's start: all of them, and
  /// those that stand alone or end a run of capitals there ("Trump" in "Donald Trump"), as a
  /// name's own word does, unlike "Police" in "Baton Rouge Police Department".
  private static func capitalizedElsewhere(_ sentences: [SentenceTokens]) -> (all: Set<String>, endingNames: Set<String>) {
    var all: Set<String> = []
    var endingNames: Set<String> = []
    for sentence in sentences where sentence.sentence.role == .body || sentence.sentence.role == .quote {
      var seenWord = false
      for index in 0..<sentence.count where sentence[index].kind == .word {
        if seenWord, sentence[index].isCapitalized, index > 0, !EntityReader.openingMarks.contains(sentence[index - 1].text) {
          let folded = sentence[index].folded
          all.insert(folded)
          if index + 1 == sentence.count || sentence[index + 1].kind != .word || !sentence[index + 1].isCapitalized {
            endingNames.insert(folded)
          }
        }
        seenWord = true
      }
    }
    return (all, endingNames)
  }
}
