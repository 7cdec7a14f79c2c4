import Core
import Foundation
import Glossary
import Ingest

/// A sentence's tokens, with a record of which tokens a reader has already claimed, so that a
/// year read as a time is not read again as a quantity.
struct SentenceTokens {
  let sentence: Sentence
  /// The whole article's text, which token ranges index.
  let text: ScalarText
  let tokens: [Token]
  /// The glossary term starting at each token (`ArticleTokens.phrases`).
  let phrases: [TermBase.Match?]
  var consumed: [Bool]

  init(sentence: Sentence, text: ScalarText, tokens: [Token], phrases: [TermBase.Match?]) {
    self.sentence = sentence
    self.text = text
    self.tokens = tokens
    self.phrases = phrases
    self.consumed = [Bool](repeating: false, count: tokens.count)
  }

  var count: Int { tokens.count }

  subscript(index: Int) -> Token { tokens[index] }

  func folded(_ index: Int) -> String? { index >= 0 && index < tokens.count ? tokens[index].folded : nil }

  /// Whether the token at `index` is an English ordinal suffix written against its number:
  /// "1st", "3rd", "36th".
  func isOrdinalSuffix(at index: Int) -> Bool {
    guard index >= 0, index < tokens.count, tokens[index].kind == .word, !tokens[index].isSpaced else { return false }
    return ["st", "nd", "rd", "th"].contains(tokens[index].folded)
  }

  /// Whether the folded words at `index` spell `words`.
  func matches(_ words: [String], at index: Int) -> Bool {
    guard index >= 0, index + words.count <= tokens.count else { return false }
    for (offset, word) in words.enumerated() where tokens[index + offset].folded != word { return false }
    return true
  }

  /// Whether some token of the sentence is one of `words`: what the sentence is about ("warm",
  /// "highs" for the weather; "sales", "profits" for a business's year).
  func hasWord(in words: Set<String>) -> Bool { tokens.contains { words.contains($0.folded) } }

  /// Whether the words ending just before `index` spell `words`.
  func matchesBefore(_ words: [String], at index: Int) -> Bool { matches(words, at: index - words.count) }

  mutating func consume(_ range: Range<Int>) {
    for index in range where index >= 0 && index < consumed.count { consumed[index] = true }
  }

  func isFree(_ range: Range<Int>) -> Bool { range.allSatisfy { $0 >= 0 && $0 < consumed.count && !consumed[$0] } }

  /// The text range from token `first` through token `last`.
  func range(_ first: Int, _ last: Int) -> TextRange { TextRange(start: tokens[first].range.start, end: tokens[last].range.end) }
}
