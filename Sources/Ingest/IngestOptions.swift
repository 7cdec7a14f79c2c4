import Core
import Foundation

/// What ingest needs to know beyond the bytes.
public struct IngestOptions: Sendable, Equatable {
  /// The article's language when the user states it; detected from the text when nil.
  public var language: Language?
  /// The publication date when the user states it; read from the page when nil.
  public var published: SimpleDate?
  /// Inputs larger than this are refused, so that a stray 2 GB file fails fast. 32 MiB by default.
  public var maxInputBytes: Int
  /// How to read the bytes; taken from the extension and the content when nil.
  public var format: InputFormat?
  /// Whether an article in another language is an error. `clean` reads any language (with the
  /// English sentence rules); `compare` and `extract` need English or Italian.
  public var requiresSupportedLanguage = true

  public static let defaultMaxInputBytes = 32 * 1024 * 1024

  public init(
    language: Language? = nil, published: SimpleDate? = nil, maxInputBytes: Int = IngestOptions.defaultMaxInputBytes,
    format: InputFormat? = nil
  ) {
    self.language = language
    self.published = published
    self.maxInputBytes = maxInputBytes
    self.format = format
  }
}

/// The kinds of input ingest reads.
public enum InputFormat: String, Sendable, Equatable, CaseIterable {
  case html
  case text
  case markdown
}
