import Core
import Foundation
import Ingest

/// An article's main text and metadata as `claimdiff clean` writes them.
public struct CleanedArticle: Sendable {
  /// Headings, paragraphs, quotes and list items, a blank line apart; the title, captions,
  /// credits and datelines are metadata, not main text.
  public let text: String
  public let metadataJSON: String

  struct Metadata: Encodable {
    var title: String?
    var date: String?
    var lang: String
    var author: String?
    var encoding: String

    enum CodingKeys: String, CodingKey { case title, date, lang, author, encoding }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(title, forKey: .title)
      try container.encode(date, forKey: .date)
      try container.encode(lang, forKey: .lang)
      try container.encode(author, forKey: .author)
      try container.encode(encoding, forKey: .encoding)
    }
  }

  public init(_ article: Article) {
    let scalars = ScalarText(article.text)
    let main = article.blocks.filter { [.heading, .body, .quote, .list].contains($0.role) }
    text = main.map { scalars[$0.range] }.joined(separator: "\n\n") + "\n"
    metadataJSON = JSONOutput.encode(
      Metadata(
        title: article.title, date: article.published?.iso, lang: article.detectedLanguageCode ?? article.language.rawValue,
        author: article.author,
        encoding: article.encoding))
  }
}
