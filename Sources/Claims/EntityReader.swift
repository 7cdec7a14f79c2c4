import Core
import Foundation
import Glossary

/// Reads named entities: glossary and CLDR names first (longest match, so "Islamic State of
/// Iraq and the Levant" is one name), then runs of capitalised words the glossary does not know
/// ("Rob Wainwright").
///
/// A capitalised word at the start of a sentence is a name only when the glossary knows it or
/// the article capitalises it elsewhere too, so that "Jihadists have…" is not a name.
struct EntityReader {
  let language: Language
  let lexicon: Lexicon
  let termBase: TermBase
  /// Folded words the article capitalises somewhere other than a sentence's start.
  let capitalizedElsewhere: Set<String>
  /// Those of them the article capitalises alone or at the end of a run of capitals: a
  /// dictionary word capitalised only inside a longer name is that name's word, not a name.
  let capitalizedEndingNames: Set<String>
  /// Folded capitalised words of the other article of a comparison: a name is usually kept
  /// as it is in a translation, a common word is not.
  let otherArticleNames: Set<String>
  /// Words already told to be or not be a people's name, for this article: a capitalised word
  /// is tried against up to fifty place names.
  private let demonyms = DemonymMemo()

  private final class DemonymMemo {
    var known: [String: Bool] = [:]
  }

  struct Found {
    var tokens: Range<Int>
    var mention: EntityMention
    /// A range narrower than the tokens' ("Europol" in "Europol-coordinated").
    var textRange: TextRange?

    init(tokens: Range<Int>, mention: EntityMention, override: TextRange? = nil) {
      self.tokens = tokens
      self.mention = mention
      self.textRange = override
    }
  }

  /// Names the glossary or CLDR know. Runs before quantities, so that "Article 50" is a name
  /// and not a count of fifty.
  func readKnown(_ s: inout SentenceTokens) -> [Found] {
    var found: [Found] = []
    var index = 0
    while index < s.count {
      guard !s.consumed[index], s[index].kind == .word else {
        index += 1
        continue
      }
      // "the third century BCE", "500 BC": an era, not the European Central Bank ("BCE" in
      // Italian) or any other name.
      if Self.eraMarkers.contains(s[index].folded), index > 0,
        s[index - 1].kind == .number || Self.eraCounters.contains(s[index - 1].folded)
      {
        s.consume(index..<(index + 1))
        index += 1
        continue
      }
      // A name needs a capital, except as a sentence's first word, which careless copy (or a
      // lowercased headline) may leave small: "paris hopes…".
      let isFirstWord = index == (0..<s.count).first { s[$0].kind == .word }
      if let match = s.phrases[index], match.term.category.isName,
        // A headline in capitals ("NEW YORK IS WONDERING, IS ITALY RACIST?") writes its small
        // words as acronyms: there, a function word is no name ("IS", "WHO", "US").
        !(match.tokenCount == 1 && FunctionWords.contains(s[index].folded, language: language) && Self.isShouting(s)),
        (index..<(index + match.tokenCount)).contains(where: { s[$0].isCapitalized })
          || (isFirstWord && [.place, .organisation].contains(match.term.category) && !WordSenses.shipped.isCommonWord(s[index].folded, language: language))
          || isLowercaseInstitution(s, at: index, match)
      {
        let range = index..<(index + match.tokenCount)
        // A dateline ("LONDON:", "ROMA -") says where the story was filed, not what it claims.
        if Self.isDateline(s, range) {
          s.consume(range)
          index = range.upperBound
          continue
        }
        found.append(Found(tokens: range, mention: mention(for: match.term)))
        s.consume(range)
        index = range.upperBound
        continue
      }
      // "Europol-coordinated": a known name before a hyphen.
      if s[index].text.containsByte(UInt8(ascii: "-")), s[index].isCapitalized,
        let head = s[index].text.split(separator: "-").first, let term = termBase.lookup(String(head), language: language),
        term.category.isName
      {
        let token = s[index]
        let range = TextRange(start: token.range.start, end: token.range.start + head.unicodeScalars.count)
        found.append(Found(tokens: index..<(index + 1), mention: mention(for: term), override: range))
        s.consume(index..<(index + 1))
      }
      index += 1
    }
    return found
  }

  /// Whether every word of two letters or more is in capitals, and there are three or more;
  /// told at the first that is not.
  static func isShouting(_ s: SentenceTokens) -> Bool {
    var count = 0
    for index in 0..<s.count where s[index].kind == .word && s[index].text.utf8.count >= 2 {
      guard s[index].isAllCaps else { return false }
      count += 1
    }
    return count >= 3
  }

  /// An institution Italian writes in lower case after its article: "il congresso", "al senato",
  /// "della corte suprema". The lower-case words must be the name's own Italian form, not one
  /// of its other forms ("il repubblicano" is a party's member), and not inside a longer term.
  private func isLowercaseInstitution(_ s: SentenceTokens, at index: Int, _ match: TermBase.Match) -> Bool {
    guard language == .italian, match.term.category == .organisation, index > 0, Self.italianSingularArticles.contains(s[index - 1].folded),
      let name = match.term.italian.first,
      // Not a word of a longer term: "membro del parlamento" is a member of parliament.
      !(max(0, index - 4)..<index).contains(where: { start in s.phrases[start].map { start + $0.tokenCount > index } ?? false })
    else { return false }
    let words = (index..<(index + match.tokenCount)).map { s[$0].folded }.joined(separator: " ")
    return words == Folding.fold(name)
  }

  static let italianSingularArticles: Set<String> = [
    "il", "lo", "la", "del", "dello", "della", "al", "allo", "alla", "nel", "nello", "nella", "dal", "dallo", "dalla", "sul", "sullo", "sulla",
  ]

  /// Runs of capitalised words the glossary does not know: "Rob Wainwright". Words the
  /// glossary knows as common nouns, roles or nationalities ("Internet", "Director",
  /// "British") are not names.
  func readUnknown(_ s: inout SentenceTokens) -> [Found] {
    var found: [Found] = []
    // A headline in title case capitalises every word: there, capitals say nothing of names.
    let words = (0..<s.count).filter { s[$0].kind == .word && s[$0].text.characterCount > 3 && !s.consumed[$0] }
    if TitleCase.isTitleCased(wordCount: words.count, capitalized: words.filter({ s[$0].isCapitalized }).count) { return [] }
    let firstWord = (0..<s.count).first { s[$0].kind == .word }
    var index = 0
    while index < s.count {
      guard !s.consumed[index], s[index].kind == .word, s[index].isCapitalized else {
        index += 1
        continue
      }
      if let match = s.phrases[index], !match.term.category.isName {
        index += match.tokenCount
        continue
      }
      if isPrefixedCommonWord(s[index]) {
        index += 1
        continue
      }
      guard let run = capitalisedRun(s, from: index) else {
        index += 1
        continue
      }
      let opensClause = index == firstWord || (index > 0 && Self.openingMarks.contains(s[index - 1].text))
      if opensClause && run.count == 1 {
        let folded = s[index].folded
        // At the start of a clause a capital says nothing: the word is a name when the article
        // capitalises it elsewhere too, or when the other article has it capitalised and no
        // dictionary knows it ("Hydarpasha railway station…" / "La stazione di Hydarpasha").
        let isDictionaryWord = WordSenses.shipped.isCommonWord(folded) || termBase.lookup(folded, language: language) != nil
          || FunctionWords.contains(folded, language: language)
        // A word no dictionary of either language knows, opening the sentence as the subject of
        // a verb of saying or having, is a name too: "Siminoff ha dichiarato", "Zelensky said" —
        // even when the other article has dropped it.
        let isSubjectName = index == firstWord && folded.count >= 4 && s.folded(index + 1).map(Self.subjectVerbs.contains) == true
        let isName = isDictionaryWord
          ? capitalizedEndingNames.contains(folded)
          : capitalizedElsewhere.contains(folded) || otherArticleNames.contains(folded) || isSubjectName
        if !isName || lexicon.sentenceStarters.contains(folded) {
          index += 1
          continue
        }
      }
      let text = Self.withoutPossessive(s.sentenceText(s.range(run.lowerBound, run.upperBound - 1)))
      found.append(Found(tokens: run, mention: EntityMention(canonical: text, category: nil, term: nil)))
      s.consume(run)
      index = run.upperBound
    }
    return found
  }

  /// Whether a hyphenated word is a bound prefix on a word the glossary or the dictionary
  /// knows as something other than a name: "Neo-Renaissance" (a glossary term), "Post-war"
  /// (a dictionary word, left small), but not "Anti-Trump" or "Pro-Kremlin".
  func isPrefixedCommonWord(_ token: Token) -> Bool {
    guard token.text.containsByte(UInt8(ascii: "-")) else { return false }
    let parts = token.text.split(separator: "-", maxSplits: 1)
    guard parts.count == 2, lexicon.boundPrefixes.contains(Folding.fold(parts[0])) else { return false }
    let stem = String(parts[1])
    if let term = termBase.lookup(stem, language: language) { return !term.category.isName }
    return stem.first?.isLowercase == true && WordSenses.shipped.isDictionaryForm(Folding.fold(stem))
  }

  /// Verbs whose subject opens a sentence: "Siminoff ha dichiarato", "Fortis has", "Adams said".
  static let subjectVerbs: Set<String> = [
    "ha", "aveva", "avrebbe", "dice", "disse", "afferma", "dichiara", "said", "says", "told", "has", "had", "added", "announced",
  ]

  static let eraMarkers: Set<String> = ["bce", "bc", "ce", "ad", "b.c.", "b.c.e.", "c.e.", "a.d.", "a.c.", "d.c."]
  static let eraCounters: Set<String> = ["century", "centuries", "millennium", "millennia", "secolo", "secoli", "millennio"]

  /// Marks after which a capital letter starts a clause rather than a name: "“Vediamo…",
  /// "He said: We…".
  static let openingMarks: Set<String> = [":", "\u{201C}", "\"", "(", "\u{00AB}", "-", "\u{2013}", "\u{2014}", "\u{2018}", "'", "["]

  /// Words that are not names however they are written: contractions ("I'm", "We've") and
  /// honorifics ("Mr", "Mrs", "PM") that precede names.
  func isNeverAName(_ token: Token) -> Bool {
    let folded = token.folded
    if folded.count < 2 { return true }
    // An Italian elision ("L’", "Dell’") is an article, never a name.
    if folded.hasSuffix("'") { return true }
    if lexicon.honorifics.contains(folded) { return true }
    for suffix in ["'m", "'ve", "'ll", "'re", "'d", "n't"] where folded.hasSuffix(suffix) { return true }
    return false
  }

  /// Whether the tokens open the sentence in capitals and are followed by a colon, a dash or
  /// an agency credit: "LONDON:", "ROMA -", "GENEVA (Reuters) -".
  static func isDateline(_ s: SentenceTokens, _ range: Range<Int>) -> Bool {
    guard range.lowerBound == 0, range.allSatisfy({ s[$0].isAllCaps || s[$0].kind != .word }) else { return false }
    let next = s.folded(range.upperBound) ?? ""
    return [":", "-", "\u{2013}", "\u{2014}", "("].contains(next)
  }

  /// "Atkinson's" names Atkinson, and "the Joneses'" the Joneses.
  static func withoutPossessive(_ name: String) -> String {
    for suffix in ["s'", "s\u{2019}"] where name.hasSuffix(suffix) { return String(name.dropLast()) }
    return Folding.withoutPossessive(name)
  }

  private func mention(for term: Term) -> EntityMention {
    EntityMention(canonical: term.id.hasPrefix("region:") ? term.preferred(in: .english) : term.id, category: term.category, term: term.id)
  }

  /// Capitalised words, joined by name connectors ("Bank of England", "Ufficio europeo di
  /// Polizia" stops at the lowercase "europeo"), not months or weekdays.
  private func capitalisedRun(_ s: SentenceTokens, from start: Int) -> Range<Int>? {
    var end = start
    var j = start
    while j < s.count {
      let token = s[j]
      if token.kind == .word, token.isCapitalized, !isCalendarWord(token), !s.consumed[j], !isNeverAName(token),
        !Self.isRomanNumeral(token.text), !isDemonym(token)
      {
        j += 1
        end = j
      } else if token.kind == .word, lexicon.nameConnectors.contains(token.folded), j + 1 < s.count, s[j + 1].isCapitalized,
        end > start, !s.consumed[j + 1]
      {
        j += 1
      } else {
        break
      }
    }
    guard end > start else { return nil }
    // Drop a leading sentence starter or role: "The Kremlin" → "Kremlin", "Director Rob
    // Wainwright" → "Rob Wainwright".
    var first = start
    while first < end - 1, lexicon.sentenceStarters.contains(s[first].folded) || isRoleOrCommonWord(s[first]) { first += 1 }
    if lexicon.sentenceStarters.contains(s[first].folded) { return nil }
    // A linking word of the language alone ("Inc. Of New York", its name known and read
    // already) is none; "La." is Louisiana.
    if end - first == 1, lexicon.nameConnectors.contains(s[first].folded), lexicon.phraseStops.contains(s[first].folded) { return nil }
    return first..<end
  }

  private func isRoleOrCommonWord(_ token: Token) -> Bool {
    guard let term = termBase.lookup(token.text, language: language) else { return false }
    return !term.category.isName
  }

  private func isCalendarWord(_ token: Token) -> Bool {
    let word = Self.withoutPossessive(token.text)
    return CalendarNames.month(word, language: language) != nil || CalendarNames.weekday(word, language: language) != nil
  }

  /// "XIX", "IV": a Roman numeral, a century or a regnal number, not a name.
  static func isRomanNumeral(_ text: String) -> Bool {
    // On the bytes: a Roman numeral is ASCII, a byte a letter.
    text.utf8.count >= 2 && text.utf8.allSatisfy { romanLetters.contains($0) }
  }

  private static let romanLetters: Set<UInt8> = Set("IVXLCDM".utf8)

  /// "Mexicans", "Turks", "Bolivian": a people named after a place the glossary or CLDR
  /// knows, written with a capital in English but not a name of its own.
  func isDemonym(_ token: Token) -> Bool {
    guard language == .english, token.isCapitalized, !token.isAllCaps else { return false }
    // "African-American": every part a people; "Italian-speaking", "German-born": a people
    // and a lowercase word, an adjective Italian writes in lower case ("di lingua italiana").
    if token.text.containsByte(UInt8(ascii: "-")) {
      let parts = token.text.split(separator: "-")
      func isPeople(_ part: Substring) -> Bool {
        isDemonymWord(Folding.fold(part)) || termBase.lookup(String(part), language: .english)?.category == .nationality
      }
      guard parts.count > 1, isPeople(parts[0]) else { return false }
      return parts.dropFirst().allSatisfy { part in isPeople(part) || part.first?.isLowercase == true }
    }
    return isDemonymWord(Self.withoutPossessive(token.folded))
  }

  private func isDemonymWord(_ folded: String) -> Bool {
    if let known = demonyms.known[folded] { return known }
    let answer = readsAsDemonym(folded)
    demonyms.known[folded] = answer
    return answer
  }

  private func readsAsDemonym(_ folded: String) -> Bool {
    var word = folded
    if word.hasSuffix("s") { word.removeLast() }
    for suffix in ["ian", "ean", "an", "ese", "ish", "ic", "i", ""] where word.hasSuffix(suffix) {
      let stem = String(word.dropLast(suffix.count))
      guard stem.count >= 4 else { continue }
      for ending in ["", "a", "o", "y", "ia", "e", "ey"] {
        if let term = termBase.lookup(stem + ending, language: .english), term.category == .place { return true }
      }
    }
    return false
  }
}

/// A headline in title case ("Safeguards for Free Software") capitalises most of its words: in
/// one, capitals say nothing of names, so the entity reader reads none there, and a rule must
/// not take their absence for a missing name.
public enum TitleCase {
  /// Whether three quarters or more of at least three words longer than three letters are
  /// capitalised.
  public static func isTitleCased(wordCount: Int, capitalized: Int) -> Bool {
    wordCount >= 3 && capitalized * 4 >= wordCount * 3
  }

  /// The same test on a sentence as written.
  public static func isTitleCased(_ text: String) -> Bool {
    // ASCII, one character a byte, is read on its bytes.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      var (words, capitalized, length) = (0, 0, 0)
      var isCapitalized = false
      for byte in text.utf8 {
        let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
        if isLetter || byte == UInt8(ascii: "'") {
          if length == 0 { isCapitalized = byte >= 0x41 && byte <= 0x5A }
          length += 1
          continue
        }
        if length > 3 {
          words += 1
          if isCapitalized { capitalized += 1 }
        }
        length = 0
      }
      if length > 3 {
        words += 1
        if isCapitalized { capitalized += 1 }
      }
      return isTitleCased(wordCount: words, capitalized: capitalized)
    }
    let words = text.split { !ScalarClass.isLetter($0) && $0 != "'" }.filter { $0.count > 3 }
    return isTitleCased(wordCount: words.count, capitalized: words.filter { $0.first?.isUppercase == true }.count)
  }
}
