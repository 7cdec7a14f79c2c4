import Core
import Foundation

/// The bilingual term base: terms from the shipped glossary, CLDR region names and the user's
/// files, layered, with hash indexes for matching words and phrases in text.
///
/// Names (people, organisations, places, events) match exactly, after case and diacritic
/// folding, so that a misspelt name ("Portogalli") stays visible; common nouns match by stem, so
/// that "estremisti" finds "estremista" and "platforms" finds "platform". Short all-capital
/// acronyms match only in capitals, so that "IS" (Islamic State) never matches the verb "is".
public struct TermBase: Sendable {
  public private(set) var terms: [Term] = []
  private var idIndex: [String: Int] = [:]
  private var exactIndex = PositionIndex()
  private var acronymIndex = PositionIndex()
  private var stemIndex: [Language: PositionIndex] = [:]
  /// The most words any form has, which bounds phrase matching.
  public private(set) var maxWords = 1
  /// Every beginning of two words or more of a phrase key, exact or stemmed ("united states",
  /// "islamic state of"): the phrase search reads on only while its words so far are one.
  private var phrasePrefixes: Set<String> = []
  /// The first word of every exact key and of every stemmed key: a token whose word and stem
  /// are both absent can start no term but an acronym, which spares most tokens every lookup.
  private var firstWords: Set<String> = []

  public init() {}

  /// Where a form names several terms, the latest added wins: a user's glossary overrides the
  /// shipped one, and the shipped one overrides CLDR.
  ///
  /// Builds a term base from layers, later layers overriding earlier ones: a term with the
  /// same id, or whose English form names the same concept, takes the later category and gains
  /// the later forms.
  public init(layers: [[Term]]) {
    let count = layers.reduce(0) { $0 + $1.count }
    terms.reserveCapacity(count)
    idIndex.reserveCapacity(count)
    exactIndex.reserveCapacity(count * 3)
    for language in Language.allCases { stemIndex[language, default: PositionIndex()].reserveCapacity(count * 2) }
    for layer in layers {
      for term in layer { add(term) }
    }
  }

  /// The shipped glossary and CLDR's region names.
  public static func standard() throws(GlossaryError) -> TermBase {
    let shipped = try TSVGlossaryReader().parse(ShippedGlossary.tsv, path: "Glossary/en-it.tsv")
    return TermBase(layers: [RegionNames.languages, RegionNames.terms, shipped])
  }

  public mutating func add(_ term: Term) {
    let idKey = Folding.fold(term.id)
    var existing = idIndex[idKey]
    if existing == nil {
      for form in term.english {
        if let hit = exactIndex.first(Self.key(form), where: { terms[$0].category == term.category }) {
          existing = hit
          break
        }
      }
    }
    if let existing {
      var merged = terms[existing]
      merged.category = term.category
      merged.english = Self.union(term.english, merged.english)
      merged.italian = Self.union(term.italian, merged.italian)
      merged.aliases = Self.union(term.aliases, merged.aliases)
      merged.note = term.note ?? merged.note
      merged.origin = term.origin
      terms[existing] = merged
      index(existing)
    } else {
      terms.append(term)
      idIndex[idKey] = terms.count - 1
      index(terms.count - 1)
    }
  }

  private static func union(_ first: [String], _ second: [String]) -> [String] {
    var seen: Set<String> = []
    return (first + second).filter { seen.insert($0).inserted }
  }

  private mutating func index(_ position: Int) {
    let term = terms[position]
    func insert(_ key: String, into index: inout PositionIndex) {
      guard !key.isEmpty else { return }
      index.insert(key, position)
    }
    let all: [(String, Language?)] =
      term.english.map { ($0, .english) } + term.italian.map { ($0, .italian) } + term.aliases.map { ($0, nil) }
    for (form, language) in all {
      let words = Self.words(form)
      maxWords = max(maxWords, words.count)
      if Self.isAcronym(form) {
        insert(form, into: &acronymIndex)
        continue
      }
      insert(words.joined(separator: " "), into: &exactIndex)
      if let first = words.first { firstWords.insert(first) }
      insertPrefixes(of: words)
      guard !term.category.isName else { continue }
      for stemLanguage in language.map({ [$0] }) ?? Language.allCases {
        let stemmer = Stemmer(language: stemLanguage)
        // In place: copying the table out and back would copy it whole for every form.
        let stems = words.map(stemmer.stem)
        if let first = stems.first { firstWords.insert(first) }
        insertPrefixes(of: stems)
        insert(stems.joined(separator: " "), into: &stemIndex[stemLanguage, default: PositionIndex()])
      }
    }
  }

  private mutating func insertPrefixes(of words: [String]) {
    guard words.count > 1 else { return }
    var prefix = words[0]
    for word in words.dropFirst() {
      prefix += " " + word
      phrasePrefixes.insert(prefix)
    }
  }

  /// The singulars an Italian plural may have, most likely first: "casi" → "caso", "case" →
  /// "casa", "banche" → "banca", "luoghi" → "luogo". Tried before the stemmer, which cannot
  /// tell "casi" (cases) from "case" (houses).
  static func italianSingulars(_ word: String) -> [String] {
    guard word.count > 3, let last = word.last else { return [] }
    let stem = String(word.dropLast())
    switch last {
    case "i":
      if stem.hasSuffix("ch") || stem.hasSuffix("gh") { return [String(stem.dropLast()) + "o", String(stem.dropLast()) + "a"] }
      // "decenni" → "decennio", "negozi" → "negozio": nouns in -io lose the o.
      return [stem + "o", stem + "io", stem + "e", stem + "a"]
    case "e":
      if stem.hasSuffix("ch") || stem.hasSuffix("gh") { return [String(stem.dropLast()) + "a"] }
      return [stem + "a"]
    default:
      return []
    }
  }

  /// An all-capital form of at most five letters: "IS", "EU", "ONU", "NATO".
  static func isAcronym(_ form: String) -> Bool {
    var letters = 0
    for scalar in form.unicodeScalars where scalar != "." {
      guard ScalarClass.isUppercase(scalar), ScalarClass.isLetter(scalar) else { return false }
      letters += 1
      if letters > 5 { return false }
    }
    return letters > 0
  }

  /// A token's folded words: the folded token itself when it is plain lowercase letters and
  /// digits, the common case.
  static func words(of token: Token) -> [String] {
    let isPlain = token.folded.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
    return isPlain && !token.folded.isEmpty ? [token.folded] : words(token.text)
  }

  /// A form's folded words, with hyphens as spaces and possessive "'s" dropped.
  static func words(_ form: String) -> [String] {
    var result: [String] = []
    func close(_ word: String) {
      var word = word
      if word.hasSuffix("'s") { word.removeLast(2) }
      while word.hasSuffix("'") { word.removeLast() }
      if !word.isEmpty { result.append(word) }
    }
    // ASCII, the common case, folds by lowercasing and splits on its bytes.
    if form.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x60 }) {
      var current: [UInt8] = []
      for byte in form.utf8 {
        let lowered = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        if (0x61...0x7A).contains(lowered) || (0x30...0x39).contains(lowered) || lowered == UInt8(ascii: "'") {
          current.append(lowered)
        } else if !current.isEmpty {
          close(String(decoding: current, as: UTF8.self))
          current.removeAll(keepingCapacity: true)
        }
      }
      if !current.isEmpty { close(String(decoding: current, as: UTF8.self)) }
      return result
    }
    var current = String.UnicodeScalarView()
    for scalar in Folding.fold(form).unicodeScalars {
      if ScalarClass.isLetterOrNumber(scalar) || scalar == "'" {
        current.append(scalar)
      } else if !current.isEmpty {
        close(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { close(String(current)) }
    return result
  }

  static func key(_ form: String) -> String { words(form).joined(separator: " ") }

  public func term(id: String) -> Term? { idIndex[Folding.fold(id)].map { terms[$0] } }

  public func term(at position: Int) -> Term { terms[position] }

  /// The term a single word or phrase names in `language`, exactly or by stem.
  public func lookup(_ phrase: String, language: Language) -> Term? {
    if Self.isAcronym(phrase), let hit = acronymIndex.last(phrase) { return terms[hit] }
    let words = Self.words(phrase)
    if let hit = exactIndex.last(words.joined(separator: " ")) { return terms[hit] }
    if language == .italian, words.count == 1, let word = words.first {
      // Common nouns only: a name is matched as written, so that a misspelt one stays visible.
      for singular in Self.italianSingulars(word) {
        if let hit = exactIndex.last(singular, where: { !terms[$0].category.isName }) { return terms[hit] }
      }
    }
    let stemmer = Stemmer(language: language)
    if let hit = stemIndex[language]?.last(words.map(stemmer.stem).joined(separator: " ")) { return terms[hit] }
    return nil
  }

  /// A match of a term against a run of word tokens.
  public struct Match: Sendable, Equatable {
    public var term: Term
    /// How many of the given tokens the match covers.
    public var tokenCount: Int
  }

  /// The longest term that starts at `tokens[start]`, trying phrases of up to `maxWords` words.
  /// `tokens` should hold the sentence's word and number tokens only.
  public func longestMatch(in tokens: [Token], at start: Int, language: Language) -> Match? {
    guard start < tokens.count else { return nil }
    let stemmer = Stemmer(language: language)
    let firstTokenWords = Self.words(of: tokens[start])
    guard let first = firstTokenWords.first else { return nil }
    let firstStem = stemmer.stem(first)
    guard firstWords.contains(first) || firstWords.contains(firstStem) else {
      return acronymHit(tokens[start].text).map { Match(term: terms[$0], tokenCount: 1) }
    }
    // The phrase's keys word by word, exact and stemmed, while some key begins with them; and
    // for each word, the token it ends in when it is that token's last word.
    var exactKeys = [first]
    var stemKeys = [firstStem]
    var tokenEnds: [Int?] = [firstTokenWords.count == 1 ? start + 1 : nil]
    var index = start
    var tokenWords = firstTokenWords
    var position = 1
    reading: while true {
      while position < tokenWords.count {
        let exact = exactKeys[exactKeys.count - 1] + " " + tokenWords[position]
        let stemmed = stemKeys[stemKeys.count - 1] + " " + stemmer.stem(tokenWords[position])
        guard phrasePrefixes.contains(exact) || phrasePrefixes.contains(stemmed) else { break reading }
        exactKeys.append(exact)
        stemKeys.append(stemmed)
        tokenEnds.append(position == tokenWords.count - 1 ? index + 1 : nil)
        position += 1
      }
      index += 1
      guard index < tokens.count else { break }
      tokenWords = Self.words(of: tokens[index])
      position = 0
    }
    // Longest first; a phrase must end on a token boundary ("Al-Qaeda" is one token but two
    // words), and an acronym token is tried before the single-token phrases.
    var acronymTried = false
    for length in stride(from: exactKeys.count, through: 1, by: -1) {
      guard let end = tokenEnds[length - 1] else { continue }
      let tokenCount = end - start
      if tokenCount == 1, !acronymTried {
        acronymTried = true
        if let hit = acronymHit(tokens[start].text) { return Match(term: terms[hit], tokenCount: 1) }
      }
      if let hit = exactIndex.last(exactKeys[length - 1]), !Self.isAcronym(tokens[start].text) || tokenCount > 1 {
        return Match(term: terms[hit], tokenCount: tokenCount)
      }
      if let hit = stemIndex[language]?.last(stemKeys[length - 1]) {
        return Match(term: terms[hit], tokenCount: tokenCount)
      }
    }
    if !acronymTried, let hit = acronymHit(tokens[start].text) { return Match(term: terms[hit], tokenCount: 1) }
    return nil
  }

  /// The acronym a token spells ("EU", "U.N.", "NATO's"), looked up with and without its dots.
  private func acronymHit(_ text: String) -> Int? {
    guard let first = text.unicodeScalars.first, ScalarClass.isUppercase(first) else { return nil }
    let acronym = Folding.withoutPossessive(text)
    guard !acronym.isEmpty, Self.isAcronym(acronym) else { return nil }
    return acronymIndex.last(acronym) ?? acronymIndex.last(acronym.replacingOccurrences(of: ".", with: ""))
  }

  /// Known name forms (exact, folded) of a category, for near-miss spelling checks.
  public func nameForms(_ term: Term, language: Language) -> [String] {
    term.forms(in: language) + term.aliases
  }
}

/// Term positions by key, in the order they were added. Nearly every key names one term, so
/// that one lives in a plain dictionary and only the rare others in a second: no array per key,
/// which keeps a 100,000-entry glossary quick to load.
struct PositionIndex: Sendable {
  private var single: [String: Int] = [:]
  private var more: [String: [Int]] = [:]

  mutating func reserveCapacity(_ count: Int) { single.reserveCapacity(count) }

  mutating func insert(_ key: String, _ position: Int) {
    guard let first = single[key] else {
      single[key] = position
      return
    }
    guard first != position, !(more[key]?.contains(position) ?? false) else { return }
    more[key, default: []].append(position)
  }

  /// The latest position added under `key`.
  func last(_ key: String) -> Int? { more[key]?.last ?? single[key] }

  func first(_ key: String, where accept: (Int) -> Bool) -> Int? {
    guard let first = single[key] else { return nil }
    if accept(first) { return first }
    return more[key]?.first(where: accept)
  }

  func last(_ key: String, where accept: (Int) -> Bool) -> Int? {
    if let hit = more[key]?.last(where: accept) { return hit }
    guard let first = single[key], accept(first) else { return nil }
    return first
  }
}
