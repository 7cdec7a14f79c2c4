import Core
import Foundation
import Glossary
import Ingest

/// An article's sentences split into tokens once, for every stage that reads words: the claim
/// readers, the alignment's keys and the rules. A comparison made each of them tokenise every
/// sentence again; shared, the article is split once a side.
///
/// Token ranges index the article's text, as claims do: "Belgio" in sentence 10 is the range
/// it has in `Article.text`, not in the sentence.
public struct ArticleTokens: Sendable {
  /// The article's text as scalars, which token and sentence ranges index.
  public let text: ScalarText
  /// Each sentence's tokens, in the order of `Article.sentences`.
  public let sentences: [[Token]]
  /// Each sentence's glossary phrases (`TermBase.phrases`): the term starting at each token.
  public let phrases: [[TermBase.Match?]]

  public init(_ article: Article, termBase: TermBase) {
    let text = ScalarText(article.text)
    self.text = text
    sentences = article.sentences.map { Tokenizer.tokens(in: text, range: $0.range) }
    phrases = sentences.map { termBase.phrases(in: $0, language: article.language) }
  }

  /// The tokens of the sentence at `index`, none for an index the article does not have.
  public subscript(sentence index: Int) -> [Token] { sentences.indices.contains(index) ? sentences[index] : [] }

  /// The glossary phrases of the sentence at `index`, one per token.
  public func phrases(sentence index: Int) -> [TermBase.Match?] { phrases.indices.contains(index) ? phrases[index] : [] }

  /// Every capitalised word of the article's sentences, folded: what another article's entity
  /// reader takes as evidence of names.
  public var capitalizedWords: Set<String> {
    var words = Set<String>()
    for tokens in sentences {
      for token in tokens where token.isCapitalized { words.insert(token.folded) }
    }
    return words
  }
}
