import Claims
import Core
import Foundation
import Glossary
import Ingest

/// What a sentence says, as language-neutral keys with weights: glossary concepts, numbers,
/// names, and the first letters of other content words (which catch cognates such as
/// "operation"/"operazione" and "propaganda"/"propaganda").
struct SentenceKeys {
  var weights: [String: Double] = [:]

  var total: Double { weights.values.reduce(0, +) }

  mutating func add(_ key: String, weight: Double) { weights[key] = max(weights[key] ?? 0, weight) }

  mutating func formUnion(_ other: SentenceKeys) {
    for (key, weight) in other.weights { add(key, weight: weight) }
  }

  /// A weight added to every sentence's total, so that a sentence with one or two keys cannot
  /// be fully explained by a single shared word ("Soprattutto per comunicare.").
  static let smoothing = 1.0

  /// The share of this sentence's weight that `other` also carries.
  func containment(in other: SentenceKeys) -> Double {
    let total = total
    guard total > 0 else { return 0 }
    var shared = 0.0
    for (key, weight) in weights where other.weights[key] != nil { shared += weight }
    return shared / (total + Self.smoothing)
  }

  static let prefixLength = 5

  /// The first letters of a word after the spelling differences between English and Italian
  /// cognates are evened out: doubled letters single, "ph" as "f", "th" as "t", "y" as "i",
  /// "k" as "c". "publication" and "pubblicazione" both give "publi"; "communications" and
  /// "comunicazioni" both give "comun".
  static func cognateKey(_ word: String) -> String {
    var result: [Character] = []
    var previous: Character?
    var characters = Array(word)
    var index = 0
    while index < characters.count {
      var character = characters[index]
      if index + 1 < characters.count, characters[index + 1] == "h", character == "p" || character == "t" {
        character = character == "p" ? "f" : "t"
        index += 1
      }
      if character == "y" { character = "i" }
      if character == "k" { character = "c" }
      if character != previous { result.append(character) }
      previous = character
      index += 1
      if result.count == prefixLength { break }
    }
    characters = result
    return String(characters)
  }

  static func make(sentence: Sentence, claims: [Claim], text: ScalarText, language: Language, termBase: TermBase) -> SentenceKeys {
    var keys = SentenceKeys()
    for claim in claims {
      switch claim.kind {
      case .quantity:
        if let quantity = claim.quantity { keys.add("n:\(quantity.valueText)", weight: 3) }
      case .time:
        if let time = claim.time { keys.add("t:\(time.intervalText)", weight: 2) }
      case .entity:
        if let entity = claim.entity {
          let folded = Folding.fold(entity.canonical)
          keys.add("e:\(folded)", weight: 3)
          if entity.term == nil, let last = folded.split(separator: " ").last { keys.add("e:\(last)", weight: 3) }
        }
      case .quote:
        break
      }
    }
    let tokens = Tokenizer.tokens(in: text, range: sentence.range).filter { $0.kind != .punctuation }
    var index = 0
    while index < tokens.count {
      if let match = termBase.longestMatch(in: tokens, at: index, language: language) {
        // Names are already keys through their entity claims.
        if !match.term.category.isName { keys.add("g:\(match.term.id)", weight: 2) }
        index += match.tokenCount
        continue
      }
      let token = tokens[index]
      index += 1
      if token.kind == .number {
        keys.add("n:\(token.folded)", weight: 1)
        continue
      }
      guard !FunctionWords.contains(token.folded, language: language) else { continue }
      let word = token.folded.replacingOccurrences(of: "'", with: "")
      guard word.count >= 4 else { continue }
      keys.add("p:\(cognateKey(word))", weight: 1)
    }
    return keys
  }
}
