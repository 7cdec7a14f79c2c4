import Foundation

/// A word, number or punctuation mark of a sentence, with its range in the article's text.
public struct Token: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case word
    case number
    case punctuation
  }

  public var kind: Kind
  /// The token as written.
  public var text: String
  /// Folded for matching (see `Folding`).
  public var folded: String
  public var range: TextRange
  /// Whether whitespace precedes the token.
  public var isSpaced: Bool

  public init(kind: Kind, text: String, folded: String, range: TextRange, isSpaced: Bool) {
    self.kind = kind
    self.text = text
    self.folded = folded
    self.range = range
    self.isSpaced = isSpaced
  }

  /// Whether the word starts with an uppercase letter ("Europol", "EUROPOL", "Stati").
  public var isCapitalized: Bool {
    guard kind == .word, let byte = text.utf8.first else { return false }
    if byte < 0x80 { return byte >= 0x41 && byte <= 0x5A }
    return text.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false
  }

  /// Whether every letter is uppercase and there are at least two ("EU", "ISIL").
  public var isAllCaps: Bool {
    guard kind == .word else { return false }
    var letters = 0
    for scalar in text.unicodeScalars where ScalarClass.isLetter(scalar) {
      guard ScalarClass.isUppercase(scalar) else { return false }
      letters += 1
    }
    return letters >= 2
  }
}
