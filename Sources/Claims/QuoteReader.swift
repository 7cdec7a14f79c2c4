import Core
import Foundation

/// Finds quotations and who said them.
///
/// EN: "“…,” Wainwright told a security conference" → Wainwright; "…, he said" → the last
/// person named before. IT: "“… – ha spiegato -." → the last person named; "ha affermato
/// Adams" → Adams.
struct QuoteReader {
  let lexicon: Lexicon

  struct Found {
    var range: TextRange
    var speaker: String?
    var isAttributedByName: Bool
  }

  static let openers: Set<String> = ["\u{201C}", "\u{00AB}", "\u{201E}", "\""]
  static let closers: Set<String> = ["\u{201D}", "\u{00BB}", "\""]
  static let markup: Set<String> = ["<", ">", "=", "/"]

  /// Quotes in one sentence. `isOpen` carries an unclosed quote from the previous sentence
  /// of the same block; `lastPerson` is the last person named before this sentence.
  func read(_ s: SentenceTokens, isOpen: inout Bool, lastPerson: String?, people: [(Range<Int>, String)]) -> [Found] {
    var spans: [(Int, Int)] = []
    var start: Int? = isOpen ? 0 : nil
    var isCarried = isOpen
    for index in 0..<s.count where s[index].kind == .punctuation {
      let mark = s[index].text
      // A straight quote carried open from the sentence before meets one shaped as an opener
      // (space before, word against it: `said: "We`): the earlier quote was never closed, and
      // this one opens anew rather than closing it.
      if isCarried, mark == "\"", s[index].isSpaced, index > 0, index + 1 < s.count, !s[index + 1].isSpaced {
        isCarried = false
        start = index
        continue
      }
      // A straight quote against markup a page leaked (`by ">Apple`) opens nothing; one opening
      // the sentence opens, even with a space after it (`" Siamo stati allontanati…",`).
      if start == nil, Self.openers.contains(mark),
        mark != "\"" || index + 1 < s.count && !Self.markup.contains(s[index + 1].text) && (!s[index + 1].isSpaced || index == 0)
      {
        start = index
      } else if let open = start, Self.closers.contains(mark), index > open {
        spans.append((open, index))
        start = nil
        isCarried = false
      }
    }
    if let open = start, s.count > 0 {
      spans.append((open, s.count - 1))
      isOpen = true
    } else {
      isOpen = false
    }
    guard !spans.isEmpty else { return [] }
    let named = attribution(s, outside: spans, people: people)
    let speaker = named ?? (saysPronounOrBareVerb(s, outside: spans) ? lastPerson : nil)
    return spans.compactMap { span in
      let range = s.range(span.0, span.1)
      guard range.length > 3 else { return nil }
      return Found(range: range, speaker: speaker, isAttributedByName: named != nil)
    }
  }

  private func isInside(_ index: Int, _ spans: [(Int, Int)]) -> Bool { spans.contains { $0.0 <= index && index <= $0.1 } }

  /// A named speaker next to a verb of saying, outside the quotes.
  private func attribution(_ s: SentenceTokens, outside spans: [(Int, Int)], people: [(Range<Int>, String)]) -> String? {
    let verbs = (0..<s.count).filter { !isInside($0, spans) && lexicon.speechVerbs.contains(s[$0].folded) }
    guard !verbs.isEmpty else { return nil }
    for (range, name) in people where !isInside(range.lowerBound, spans) {
      for verb in verbs where abs(verb - range.lowerBound) <= 3 || abs(verb - (range.upperBound - 1)) <= 3 {
        return name
      }
    }
    return nil
  }

  private func saysPronounOrBareVerb(_ s: SentenceTokens, outside spans: [(Int, Int)]) -> Bool {
    (0..<s.count).contains { !isInside($0, spans) && lexicon.speechVerbs.contains(s[$0].folded) }
  }
}
