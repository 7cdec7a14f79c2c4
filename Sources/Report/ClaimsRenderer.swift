import Claims
import Core
import Foundation
import Glossary
import Ingest

/// One article's sentences and claims, for `claimdiff extract`: JSON as DESIGN.md gives it, or
/// a stable indented dump that tests compare.
public struct ClaimsRenderer: Sendable {
  public init() {}

  struct Document: Encodable {
    var schemaVersion = 1
    var article: JSONArticle
    var claims: [JSONClaim]
  }

  public func json(article: Article, claims: [Claim]) -> String {
    JSONOutput.encode(Document(article: JSONArticle(article), claims: claims.map(JSONClaim.init)))
  }

  /// `sentence 7 @412-443 body "…"`, each claim indented beneath its sentence.
  public func text(article: Article, claims: [Claim]) -> String {
    var lines: [String] = []
    lines.append("article \(article.path) lang=\(article.language) published=\(article.published?.iso ?? "-") encoding=\(article.encoding)")
    if let title = article.title { lines.append("title \"\(title)\"") }
    var bySentence: [Int: [Claim]] = [:]
    for claim in claims { bySentence[claim.sentence, default: []].append(claim) }
    for sentence in article.sentences {
      lines.append("sentence \(sentence.index) \(sentence.range) \(sentence.role.rawValue) \"\(sentence.text)\"")
      for claim in bySentence[sentence.index] ?? [] {
        lines.append("  \(claim.kind.rawValue) \(claim.range) \"\(claim.text)\" \(Self.detail(claim))")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func detail(_ claim: Claim) -> String {
    if let q = claim.quantity {
      var parts = ["value=\(q.valueText)"]
      if q.qualifier != .exact { parts.append("qualifier=\(q.qualifier.rawValue)") }
      if let unit = q.unit { parts.append("unit=\(unit)") }
      if let counted = q.counted { parts.append("counted=\"\(counted)\"") }
      if let lemma = q.countedLemma { parts.append("lemma=\(lemma)") }
      if let category = q.countedClass { parts.append("class=\(category.rawValue)") }
      if q.isAmbiguous { parts.append("ambiguous") }
      return parts.joined(separator: " ")
    }
    if let t = claim.time { return "interval=\(t.intervalText)\(t.isRelative ? " relative=\(t.expression)" : "")" }
    if let e = claim.entity { return "canonical=\"\(e.canonical)\"\(e.category.map { " category=\($0.rawValue)" } ?? "")" }
    if let quote = claim.quote { return "speaker=\(quote.speaker.map { "\"\($0)\"" } ?? "-")" }
    return ""
  }
}
