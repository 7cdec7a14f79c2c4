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
  /// Every key, exact, stemmed or acronym, and every beginning of a phrase key, in one table.
  private var keys = KeyIndex()
  /// The most words any form has, which bounds phrase matching.
  public private(set) var maxWords = 1

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
    keys.reserveCapacity(count * 4)
    for layer in layers {
      for (term, keys) in zip(layer, Self.keys(of: layer)) { add(term, keys: keys) }
    }
  }

  /// The shipped glossary and CLDR's region names.
  public static func standard() throws(GlossaryError) -> TermBase {
    let shipped = try TSVGlossaryReader().parse(ShippedGlossary.tsv, path: "Glossary/en-it.tsv")
    return TermBase(layers: [RegionNames.languages, RegionNames.terms, shipped])
  }

  public mutating func add(_ term: Term) { add(term, keys: TermKeys(term)) }

  private mutating func add(_ term: Term, keys termKeys: TermKeys) {
    let idKey = termKeys.id
    var existing = idIndex[idKey]
    if existing == nil {
      for form in termKeys.forms where form.language == .english {
        if let hit = keys.first(form.exact.key, .exact, where: { terms[$0].category == term.category }) {
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
      index(existing, TermKeys(merged))
    } else {
      terms.append(term)
      idIndex[idKey] = terms.count - 1
      index(terms.count - 1, termKeys)
    }
  }

  private static func union(_ first: [String], _ second: [String]) -> [String] {
    var seen: Set<String> = []
    return (first + second).filter { seen.insert($0).inserted }
  }

  private mutating func index(_ position: Int, _ termKeys: TermKeys) {
    for form in termKeys.forms {
      maxWords = max(maxWords, form.wordCount)
      if form.isAcronym {
        keys.insert(form.form, position, .acronym)
        continue
      }
      guard form.wordCount > 0 else { continue }
      keys.insert(form.exact, position, .exact)
      for (language, stems) in form.stems { keys.insert(stems, position, .stem(language)) }
    }
  }

  /// What indexing a term needs of its text: its folded id, and each form's words and stems.
  /// Pure, so that a large layer's keys are made on every core before the (serial) indexing.
  struct TermKeys: Sendable {
    struct Form: Sendable {
      var form: String
      /// The language whose column the form comes from; nil for an alias, used in both.
      var language: Language?
      var wordCount: Int
      var isAcronym: Bool
      var exact: KeyIndex.Phrase
      /// Stemmed keys by language; none for names, which match only as written.
      var stems: [(Language, KeyIndex.Phrase)]
    }

    var id: String
    var forms: [Form]

    init(_ term: Term) {
      id = Folding.fold(term.id)
      let columns = term.english.map { ($0, Language?.some(.english)) } + term.italian.map { ($0, .italian) } + term.aliases.map { ($0, nil) }
      forms = columns.map { form, language in
        let words = TermBase.words(form)
        let isAcronym = TermBase.isAcronym(form)
        var stems: [(Language, KeyIndex.Phrase)] = []
        if !isAcronym, !words.isEmpty, !term.category.isName {
          for stemLanguage in language.map({ [$0] }) ?? Language.allCases {
            let stemmer = Stemmer(language: stemLanguage)
            stems.append((stemLanguage, KeyIndex.Phrase(words.map(stemmer.stem))))
          }
        }
        return Form(form: form, language: language, wordCount: words.count, isAcronym: isAcronym, exact: KeyIndex.Phrase(words), stems: stems)
      }
    }
  }

  /// The keys of a layer's terms, made in parallel chunks when the layer is large.
  static func keys(of layer: [Term]) -> [TermKeys] {
    let workers = ProcessInfo.processInfo.activeProcessorCount
    guard layer.count >= 5_000, workers > 1 else { return layer.map(TermKeys.init) }
    let chunk = (layer.count + workers - 1) / workers
    let parts = ChunkResults<[TermKeys]>(count: workers)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      let range = (worker * chunk)..<min(layer.count, (worker + 1) * chunk)
      parts.set(worker, range.isEmpty ? [] : layer[range].map(TermKeys.init))
    }
    return parts.values.flatMap { $0 }
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

  public func term(id: String) -> Term? { idIndex[Folding.fold(id)].map { terms[$0] } }

  public func term(at position: Int) -> Term { terms[position] }

  /// The term a single word or phrase names in `language`, exactly or by stem.
  public func lookup(_ phrase: String, language: Language) -> Term? {
    if Self.isAcronym(phrase), let hit = keys.last(phrase, .acronym) { return terms[hit] }
    let words = Self.words(phrase)
    if let hit = keys.last(words.joined(separator: " "), .exact) { return terms[hit] }
    if language == .italian, words.count == 1, let word = words.first {
      // Common nouns only: a name is matched as written, so that a misspelt one stays visible.
      for singular in Self.italianSingulars(word) {
        if let hit = keys.last(singular, .exact, where: { !terms[$0].category.isName }) { return terms[hit] }
      }
    }
    let stemmer = Stemmer(language: language)
    if let hit = keys.last(words.map(stemmer.stem).joined(separator: " "), .stem(language)) { return terms[hit] }
    return nil
  }

  /// A match of a term against a run of word tokens.
  public struct Match: Sendable, Equatable {
    public var term: Term
    /// How many of the given tokens the match covers.
    public var tokenCount: Int
  }

  /// The longest term that starts at `tokens[start]` and ends before `tokens[end]`, trying
  /// phrases of up to `maxWords` words.
  /// `tokens` should hold the sentence's word and number tokens only.
  public func longestMatch(in tokens: [Token], at start: Int, end: Int? = nil, language: Language) -> Match? {
    let end = min(end ?? tokens.count, tokens.count)
    guard start < end else { return nil }
    let stemmer = Stemmer(language: language)
    let firstTokenWords = Self.words(of: tokens[start])
    guard let first = firstTokenWords.first else { return nil }
    let firstStem = stemmer.stem(first)
    guard keys.contains(first) || keys.contains(firstStem) else {
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
        guard keys.contains(exact) || keys.contains(stemmed) else { break reading }
        exactKeys.append(exact)
        stemKeys.append(stemmed)
        tokenEnds.append(position == tokenWords.count - 1 ? index + 1 : nil)
        position += 1
      }
      index += 1
      guard index < end else { break }
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
      if let hit = keys.last(exactKeys[length - 1], .exact), !Self.isAcronym(tokens[start].text) || tokenCount > 1 {
        return Match(term: terms[hit], tokenCount: tokenCount)
      }
      if let hit = keys.last(stemKeys[length - 1], .stem(language)) {
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
    return keys.last(acronym, .acronym) ?? keys.last(acronym.replacingOccurrences(of: ".", with: ""), .acronym)
  }

  /// Known name forms (exact, folded) of a category, for near-miss spelling checks.
  public func nameForms(_ term: Term, language: Language) -> [String] {
    term.forms(in: language) + term.aliases
  }
}

/// Term positions by key, in the order they were added, for every kind of key in one table:
/// a word or phrase as written, its stems in each language, an acronym; and every beginning of
/// a phrase key ("islamic state of"), so that the phrase search can stop as soon as no key
/// begins with its words. One table means one hash per key however many kinds share it
/// ("platform" is both written form and English stem), which keeps a 100,000-entry glossary
/// quick to load. Nearly every key names one term of each kind; the rare others go to `more`.
struct KeyIndex: Sendable {
  enum Kind: Hashable, Sendable {
    case exact
    case stem(Language)
    case acronym

    fileprivate var slot: Int {
      switch self {
      case .exact: 0
      case .stem(.english): 1
      case .stem(.italian): 2
      case .acronym: 3
      }
    }
  }

  /// A key's first position of each kind (-1 for none); a bare prefix has none.
  private struct Entry {
    var positions: SIMD4<Int32> = SIMD4(repeating: -1)

    /// Takes `slot` for `position` when it is free; returns what the slot held before.
    mutating func claim(_ slot: Int, _ position: Int) -> Int32 {
      let existing = positions[slot]
      if existing < 0 { positions[slot] = Int32(position) }
      return existing
    }

    /// Nothing: a call through the dictionary's defaulting subscript adds a bare prefix.
    mutating func touch() {}
  }

  private struct MoreKey: Hashable {
    var key: String
    var slot: Int
  }

  private var entries: [String: Entry] = [:]
  /// Further positions of a key and kind after the first, in the order added.
  private var more: [MoreKey: [Int]] = [:]

  mutating func reserveCapacity(_ count: Int) { entries.reserveCapacity(count) }

  /// A phrase's words as one key, with each of its shorter beginnings.
  struct Phrase: Sendable {
    var key: String
    var prefixes: [String]

    init(_ words: [String]) {
      var prefix = words.first ?? ""
      prefixes = []
      for word in words.dropFirst() {
        prefixes.append(prefix)
        prefix += " " + word
      }
      key = prefix
    }
  }

  /// Indexes a phrase as one key, each of its beginnings as a prefix.
  mutating func insert(_ phrase: Phrase, _ position: Int, _ kind: Kind) {
    for prefix in phrase.prefixes { entries[prefix, default: Entry()].touch() }
    insert(phrase.key, position, kind)
  }

  mutating func insert(_ key: String, _ position: Int, _ kind: Kind) {
    guard !key.isEmpty else { return }
    let slot = kind.slot
    let existing = entries[key, default: Entry()].claim(slot, position)
    guard existing >= 0, Int(existing) != position else { return }
    let moreKey = MoreKey(key: key, slot: slot)
    guard !(more[moreKey]?.contains(position) ?? false) else { return }
    more[moreKey, default: []].append(position)
  }

  /// Whether some key is `key` or begins with its words.
  func contains(_ key: String) -> Bool { entries[key] != nil }

  /// The latest position added under `key` for `kind`.
  func last(_ key: String, _ kind: Kind) -> Int? {
    guard let first = first(key, kind) else { return nil }
    return more.isEmpty ? first : more[MoreKey(key: key, slot: kind.slot)]?.last ?? first
  }

  func first(_ key: String, _ kind: Kind, where accept: (Int) -> Bool) -> Int? {
    guard let first = first(key, kind) else { return nil }
    if accept(first) { return first }
    return more[MoreKey(key: key, slot: kind.slot)]?.first(where: accept)
  }

  func last(_ key: String, _ kind: Kind, where accept: (Int) -> Bool) -> Int? {
    guard let first = first(key, kind) else { return nil }
    if let hit = more[MoreKey(key: key, slot: kind.slot)]?.last(where: accept) { return hit }
    return accept(first) ? first : nil
  }

  private func first(_ key: String, _ kind: Kind) -> Int? {
    guard let entry = entries[key], entry.positions[kind.slot] >= 0 else { return nil }
    return Int(entry.positions[kind.slot])
  }
}

/// Results of parallel chunks, each written once by its own worker under a lock.
final class ChunkResults<Value: Sendable>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = value
  }

  /// Every chunk's value, in chunk order; call after the workers are done.
  var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.map { $0! }
  }
}
