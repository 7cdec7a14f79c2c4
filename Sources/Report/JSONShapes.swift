import Align
import Claims
import Core
import Diff
import Foundation
import Glossary
import Ingest

/// The JSON report's shapes, schema version 1, exactly as DESIGN.md gives them.
struct JSONArticle: Encodable {
  var path: String
  var lang: String
  var title: String?
  var published: String?
  var sentences: [Sentence]

  init(_ article: Article) {
    path = article.path
    lang = article.language.rawValue
    title = article.title
    published = article.published?.iso
    sentences = article.sentences
  }

  enum CodingKeys: String, CodingKey { case path, lang, title, published, sentences }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(path, forKey: .path)
    try container.encode(lang, forKey: .lang)
    try container.encode(title, forKey: .title)
    try container.encode(published, forKey: .published)
    try container.encode(sentences, forKey: .sentences)
  }
}

struct JSONTool: Encodable {
  var name = ToolInfo.name
  var version = ToolInfo.version
}

struct JSONAlignment: Encodable {
  var source: [Int]
  var target: [Int]
  var score: Double

  init(_ pair: ClaimPair) {
    source = pair.source
    target = pair.target
    score = (pair.score * 100).rounded() / 100
  }
}

struct JSONSummary: Encodable {
  var error: Int
  var warning: Int
  var info: Int
}

/// One claim, flattened as `claimdiff extract --format json` gives it.
struct JSONClaim: Encodable {
  let claim: Claim

  enum CodingKeys: String, CodingKey {
    case kind, sentence, start, end, text, value, rangeEnd, min, max, approximate, qualifier, unit, counted, countedLemma, countedClass,
      spelledOut, ambiguous, from, to, relative, expression, canonical, category, speaker
  }

  func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(claim.kind.rawValue, forKey: .kind)
    try c.encode(claim.sentence, forKey: .sentence)
    try c.encode(claim.range.start, forKey: .start)
    try c.encode(claim.range.end, forKey: .end)
    try c.encode(claim.text, forKey: .text)
    if let q = claim.quantity {
      try c.encode(q.value, forKey: .value)
      if let end = q.rangeEnd { try c.encode(end, forKey: .rangeEnd) }
      try c.encode(q.minimum, forKey: .min)
      try c.encode(q.maximum, forKey: .max)
      try c.encode(q.isApproximate, forKey: .approximate)
      try c.encode(q.qualifier.rawValue, forKey: .qualifier)
      try c.encode(q.unit, forKey: .unit)
      try c.encode(q.counted, forKey: .counted)
      try c.encode(q.countedLemma, forKey: .countedLemma)
      try c.encode(q.countedClass?.rawValue, forKey: .countedClass)
      if q.isSpelledOut { try c.encode(true, forKey: .spelledOut) }
      if q.isAmbiguous { try c.encode(true, forKey: .ambiguous) }
    }
    if let t = claim.time {
      try c.encode(t.from?.iso, forKey: .from)
      try c.encode(t.to?.iso, forKey: .to)
      try c.encode(t.isRelative, forKey: .relative)
      try c.encode(t.expression, forKey: .expression)
      if let qualifier = claim.timeQualifier { try c.encode(qualifier.rawValue, forKey: .qualifier) }
    }
    if let e = claim.entity {
      try c.encode(e.canonical, forKey: .canonical)
      try c.encode(e.category?.rawValue, forKey: .category)
    }
    if let quote = claim.quote {
      try c.encode(quote.speaker, forKey: .speaker)
    }
  }
}

enum JSONOutput {
  static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
