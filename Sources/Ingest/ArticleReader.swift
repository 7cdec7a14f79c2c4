import Core
import Foundation

/// Reads an input file into a cleaned `Article`: decodes it, extracts the main text from HTML or
/// reads plain text and Markdown, drops page furniture and repeated headlines, finds the title,
/// date and language, and splits the blocks into sentences.
public struct ArticleReader: Sendable {
  public init() {}

  /// Reads the file at `path`; "-" reads standard input.
  public func read(path: String, options: IngestOptions = IngestOptions()) throws(IngestError) -> Article {
    let bytes: [UInt8]
    if path == "-" {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      guard data.count <= options.maxInputBytes else {
        throw .tooLarge(path: path, bytes: data.count, limit: options.maxInputBytes)
      }
      bytes = Array(data)
    } else {
      bytes = try Self.bytes(atPath: path, limit: options.maxInputBytes)
    }
    return try read(bytes: bytes, path: path, options: options)
  }

  /// The bytes of the file at `path`, refusing a missing file, a directory, and a file over
  /// `limit` bytes before reading it all.
  public static func bytes(atPath path: String, limit: Int) throws(IngestError) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .unreadable(path: path, reason: "no such file")
    }
    if isDirectory.boolValue { throw .isDirectory(path: path) }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    guard size <= limit else { throw .tooLarge(path: path, bytes: size, limit: limit) }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw .unreadable(path: path, reason: "permission denied or not a regular file")
    }
    defer { try? handle.close() }
    let data = (try? handle.read(upToCount: limit + 1)) ?? Data()
    guard data.count <= limit else { throw .tooLarge(path: path, bytes: data.count, limit: limit) }
    return Array(data)
  }

  /// Reads an article from bytes; `path` names it in messages and decides the format by its
  /// extension when the options do not.
  public func read(bytes: [UInt8], path: String, options: IngestOptions = IngestOptions()) throws(IngestError) -> Article {
    guard !bytes.isEmpty else { throw .empty(path: path) }
    guard bytes.count <= options.maxInputBytes else {
      throw .tooLarge(path: path, bytes: bytes.count, limit: options.maxInputBytes)
    }
    let hasUTF16Mark = bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    if !hasUTF16Mark && Self.looksBinary(bytes) { throw .binary(path: path) }

    let format = options.format ?? Self.format(of: path, bytes: bytes)
    let decoded = try TextDecoder(path: path).decode(bytes, isMarkup: format == .html)
    if Self.controlShare(decoded.text) > 0.05 { throw .binary(path: path) }

    var rawBlocks: [RawBlock]
    var metadata = PageMetadata()
    switch format {
    case .html:
      let result = HTMLCleaner().clean(utf8: decoded.text)
      rawBlocks = result.blocks
      metadata = result.metadata
    case .text, .markdown:
      rawBlocks = PlainTextCleaner(isMarkdown: format == .markdown).clean(decoded.text)
    }
    rawBlocks = rawBlocks.map { RawBlock(text: Self.composed($0.text), role: $0.role, isMarkedUp: $0.isMarkedUp) }

    // Which blocks are furniture, told once for the language's sample and the assembler.
    let furniture = rawBlocks.map { PageFurniture.isFurniture($0.text) }
    let provisional = rawBlocks.indices.filter { rawBlocks[$0].role.makesClaims && !furniture[$0] }.map { rawBlocks[$0].text }
      .joined(separator: "\n")
    guard provisional.contains(where: { $0.isLetter }) else { throw .noText(path: path) }
    let language: Language
    var detectedName: String?
    let guess = LanguageIdentifier.identify(provisional)
    do {
      language = try Self.language(guessed: guess, path: path, stated: options.language)
    } catch {
      guard !options.requiresSupportedLanguage else { throw error }
      language = options.language ?? .english
      detectedName = guess?.code
    }
    var assembler = ArticleAssembler(language: language, titles: metadata.titles.map(Self.composed))
    let assembled = assembler.assemble(rawBlocks, furniture: furniture)
    guard assembled.blocks.contains(where: { $0.role.makesClaims }) else { throw .noText(path: path) }

    var article = Article(
      path: path, language: language, title: assembled.title,
      published: options.published ?? metadata.published ?? assembled.datelineDate,
      author: metadata.author, encoding: decoded.encoding, text: assembled.text, blocks: assembled.blocks,
      sentences: assembled.sentences)
    article.detectedLanguageCode = detectedName
    article.original = decoded.text
    article.format = format
    if format != .html { article.suppressions = Suppressions(text: decoded.text) }
    return article
  }

  static func format(of path: String, bytes: [UInt8]) -> InputFormat {
    let lower = path.lowercased()
    if [".html", ".htm", ".xhtml", ".xml", ".shtml", ".php", ".asp", ".aspx"].contains(where: lower.hasSuffix) {
      return .html
    }
    if [".md", ".markdown", ".mdown"].contains(where: lower.hasSuffix) { return .markdown }
    if [".txt", ".text"].contains(where: lower.hasSuffix) { return .text }
    let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
    let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    if trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || trimmed.hasPrefix("<?xml")
      || (trimmed.hasPrefix("<") && (head.contains("<body") || head.contains("<p>") || head.contains("<div")))
    {
      return .html
    }
    return .text
  }

  /// NUL bytes, or many C0 control bytes, in the first 8 KiB.
  static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let head = bytes.prefix(8192)
    if head.contains(0) { return true }
    let controls = head.reduce(0) { $0 + (($1 < 0x09 || ($1 > 0x0D && $1 < 0x20)) ? 1 : 0) }
    return controls * 20 > head.count
  }

  /// The text in Unicode's composed form (NFC). Below U+0300, and among the punctuation and
  /// currency signs from U+2002 (curly quotes, dashes, the ellipsis, €), every scalar is
  /// already composed and composes with nothing, so most English and Italian text is returned
  /// as it is. (U+2000 and U+2001 are not: NFC makes them U+2002 and U+2003.)
  static func composed(_ text: String) -> String {
    text.unicodeScalars.allSatisfy { $0.value < 0x300 || (0x2002...0x206F).contains($0.value) || (0x20A0...0x20CF).contains($0.value) }
      ? text : text.precomposedStringWithCanonicalMapping
  }

  static func controlShare(_ text: String) -> Double {
    var text = text
    return text.withUTF8 { bytes in
      // Read on the UTF-8 bytes, each scalar at its lead byte; a String's bytes are valid UTF-8.
      var controls = 0
      var total = 0
      var index = 0
      while index < bytes.count, total < 20000 {
        let byte = bytes[index]
        total += 1
        if byte < 0x80 {
          // ASCII controls other than the whitespace ones (tab, newline, vertical tab, form feed, return).
          if (byte < 0x20 && !(0x09...0x0D).contains(byte)) || byte == 0x7F { controls += 1 }
          index += 1
        } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] < 0xA0 {
          // U+0080–U+009F, all controls; U+0085 (next line) is whitespace.
          if bytes[index + 1] != 0x85 { controls += 1 }
          index += 2
        } else {
          // No control character lies above U+009F: only a replacement character counts here.
          if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBD { controls += 1 }
          index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        }
      }
      return total == 0 ? 0 : Double(controls) / Double(total)
    }
  }

  /// The article's language from the identifier's guess and the one the user stated.
  static func language(guessed guess: LanguageIdentifier.Guess?, path: String, stated: Language?) throws(IngestError) -> Language {
    if let stated {
      // A stated language is trusted unless the text is long enough to be sure it is another one.
      if let guess, guess.language == nil, guess.words >= 40, guess.share >= 0.2 {
        throw .unsupportedLanguage(path: path, detected: guess.name)
      }
      return stated
    }
    guard let guess, guess.words >= 3, guess.share >= 0.06 else { throw .undetectableLanguage(path: path) }
    guard let language = guess.language else { throw .unsupportedLanguage(path: path, detected: guess.name) }
    return language
  }
}
