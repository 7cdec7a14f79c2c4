import Core
import Foundation

/// A cleaned article: its text once, and the blocks and sentences that slice it.
public struct Article: Sendable, Codable, Equatable {
  /// The path as the user gave it ("-" for standard input).
  public var path: String
  public var language: Language
  public var title: String?
  public var published: SimpleDate?
  public var author: String?
  /// The encoding the bytes were read in: "utf-8", "windows-1252", "utf-16le"…
  public var encoding: String
  /// The cleaned main text, NFC-normalised: blocks separated by a blank line.
  public var text: String
  public var blocks: [Block]
  public var sentences: [Sentence]
  /// The detected language's code when it is not one claimdiff compares ("pt", "fr"), for
  /// `clean`, which reads any language.
  public var detectedLanguageCode: String?
  /// The decoded text of the file as it was read, for the source map (`SourceLocator`) and
  /// the suppression comments; not part of the article's JSON.
  public var original: String?
  /// How the file was read.
  public var format: InputFormat?
  /// Suppression comments in the original: the rules each line's findings are exempt from.
  public var suppressions = Suppressions()

  enum CodingKeys: String, CodingKey {
    case path, language, title, published, author, encoding, text, blocks, sentences, detectedLanguageCode
  }

  public init(
    path: String, language: Language, title: String?, published: SimpleDate?, author: String?, encoding: String,
    text: String, blocks: [Block], sentences: [Sentence]
  ) {
    self.path = path
    self.language = language
    self.title = title
    self.published = published
    self.author = author
    self.encoding = encoding
    self.text = text
    self.blocks = blocks
    self.sentences = sentences
  }

  /// The text of a range of this article.
  public func slice(_ range: TextRange) -> String { ScalarText(text)[range] }
}

/// A paragraph, heading, quote, caption, list item or dateline of an article.
public struct Block: Sendable, Codable, Equatable {
  public var role: Role
  public var range: TextRange

  public init(role: Role, range: TextRange) {
    self.role = role
    self.range = range
  }
}

/// One sentence of an article, with its place in the cleaned text.
public struct Sentence: Sendable, Codable, Equatable {
  public var index: Int
  public var text: String
  public var role: Role
  public var range: TextRange
  /// The index of the block the sentence belongs to.
  public var block: Int

  public init(index: Int, text: String, role: Role, range: TextRange, block: Int) {
    self.index = index
    self.text = text
    self.role = role
    self.range = range
    self.block = block
  }

  enum CodingKeys: String, CodingKey {
    case index, text, role, start, end, block
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    index = try container.decode(Int.self, forKey: .index)
    text = try container.decode(String.self, forKey: .text)
    role = try container.decode(Role.self, forKey: .role)
    let start = try container.decode(Int.self, forKey: .start)
    let end = try container.decode(Int.self, forKey: .end)
    guard start <= end else {
      throw DecodingError.dataCorruptedError(forKey: .end, in: container, debugDescription: "end before start")
    }
    range = TextRange(start: start, end: end)
    block = try container.decodeIfPresent(Int.self, forKey: .block) ?? 0
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(index, forKey: .index)
    try container.encode(text, forKey: .text)
    try container.encode(role, forKey: .role)
    try container.encode(range.start, forKey: .start)
    try container.encode(range.end, forKey: .end)
  }
}
