import Core
import Foundation
import Glossary
import Ingest

/// Reads a user's glossary file, TSV or TBX, by its extension or its first bytes.
public enum GlossaryFiles {
  public static func terms(path: String, maxBytes: Int = 64 * 1024 * 1024) throws(GlossaryError) -> [Term] {
    let bytes: [UInt8]
    do {
      bytes = try ArticleReader.bytes(atPath: path, limit: maxBytes)
    } catch {
      throw .unreadable(path: path, reason: reason(error))
    }
    let lower = path.lowercased()
    let head = String(decoding: bytes.prefix(256), as: UTF8.self).drop { $0.isWhitespace || $0 == "\u{FEFF}" }
    if lower.hasSuffix(".tbx") || lower.hasSuffix(".xml") || head.hasPrefix("<") {
      let root: XMLElement
      do {
        root = try XMLTreeReader().read(bytes: bytes, path: path)
      } catch {
        throw .unreadable(path: path, reason: reason(error))
      }
      return try TBXGlossaryReader().parse(root, path: path)
    }
    guard let text = String(bytes: bytes, encoding: .utf8) else {
      throw .unreadable(path: path, reason: "not UTF-8 text; save the glossary as UTF-8")
    }
    return try TSVGlossaryReader().parse(text, path: path)
  }

  private static func reason(_ error: IngestError) -> String {
    switch error {
    case .unreadable(_, let reason): reason
    case .isDirectory: "it is a directory"
    case .empty: "the file is empty"
    case .tooLarge(_, let bytes, let limit): "\(bytes) bytes, over the limit of \(limit)"
    default: error.description
    }
  }
}
