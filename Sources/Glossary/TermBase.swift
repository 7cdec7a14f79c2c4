import CShims
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
  /// Each term's position by its folded id.
  private var ids = KeyIndex()
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
    ids.reserveCapacity(count)
    keys.reserveCapacity(count * 6)
    for layer in layers {
      // A large layer's keys are made on the other cores a run of terms ahead of the (serial)
      // indexing, which makes a run itself rather than wait for one.
      let runs = Self.runs(of: layer.count)
      ChunkPipeline<TermKeys>(count: runs.count - 1, helpers: ProcessInfo.processInfo.activeProcessorCount - 1)
        .run { run in TermKeys(layer[runs[run]..<runs[run + 1]]) } consume: { run, chunk in
          for index in 0..<chunk.count { add(layer[runs[run] + index], keys: chunk, at: index) }
        }
    }
  }

  /// Where each run of a layer's terms begins, and where the last one ends: one run for a
  /// small layer, runs of 2,048 terms for a large one.
  static func runs(of count: Int) -> [Int] {
    guard count >= 5_000 else { return [0, count] }
    return Array(stride(from: 0, to: count, by: 2_048)) + [count]
  }

  /// The shipped glossary and CLDR's region names.
  public static func standard() throws(GlossaryError) -> TermBase {
    let shipped = try TSVGlossaryReader().parse(ShippedGlossary.tsv, path: "Glossary/en-it.tsv")
    return TermBase(layers: [RegionNames.languages, RegionNames.terms, shipped])
  }

  public mutating func add(_ term: Term) { add(term, keys: TermKeys(CollectionOfOne(term)), at: 0) }

  /// Adds `term`, whose keys are the `number`th term's of `termKeys`.
  private mutating func add(_ term: Term, keys termKeys: TermKeys, at number: Int) {
    if number + 1 < termKeys.count {
      // The next term's probes load while this one's run.
      ids.prefetch(termKeys.ids[number + 1].hash)
      for key in termKeys.keys(of: number + 1) { keys.prefetch(key.hash) }
    }
    let idKey = termKeys.ids[number]
    var existing = termKeys.bytes.withUnsafeBufferPointer { ids.first(idKey.bytes(in: $0), hash: idKey.hash, .exact) { _ in true } }
    if existing == nil {
      existing = termKeys.bytes.withUnsafeBufferPointer { bytes in
        for key in termKeys.keys(of: number) where key.isEnglishExact {
          let hit = keys.first(key.bytes(in: bytes), hash: key.hash, .exact) { terms[$0].category == term.category }
          if let hit { return hit }
        }
        return nil
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
      index(existing, TermKeys(CollectionOfOne(merged)), at: 0)
    } else {
      terms.append(term)
      termKeys.bytes.withUnsafeBufferPointer { ids.insert(idKey.bytes(in: $0), hash: idKey.hash, terms.count - 1, kinds: KeyIndex.Kind.exact.bit) }
      index(terms.count - 1, termKeys, at: number)
    }
  }

  private static func union(_ first: [String], _ second: [String]) -> [String] {
    var seen: Set<String> = []
    return (first + second).filter { seen.insert($0).inserted }
  }

  private mutating func index(_ position: Int, _ termKeys: TermKeys, at number: Int) {
    maxWords = max(maxWords, termKeys.maxWords)
    termKeys.bytes.withUnsafeBufferPointer { bytes in
      for key in termKeys.keys(of: number) where key.isIndexed {
        keys.insert(key.bytes(in: bytes), hash: key.hash, position, kinds: key.kinds)
      }
    }
  }

  /// What indexing a run of terms needs of their text: each term's folded id, and every key of
  /// its forms (written, stemmed, acronym, and each beginning of a phrase) as ranges of one byte
  /// buffer, hashed. Pure, so that a large layer's keys are made on every core before the
  /// (serial) indexing; one buffer for the whole run, so that a 100,000-entry glossary makes
  /// neither a String a key nor an array a term.
  struct TermKeys: Sendable {
    struct Key: Sendable {
      var start: Int32
      var end: Int32
      var hash: UInt64
      /// The kinds the key is indexed under, one bit each (`KeyIndex.Kind.bit`); none for a key
      /// that only begins a phrase.
      var kinds: UInt8
      /// False for a key used only to find a term to merge with.
      var isIndexed: Bool
      /// A written English form: where a later layer finds the term it adds to.
      var isEnglishExact: Bool

      func bytes(in buffer: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: buffer[Int(start)..<Int(end)])
      }
    }

    /// Each term's folded id, as a key of `bytes`.
    var ids: [Key] = []
    var bytes: [UInt8] = []
    var keys: [Key] = []
    /// Where each term's keys begin in `keys`, and where the last one's end.
    private var keyStarts: [Int] = [0]
    /// The most words any of the terms' forms has.
    var maxWords = 0

    init(_ terms: some Collection<Term>) {
      ids.reserveCapacity(terms.count)
      keyStarts.reserveCapacity(terms.count + 1)
      bytes.reserveCapacity(terms.count * 64)
      keys.reserveCapacity(terms.count * 10)
      for term in terms {
        let idStart = bytes.count
        bytes.append(contentsOf: Folding.fold(term.id).utf8)
        ids.append(key(idStart, bytes.count, kinds: 0, isIndexed: false, isEnglishExact: false))
        let isName = term.category.isName
        for form in term.english { add(form, language: .english, isName: isName) }
        for form in term.italian { add(form, language: .italian, isName: isName) }
        for form in term.aliases { add(form, language: nil, isName: isName) }
        keyStarts.append(keys.count)
      }
    }

    var count: Int { ids.count }

    func keys(of number: Int) -> ArraySlice<Key> { keys[keyStarts[number]..<keyStarts[number + 1]] }

    /// A form's keys: as written and, for a common noun, stemmed in its language (an alias, in
    /// both); an acronym only as written, in capitals.
    private mutating func add(_ form: String, language: Language?, isName: Bool) {
      let start = bytes.count
      let ends = TermBase.appendWords(form, to: &bytes)
      maxWords = max(maxWords, ends.count)
      if TermBase.isAcronym(form) {
        // Its words serve only to find an English form's term; the key is the acronym itself.
        if language == .english, let last = ends.last { append(start, last, kinds: 0, isIndexed: false, isEnglishExact: true) }
        let acronymStart = bytes.count
        bytes.append(contentsOf: form.utf8)
        append(acronymStart, bytes.count, kinds: KeyIndex.Kind.acronym.bit, isIndexed: true, isEnglishExact: false)
        return
      }
      guard !ends.isEmpty else { return }
      appendPhrase(start, ends, kind: .exact, isEnglishExact: language == .english)
      guard !isName else { return }
      for stemLanguage in language.map({ [$0] }) ?? Language.allCases {
        let stemmer = Stemmer(language: stemLanguage)
        let stemStart = bytes.count
        var stemEnds: [Int] = []
        stemEnds.reserveCapacity(ends.count)
        for (offset, end) in ends.enumerated() {
          if offset > 0 { bytes.append(0x20) }
          let wordStart = bytes.count
          for index in (offset == 0 ? start : ends[offset - 1] + 1)..<end { bytes.append(bytes[index]) }
          stemmer.stem(&bytes, from: wordStart)
          stemEnds.append(bytes.count)
        }
        appendPhrase(stemStart, stemEnds, kind: .stem(stemLanguage), isEnglishExact: false)
      }
    }

    /// A phrase as one key of `kind`, each of its shorter beginnings as a bare beginning.
    /// Each beginning's hash continues the one before it, so a phrase is hashed once.
    private mutating func appendPhrase(_ start: Int, _ ends: [Int], kind: KeyIndex.Kind, isEnglishExact: Bool) {
      var state = ByteKeys.hashSeed
      var hashed = start
      for (offset, end) in ends.enumerated() {
        state = bytes.withUnsafeBufferPointer { ByteKeys.mix(state, UnsafeBufferPointer(rebasing: $0[hashed..<end])) }
        hashed = end
        let isWhole = offset == ends.count - 1
        append(
          Key(
            start: Int32(start), end: Int32(end), hash: ByteKeys.finish(state), kinds: isWhole ? kind.bit : 0, isIndexed: true,
            isEnglishExact: isWhole && isEnglishExact))
      }
    }

    /// Adds a key, or joins it to the term's key of the same bytes: a word is often its own stem
    /// ("widget") and an alias the same in both languages, and one probe of the index serves all.
    private mutating func append(_ start: Int, _ end: Int, kinds: UInt8, isIndexed: Bool, isEnglishExact: Bool) {
      append(key(start, end, kinds: kinds, isIndexed: isIndexed, isEnglishExact: isEnglishExact))
    }

    private mutating func append(_ new: Key) {
      let termStart = keyStarts[keyStarts.count - 1]
      let same = bytes.withUnsafeBufferPointer { buffer in
        keys[termStart...].firstIndex { old in
          old.hash == new.hash && old.isIndexed == new.isIndexed && old.bytes(in: buffer).elementsEqual(new.bytes(in: buffer))
        }
      }
      guard let same else { return keys.append(new) }
      keys[same].kinds |= new.kinds
      keys[same].isEnglishExact = keys[same].isEnglishExact || new.isEnglishExact
    }

    private func key(_ start: Int, _ end: Int, kinds: UInt8, isIndexed: Bool, isEnglishExact: Bool) -> Key {
      let hash = bytes.withUnsafeBufferPointer { ByteKeys.hash(UnsafeBufferPointer(rebasing: $0[start..<end])) }
      return Key(start: Int32(start), end: Int32(end), hash: hash, kinds: kinds, isIndexed: isIndexed, isEnglishExact: isEnglishExact)
    }
  }

  /// The singulars an Italian plural may have, most likely first: "casi" → "caso", "case" →
  /// "casa", "banche" → "banca", "luoghi" → "luogo". Tried before the stemmer, which cannot
  /// tell "casi" (cases) from "case" (houses).
  public static func italianSingulars(_ word: String) -> [String] {
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
    isPlain(token.folded) ? [token.folded] : words(token.text)
  }

  /// Whether a folded token is one word of lowercase ASCII letters and digits, its own key.
  static func isPlain(_ folded: String) -> Bool {
    let isPlainByte = { (byte: UInt8) in (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) }
    return !folded.isEmpty && (folded.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(isPlainByte) } ?? folded.utf8.allSatisfy(isPlainByte))
  }

  /// Whether some key begins with the plain word `folded`, as written or stemmed.
  private func mayBeginKey(_ folded: String, stemmer: Stemmer) -> Bool {
    var word = folded
    return word.withUTF8 { bytes in
      if keys.contains(bytes) { return true }
      // Stemmed in a scratch buffer on the stack: the stem is a prefix of the word's length,
      // with at most one letter changed ("agencies" → "agency").
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { scratch in
        _ = scratch.initialize(fromContentsOf: bytes)
        let length = stemmer.stem(scratch)
        let stem = UnsafeBufferPointer(rebasing: scratch[..<length])
        // A stem of the word's length is the word unless a letter changed.
        let isWord = length == bytes.count && !(0..<length).contains { stem[$0] != bytes[$0] }
        return isWord ? false : keys.contains(stem)
      }
    }
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
    // ASCII, the common case, is split on its bytes by the same code that makes the keys.
    if form.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x60 }) {
      var bytes: [UInt8] = []
      var start = 0
      return appendWords(form, to: &bytes).map { end in
        defer { start = end + 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
      }
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

  /// Appends a form's folded words to `bytes`, one space apart, and returns where each word
  /// ends: lowercased, split at anything but letters, digits and apostrophes, without a
  /// possessive "'s" or trailing apostrophes. An ASCII form is split here on its bytes (and
  /// `words(_:)` splits ASCII by calling this); any other goes through `words(_:)`'s folding.
  static func appendWords(_ form: String, to bytes: inout [UInt8]) -> [Int] {
    var ends: [Int] = []
    guard form.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x60 }) else {
      for word in words(form) {
        if !ends.isEmpty { bytes.append(0x20) }
        bytes.append(contentsOf: word.utf8)
        ends.append(bytes.count)
      }
      return ends
    }
    let apostrophe = UInt8(ascii: "'")
    var wordStart = -1
    func close() {
      if bytes.count - wordStart >= 2, bytes[bytes.count - 2] == apostrophe, bytes[bytes.count - 1] == UInt8(ascii: "s") {
        bytes.removeLast(2)
      }
      while bytes.count > wordStart, bytes[bytes.count - 1] == apostrophe { bytes.removeLast() }
      if bytes.count > wordStart {
        ends.append(bytes.count)
      } else if !ends.isEmpty {
        bytes.removeLast()
      }
      wordStart = -1
    }
    for byte in form.utf8 {
      let lowered = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
      if (0x61...0x7A).contains(lowered) || (0x30...0x39).contains(lowered) || lowered == apostrophe {
        if wordStart < 0 {
          if !ends.isEmpty { bytes.append(0x20) }
          wordStart = bytes.count
        }
        bytes.append(lowered)
      } else if wordStart >= 0 {
        close()
      }
    }
    if wordStart >= 0 { close() }
    return ends
  }

  public func term(id: String) -> Term? { ids.last(Folding.fold(id), .exact).map { terms[$0] } }

  public func term(at position: Int) -> Term { terms[position] }

  /// The term a single word or phrase names in `language`, exactly or by stem.
  public func lookup(_ phrase: String, language: Language) -> Term? {
    if Self.isPlain(phrase) { return lookup(plainWord: phrase, language: language) }
    if Self.isAcronym(phrase), let hit = keys.last(phrase, .acronym) { return terms[hit] }
    let words = Self.words(phrase)
    let key = words.joined(separator: " ")
    if let hit = keys.last(key, .exact) { return terms[ownLanguageHit(key, hit, language) ?? hit] }
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

  /// `lookup` of one plain word (`isPlain`), its own folded word and no acronym: most words
  /// begin no key, which the key table tells without splitting, joining or stemming strings.
  private func lookup(plainWord word: String, language: Language) -> Term? {
    let stemmer = Stemmer(language: language)
    let mayBegin = mayBeginKey(word, stemmer: stemmer)
    func italianSingular() -> Term? {
      // Common nouns only: a name is matched as written, so that a misspelt one stays visible.
      for singular in Self.italianSingulars(word) {
        if let hit = keys.last(singular, .exact, where: { !terms[$0].category.isName }) { return terms[hit] }
      }
      return nil
    }
    if mayBegin, let hit = keys.last(word, .exact) {
      if let own = ownLanguageHit(word, hit, language) { return terms[own] }
      // An Italian plural that is only another term's English form reads as its own
      // singular: "case" is "casa" (houses), not the English "case".
      if language == .italian, let singular = italianSingular() { return singular }
      return terms[hit]
    }
    if language == .italian, let singular = italianSingular() { return singular }
    if mayBegin, let hit = keys.last(stemmer.stem(word), .stem(language)) { return terms[hit] }
    return nil
  }

  /// The term a key found at `hit` names in `language`: a key that is one term's form in the
  /// other language and another's in this one reads as this language's ("Roma" in English are
  /// the Roma people, in Italian Rome). Nil when no term has the key among this language's
  /// forms or the aliases.
  private func ownLanguageHit(_ key: String, _ hit: Int, _ language: Language) -> Int? {
    func isOwnForm(_ term: Term) -> Bool { (term.forms(in: language) + term.aliases).contains { Folding.fold($0) == key } }
    if isOwnForm(terms[hit]) { return hit }
    return keys.last(key, .exact, where: { isOwnForm(terms[$0]) })
  }

  /// A match of a term against a run of word tokens.
  public struct Match: Sendable, Equatable {
    public var term: Term
    /// How many of the given tokens the match covers.
    public var tokenCount: Int
  }

  /// The longest term starting at each of a sentence's tokens, nil where none starts: a
  /// phrase runs over word and number tokens and never across punctuation. The entity readers
  /// and the alignment's keys look phrases up at the same tokens; found once here, each reads
  /// them from `ArticleTokens`.
  public func phrases(in tokens: [Token], language: Language) -> [Match?] {
    var result = [Match?](repeating: nil, count: tokens.count)
    var runEnd = 0
    for start in tokens.indices where tokens[start].kind != .punctuation {
      if runEnd <= start {
        runEnd = start
        while runEnd < tokens.count, tokens[runEnd].kind != .punctuation { runEnd += 1 }
      }
      result[start] = longestMatch(in: tokens, at: start, end: min(runEnd, start + maxWords + 1), language: language)
    }
    return result
  }

  /// The longest term that starts at `tokens[start]` and ends before `tokens[end]`, trying
  /// phrases of up to `maxWords` words.
  /// `tokens` should hold the sentence's word and number tokens only.
  public func longestMatch(in tokens: [Token], at start: Int, end: Int? = nil, language: Language) -> Match? {
    let end = min(end ?? tokens.count, tokens.count)
    guard start < end else { return nil }
    let stemmer = Stemmer(language: language)
    // Most words begin no key: a plain word is told so on its bytes, without making strings;
    // any other, on its folded words.
    let isPlain = Self.isPlain(tokens[start].folded)
    if isPlain, !mayBeginKey(tokens[start].folded, stemmer: stemmer) {
      return acronymHit(tokens, at: start, language: language).map { Match(term: terms[$0], tokenCount: 1) }
    }
    let firstTokenWords = Self.words(of: tokens[start])
    guard let first = firstTokenWords.first else { return nil }
    let firstStem = stemmer.stem(first)
    guard isPlain || keys.contains(first) || keys.contains(firstStem) else {
      return acronymHit(tokens, at: start, language: language).map { Match(term: terms[$0], tokenCount: 1) }
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
        if let hit = acronymHit(tokens, at: start, language: language) { return Match(term: terms[hit], tokenCount: 1) }
      }
      if let hit = keys.last(exactKeys[length - 1], .exact), !Self.isAcronym(tokens[start].text) || tokenCount > 1 {
        // Most keys are one term's: only a key two terms share is read by language.
        let key = exactKeys[length - 1]
        let isShared = keys.last(key, .exact, where: { $0 != hit }) != nil
        return Match(term: terms[isShared ? ownLanguageHit(key, hit, language) ?? hit : hit], tokenCount: tokenCount)
      }
      if let hit = keys.last(stemKeys[length - 1], .stem(language)) {
        return Match(term: terms[hit], tokenCount: tokenCount)
      }
    }
    if !acronymTried, let hit = acronymHit(tokens, at: start, language: language) { return Match(term: terms[hit], tokenCount: 1) }
    return nil
  }

  /// The acronym a sentence's token spells; in Italian also one written in title case ("l'Ue",
  /// "all'Onu", "gli Usa"), except as the sentence's first word ("Usa il telefono": uses).
  private func acronymHit(_ tokens: [Token], at start: Int, language: Language) -> Int? {
    let text = tokens[start].text
    if let hit = acronymHit(text) { return hit }
    guard language == .italian, start > 0, (2...4).contains(text.utf8.count), let first = text.utf8.first,
      (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(first), text.utf8.dropFirst().allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) }),
      !Self.italianShortWords.contains(tokens[start].folded)
    else { return nil }
    return keys.last(text.uppercased(), .acronym)
  }

  /// Italian articles, prepositions, pronouns and conjunctions a title capitalises ("Un", "Per"),
  /// which no title-case acronym is.
  static let italianShortWords: Set<String> = [
    "un", "una", "uno", "il", "lo", "la", "le", "gli", "di", "da", "in", "con", "su", "per", "tra", "fra", "del", "dei", "al", "ai",
    "dal", "nel", "nei", "col", "sul", "sui", "ma", "se", "che", "chi", "non", "mi", "ti", "ci", "vi", "si", "ne", "lui", "lei",
    "noi", "voi", "loro", "ed", "ad", "od", "come", "piu", "gia", "anche", "dove", "cosa", "ora", "poi", "mai", "tutto", "ogni",
  ]

  /// The acronym a token spells ("EU", "U.N.", "NATO's"), looked up with and without its dots.
  private func acronymHit(_ text: String) -> Int? {
    // Most words begin with an ASCII byte that is no capital, told without decoding a scalar.
    if let byte = text.utf8.first, byte < 0x80, !(UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) { return nil }
    guard let first = text.unicodeScalars.first, ScalarClass.isUppercase(first) else { return nil }
    let acronym = Folding.withoutPossessive(text)
    guard !acronym.isEmpty, Self.isAcronym(acronym) else { return nil }
    if let hit = keys.last(acronym, .acronym) { return hit }
    guard acronym.containsByte(UInt8(ascii: ".")) else { return nil }
    return keys.last(String(acronym.filter { $0 != "." }), .acronym)
  }

  /// Known name forms (exact, folded) of a category, for near-miss spelling checks.
  public func nameForms(_ term: Term, language: Language) -> [String] {
    term.forms(in: language) + term.aliases
  }
}

/// Term positions by key, in the order they were added, for every kind of key in one table:
/// a word or phrase as written, its stems in each language, an acronym; and every beginning of
/// a phrase key ("islamic state of"), so that the phrase search can stop as soon as no key
/// begins with its words. One table means one probe per key however many kinds share it
/// ("platform" is both written form and English stem). Keys are UTF-8 bytes in one arena, found
/// through an open-addressing table of their 64-bit hashes, so that loading a 100,000-entry
/// glossary makes no String and no allocation per key. Nearly every key names one term of each
/// kind; the rare others go to `more`.
struct KeyIndex: Sendable {
  enum Kind: Hashable, Sendable {
    case exact
    case stem(Language)
    case acronym

    var slot: Int {
      switch self {
      case .exact: 0
      case .stem(.english): 1
      case .stem(.italian): 2
      case .acronym: 3
      }
    }

    var bit: UInt8 { 1 << UInt8(slot) }
  }

  private struct MoreKey: Hashable {
    var entry: Int32
    var slot: Int8
  }

  private var table = ByteKeys()
  /// Each key's first position of each kind (-1 for none), by the key's number; a bare phrase
  /// beginning has none.
  private var positions: [SIMD4<Int32>] = []
  /// Further positions of a key and kind after the first, in the order added.
  private var more: [MoreKey: [Int]] = [:]

  mutating func reserveCapacity(_ count: Int) {
    table.reserveCapacity(count)
    positions.reserveCapacity(count)
  }

  /// Begins loading the slot where a search for `hash` starts.
  func prefetch(_ hash: UInt64) { table.prefetch(hash) }

  private func entry(_ key: String) -> Int? { table.number(of: key) }

  /// Indexes `position` under `key` for each kind in `kinds` (`Kind.bit`s); with none, the key
  /// only begins a phrase.
  mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, _ position: Int, kinds: UInt8) {
    guard !key.isEmpty else { return }
    let (number, inserted) = table.insert(key, hash: hash)
    if inserted { positions.append(SIMD4(repeating: -1)) }
    for slot in 0..<4 where kinds & (1 << UInt8(slot)) != 0 {
      let existing = positions[number][slot]
      if existing < 0 {
        positions[number][slot] = Int32(position)
        continue
      }
      guard Int(existing) != position else { continue }
      let moreKey = MoreKey(entry: Int32(number), slot: Int8(slot))
      guard !(more[moreKey]?.contains(position) ?? false) else { continue }
      more[moreKey, default: []].append(position)
    }
  }

  /// Whether some key is `key` or begins with its words.
  func contains(_ key: String) -> Bool { entry(key) != nil }

  func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool { table.contains(key) }

  /// The latest position added under `key` for `kind`.
  func last(_ key: String, _ kind: Kind) -> Int? {
    guard let number = entry(key), let first = first(number, kind) else { return nil }
    return more.isEmpty ? first : more[MoreKey(entry: Int32(number), slot: Int8(kind.slot))]?.last ?? first
  }

  func first(_ key: String, _ kind: Kind, where accept: (Int) -> Bool) -> Int? {
    var key = key
    return key.withUTF8 { first($0, hash: ByteKeys.hash($0), kind, where: accept) }
  }

  func first(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64, _ kind: Kind, where accept: (Int) -> Bool) -> Int? {
    guard let number = table.number(of: key, hash: hash), let first = first(number, kind) else { return nil }
    if accept(first) { return first }
    return more[MoreKey(entry: Int32(number), slot: Int8(kind.slot))]?.first(where: accept)
  }

  func last(_ key: String, _ kind: Kind, where accept: (Int) -> Bool) -> Int? {
    guard let number = entry(key), let first = first(number, kind) else { return nil }
    if let hit = more[MoreKey(entry: Int32(number), slot: Int8(kind.slot))]?.last(where: accept) { return hit }
    return accept(first) ? first : nil
  }

  private func first(_ number: Int, _ kind: Kind) -> Int? {
    let position = positions[number][kind.slot]
    return position >= 0 ? Int(position) : nil
  }
}
