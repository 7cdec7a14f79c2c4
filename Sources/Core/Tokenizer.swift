import Foundation

/// Splits text into words, numbers and punctuation, keeping each token's scalar range.
///
/// Words keep inner apostrophes and hyphens only where both sides are letters ("Al-Qaeda",
/// "don't"); Italian elisions split after the apostrophe ("dell’Ufficio" gives "dell’" and
/// "Ufficio"), so that the noun is a token of its own. Numbers keep their inner separators
/// ("2,000", "2.000", "4,5") for the number readers to interpret.
public enum Tokenizer {
  public static func tokens(in text: ScalarText, range: TextRange) -> [Token] {
    var result: [Token] = []
    // A token every five scalars or so, spaces and marks included: most sentences fill the
    // first buffer and never copy it to a larger one.
    result.reserveCapacity(max(0, range.end - range.start) / 4 + 4)
    scan(text, range: range) { kind, tokenRange, spaced in
      let written = text[tokenRange]
      result.append(Token(kind: kind, text: written, folded: Folding.fold(written), range: tokenRange, isSpaced: spaced))
    }
    return result
  }

  /// The folded words of `range`, the same words `tokens` gives, without the numbers and
  /// punctuation and without keeping each word as written: for reading function words.
  public static func foldedWords(in text: ScalarText, range: TextRange) -> [String] {
    var result: [String] = []
    scan(text, range: range) { kind, tokenRange, _ in
      if kind == .word { result.append(Folding.fold(text[tokenRange])) }
    }
    return result
  }

  /// Finds the tokens of `range` and hands each to `found` with its kind, its range and
  /// whether whitespace precedes it.
  private static func scan(_ text: ScalarText, range: TextRange, _ found: (Token.Kind, TextRange, Bool) -> Void) {
    let scalars = text.scalars
    var index = max(0, range.start)
    let end = min(range.end, scalars.count)
    var spaced = true

    func isLetter(_ s: Unicode.Scalar) -> Bool { ScalarClass.isLetter(s) }
    func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" || s == "\u{02BC}" }

    while index < end {
      let scalar = scalars[index]
      if ScalarClass.isWhitespace(scalar) {
        spaced = true
        index += 1
        continue
      }
      let start = index
      var kind = Token.Kind.punctuation
      if isDigit(scalar) {
        kind = .number
        index += 1
        while index < end {
          let s = scalars[index]
          if isDigit(s) {
            index += 1
          } else if (s == "," || s == "." || s == "\u{00A0}" || s == "\u{202F}" || s == "'") && index + 1 < end
            && isDigit(scalars[index + 1])
          {
            index += 1
          } else {
            break
          }
        }
      } else if isLetter(scalar), let abbreviationEnd = dottedAbbreviationEnd(scalars, from: index, end: end) {
        // "U.S.", "U.N.", "e.g.": one word with its dots.
        kind = .word
        index = abbreviationEnd
      } else if isLetter(scalar) {
        kind = .word
        index += 1
        while index < end {
          let s = scalars[index]
          if isLetter(s) || isDigit(s) {
            index += 1
          } else if isApostrophe(s) {
            guard index + 1 < end, isLetter(scalars[index + 1]) || isDigit(scalars[index + 1]) else { break }
            // Italian elision ("l’", "dell’", "un’", "dell’80%"): the apostrophe closes the word.
            if isElision(scalars[start...index]) {
              index += 1
              break
            }
            guard isLetter(scalars[index + 1]) else { break }
            index += 1
          } else if s == "-" && index + 1 < end && isLetter(scalars[index + 1]) {
            index += 1
          } else {
            break
          }
        }
      } else {
        index += 1
      }
      found(kind, TextRange(start: start, end: index), spaced)
      spaced = false
    }
  }

  /// The end of a run of single letters each followed by a dot ("U.S.", "U.K."), at least
  /// two of them; nil when the text at `start` is not one.
  private static func dottedAbbreviationEnd(_ scalars: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
    var index = start
    var letters = 0
    while index + 1 < end, ScalarClass.isLetter(scalars[index]), scalars[index + 1] == "." {
      letters += 1
      index += 2
      if index < end, ScalarClass.isLetter(scalars[index]), index + 1 < end, ScalarClass.isLetter(scalars[index + 1]) {
        return nil
      }
    }
    return letters >= 2 ? index : nil
  }

  private static let elisions: Set<String> = [
    "l'", "dell'", "all'", "dall'", "nell'", "sull'", "un'", "d'", "c'", "quell'", "quest'", "coll'", "s'",
    "m'", "t'", "v'", "po'", "tutt'", "anch'", "com'", "dov'", "senz'", "buon'", "bell'", "sant'",
    // The tens before a vowel: "vent'anni", "settant'anni".
    "vent'", "trent'", "quarant'", "cinquant'", "sessant'", "settant'", "ottant'", "novant'",
  ]

  private static func isElision(_ slice: ArraySlice<Unicode.Scalar>) -> Bool {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: slice)
    return elisions.contains(Folding.fold(String(view)))
  }
}
