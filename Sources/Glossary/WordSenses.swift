import Core
import Foundation

/// English and Italian common words and the senses they share, from MultiWordNet: "platform"
/// and "piattaforma" share a sense, "identified" and "identificati" reach the same one through
/// their lemma keys.
///
/// Two uses: sentence alignment sees translated content words, not only cognates; and a name
/// made only of common words ("Cold War", "Guerra Fredda") is known to be translatable, so
/// that its translation is not taken for a swapped name.
public struct WordSenses: Sendable {
  /// English lemma keys, numbered: first every key of a sense, in the order the senses give
  /// them, then the keys only an antonym pair has. Reading a word in English makes no strings.
  private var englishKeyTable = ByteKeys()
  /// The senses of each English lemma key, by its number (none for an antonym's own key).
  private var englishSenses = NumberLists()
  /// Italian lemma keys, numbered, and the senses of each.
  private var italianKeyTable = ByteKeys()
  private var italianSenses = NumberLists()
  /// The lemmas of the senses, both languages, folded.
  private var common = ByteKeys()
  /// WordNet's English lemmas (a list of its own, not repeated in `common`).
  private var commonEnglish = ByteKeys()
  /// The English lemma key numbers of each sense, for reading an Italian word in English.
  private var englishKeys = NumberLists()
  /// English antonyms by lemma key: "increase" → ["decreas"].
  private var antonyms: [Int32: [Int32]] = [:]
  /// The senses one of whose English lemmas has an antonym.
  private var opposedSenses: Set<Int32> = []
  /// Each sense's part of speech, as MultiWordNet writes it ("n", "v", "a", "r").
  private var partsOfSpeech: [UInt8] = []
  /// WordNet's antonym pairs by the lemma key of their first word, with both lemmas whole and
  /// the part of speech: what a reading by lemma key alone cannot tell apart ("records" and
  /// "recorded" share the key "record"; "appena" reads as the adverb "new", not the adjective).
  private var antonymPairs: [Int32: [Antonym]] = [:]
  /// English lemma keys of words that negate their antonym by a prefix ("impossible",
  /// "unknown", "unemployed"): an Italian word read as one of them negates as they do.
  private var negatedKeys: Set<Int32> = []
  /// Every WordNet antonym pair of any part of speech, as "word\topposite": for telling a
  /// negative prefix ("unknown", "disagree") from a word that only begins like one ("unearth").
  private var opposedLemmas = ByteKeys()

  /// One WordNet antonym pair: a word, its opposite, and their part of speech.
  public struct Antonym: Sendable {
    public let word: String
    public let opposite: String
    public let oppositeKey: Int32
    public let partOfSpeech: UInt8
  }

  /// The shipped senses, parsed once.
  public static let shipped = WordSenses(
    tsv: ShippedWordSenses.tsv, antonyms: ShippedAntonyms.tsv, englishWords: ShippedEnglishWords.text)

  public init(tsv: String, antonyms antonymTSV: String = "", englishWords: String = "") {
    // Parsed on the UTF-8 bytes of each text, with offsets, into tables of bytes: the files
    // have some hundred thousand lemmas and words, read on every start.
    englishKeyTable = ByteKeys(capacity: 40_000)
    italianKeyTable = ByteKeys(capacity: 40_000)
    common = ByteKeys(capacity: 80_000)
    // Pairs of a key's number and a sense; a key's senses in order, each once.
    var englishPairs: (keys: [Int32], senses: [Int32]) = ([], [])
    var italianPairs: (keys: [Int32], senses: [Int32]) = ([], [])
    var senseKeys: (senses: [Int32], keys: [Int32]) = ([], [])
    var lastSense: (english: [Int32], italian: [Int32]) = ([], [])
    var sense: Int32 = 0
    Self.forEachLine(of: tsv) { line in
      guard line.first != 0x23 else { return }
      // Three fields: part of speech, English lemmas, Italian lemmas; exactly two tabs.
      guard let firstTab = line.firstIndex(of: 0x09) else { return }
      let rest = UnsafeBufferPointer(rebasing: line[(firstTab + 1)...])
      guard let secondTab = rest.firstIndex(of: 0x09), !rest[(secondTab + 1)...].contains(0x09) else { return }
      Self.forEachLemma(in: UnsafeBufferPointer(rebasing: rest[..<secondTab])) { lemma in
        guard let key = Self.insert(lemma, .english, sense, &englishKeyTable, &englishPairs, &lastSense.english, &common) else { return }
        senseKeys.senses.append(sense)
        senseKeys.keys.append(key)
      }
      partsOfSpeech.append(firstTab > 0 ? line[0] : 0)
      Self.forEachLemma(in: UnsafeBufferPointer(rebasing: rest[(secondTab + 1)...])) { lemma in
        _ = Self.insert(lemma, .italian, sense, &italianKeyTable, &italianPairs, &lastSense.italian, &common)
      }
      sense += 1
    }
    englishSenses = NumberLists(keys: englishPairs.keys, values: englishPairs.senses, keyCount: englishKeyTable.count)
    italianSenses = NumberLists(keys: italianPairs.keys, values: italianPairs.senses, keyCount: italianKeyTable.count)
    englishKeys = NumberLists(keys: senseKeys.senses, values: senseKeys.keys, keyCount: Int(sense))
    commonEnglish = ByteKeys(capacity: 70_000)
    Self.forEachLine(of: englishWords) { line in
      guard !line.isEmpty, line.first != 0x23 else { return }
      commonEnglish.insert(line)
    }
    Self.forEachLine(of: antonymTSV) { line in
      guard !line.isEmpty, line.first != 0x23 else { return }
      let fields = Self.fields(line, separator: 0x09, omittingEmpty: true)
      if fields.count == 3 { opposedLemmas.insert(Array(fields[1]) + [0x09] + Array(fields[2])) }
      addAntonym(fields.map { String(decoding: $0, as: UTF8.self) })
    }
    for sense in 0..<englishKeys.keyCount where englishKeys[sense].contains(where: { antonyms[$0] != nil }) { opposedSenses.insert(Int32(sense)) }
  }

  /// Calls `body` with each line of `text` (split at "\n"), as bytes of the text's storage.
  private static func forEachLine(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var text = text
    text.withUTF8 { bytes in
      var lineStart = 0
      while lineStart < bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
        body(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]))
        lineStart = lineEnd + 1
      }
    }
  }

  /// Calls `body` with each lemma of a field, between "|" bytes, leaving out empty ones.
  private static func forEachLemma(in field: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
    var lemmaStart = 0
    for index in 0...field.count where index == field.count || field[index] == 0x7C {
      if index > lemmaStart { body(UnsafeBufferPointer(rebasing: field[lemmaStart..<index])) }
      lemmaStart = index + 1
    }
  }

  /// The fields of a line between `separator` bytes; empty ones kept or left out.
  private static func fields(_ line: UnsafeBufferPointer<UInt8>, separator: UInt8, omittingEmpty: Bool) -> [UnsafeBufferPointer<UInt8>] {
    var result: [UnsafeBufferPointer<UInt8>] = []
    var fieldStart = 0
    for index in 0...line.count where index == line.count || line[index] == separator {
      if !omittingEmpty || index > fieldStart { result.append(UnsafeBufferPointer(rebasing: line[fieldStart..<index])) }
      fieldStart = index + 1
    }
    return result
  }

  /// Reads one line of the antonym file: part of speech, word, antonym.
  private mutating func addAntonym(_ fields: [String]) {
    if fields.count == 3 {
      let (word, opposite) = (fields[1], fields[2])
      if word.utf8.count > opposite.utf8.count, word.hasSuffix(opposite),
        ["un", "in", "im", "ir", "il", "dis", "non"].contains(String(word.dropLast(opposite.count))),
        let key = englishKeyNumber(Self.lemmaKey(word, language: .english))
      {
        negatedKeys.insert(key)
      }
    }
    // Verb antonyms ("rise"/"fall", "give"/"take") are too often rephrased ("were down" for
    // "calati"): with them, faithful NTREX articles raised more false alarms ("win" against
    // "vinta", "begin" against "fine") and DEMETR found nothing more. Adjectives, adverbs
    // and nouns ("victory"/"defeat", "presence"/"absence") carry polarity; a noun's false
    // alarms came from a verb read as the noun ("to end poverty") and a translation that
    // changed the part of speech ("his defense" for "difendere"), which the rule tells apart.
    guard fields.count == 3, ["a", "r", "n"].contains(fields[0]) else { return }
    let word = number(Self.lemmaKey(fields[1], language: .english))
    let opposite = number(Self.lemmaKey(fields[2], language: .english))
    if !(antonyms[word]?.contains(opposite) ?? false) { antonyms[word, default: []].append(opposite) }
    antonymPairs[word, default: []].append(
      Antonym(word: fields[1], opposite: fields[2], oppositeKey: opposite, partOfSpeech: fields[0].utf8.first ?? 0))
  }

  private mutating func number(_ key: String) -> Int32 { Int32(englishKeyTable.insert(key).number) }

  /// Whether a word of `language` may read as an English lemma that has an antonym: a cheap
  /// test that spares sentences without one the full antonym check.
  public func mayHaveOpposite(_ folded: String, language: Language) -> Bool {
    switch language {
    case .english: englishKeyNumber(Self.lemmaKey(folded, language: .english)).map { antonyms[$0] != nil } ?? false
    case .italian: senses(of: folded, language: .italian).contains(where: opposedSenses.contains)
    }
  }

  /// The numbers of the English lemma keys a word of `language` may stand for, in increasing
  /// order: its own key for English (none when no sense or antonym has it, for then nothing
  /// can be its translation or its opposite), the English lemmas of its senses for Italian.
  public func englishReadings(of folded: String, language: Language) -> [Int32] {
    switch language {
    case .english:
      return englishKeyNumber(Self.lemmaKey(folded, language: .english)).map { [$0] } ?? []
    case .italian:
      var result: [Int32] = []
      let own = senses(of: folded, language: .italian)
      for sense in own { result.append(contentsOf: englishKeys(ofSense: sense)) }
      if own.isEmpty, let base = Self.negatedBase(folded) {
        // A word MultiWordNet lacks that negates one it has ("impopolare", "scorretto") reads
        // as the opposites of that word's readings.
        for sense in senses(of: base, language: .italian) {
          for key in englishKeys(ofSense: sense) { result.append(contentsOf: antonyms[key] ?? []) }
        }
      }
      result.sort()
      var unique = 0
      for key in result where unique == 0 || result[unique - 1] != key {
        result[unique] = key
        unique += 1
      }
      result.removeLast(result.count - unique)
      return result
    }
  }

  /// Whether an Italian word reads, in half of its senses or more, as an English word that
  /// negates its antonym by a prefix: "impossibile" (impossible), "sconosciuto" (unknown).
  public func readsAsNegated(_ folded: String) -> Bool {
    let own = senses(of: folded, language: .italian)
    guard !own.isEmpty else { return false }
    let negated = own.filter { englishKeys(ofSense: $0).contains(where: negatedKeys.contains) }.count
    return negated * 2 >= own.count
  }

  /// The parts of speech ("n", "v", "a", "r") of a word's senses, by its lemma key.
  public func partsOfSpeech(of folded: String, language: Language) -> Set<UInt8> {
    Set(senses(of: folded, language: language).compactMap { Int($0) < partsOfSpeech.count ? partsOfSpeech[Int($0)] : nil })
  }

  /// The numbers of a sense's English lemma keys.
  public func englishKeys(ofSense sense: Int32) -> ArraySlice<Int32> { englishKeys[Int(sense)] }

  /// The word an Italian negative prefix (in-, im-, ir-, il-, dis-, s-) is put before, when
  /// what remains is long enough to be a word of its own: "impopolare" → "popolare".
  static func negatedBase(_ folded: String) -> String? {
    for prefix in ["dis", "in", "im", "ir", "il", "s"] where folded.hasPrefix(prefix) {
      let base = String(folded.dropFirst(prefix.count))
      if base.count >= 5 { return base }
    }
    return nil
  }

  /// An English lemma key's number, when a sense or an antonym pair has the key.
  public func englishKeyNumber(_ key: String) -> Int32? { englishKeyTable.number(of: key).map(Int32.init) }

  /// The English lemma key numbered `number`.
  public func englishKey(_ number: Int32) -> String { englishKeyTable.key(Int(number)) }

  /// The English antonyms of an English lemma key: "increas" → ["decreas"].
  public func antonyms(ofEnglishKey number: Int32) -> [Int32] { antonyms[number] ?? [] }

  /// The antonym pairs a word of `language` that reads as the English lemma key `key` is the
  /// first word of: for an English word, only pairs whose lemma it inflects ("older" is "old",
  /// "records" is not "recorded").
  public func antonyms(of folded: String, readingAs key: Int32, language: Language) -> [Antonym] {
    let pairs = antonymPairs[key] ?? []
    guard language == .english else { return pairs }
    return pairs.filter { Self.isInflection(folded, of: $0.word) }
  }

  /// Whether a word of `language` can mean the opposite of an antonym pair: an English word that
  /// inflects the opposite's lemma; an Italian word with a sense that has it, unless every such
  /// sense is the other of adjective and adverb ("appena" is the adverb "new", never the
  /// adjective opposed to "old"; but MultiWordNet has few Italian adjectives, and the noun
  /// sense of "presente" stands for the adjective opposed to "absent"); or a word MultiWordNet
  /// lacks that negates one with such a sense.
  public func reads(_ folded: String, language: Language, asOppositeIn pair: Antonym) -> Bool {
    switch language {
    case .english:
      return Self.isInflection(folded, of: pair.opposite)
    case .italian:
      let own = senses(of: folded, language: .italian)
      if own.isEmpty { return englishReadings(of: folded, language: .italian).contains(pair.oppositeKey) }
      let adjectiveOrAdverb: Set<UInt8> = [UInt8(ascii: "a"), UInt8(ascii: "r")]
      return own.contains { sense in
        guard Int(sense) < partsOfSpeech.count, englishKeys(ofSense: sense).contains(pair.oppositeKey) else { return false }
        let part = partsOfSpeech[Int(sense)]
        return part == pair.partOfSpeech || !adjectiveOrAdverb.contains(part)
      }
    }
  }

  /// Whether a folded English word is an adjective's or adverb's lemma or its comparative or
  /// superlative ("old", "older", "oldest", "late"/"later", "happy"/"happier", "big"/"bigger"),
  /// or the verb a participle adjective is made from ("decrease" for "decreasing", not the noun
  /// "records" for "recorded").
  public static func isInflection(_ word: String, of lemma: String) -> Bool {
    if word == lemma { return true }
    for ending in ["ing", "ed"] where lemma.hasSuffix(ending) {
      let stem = lemma.dropLast(ending.count)
      if word == stem || word == stem + "e" { return true }
    }
    guard word.hasPrefix(lemma.dropLast()), word.count > lemma.count else { return false }
    var stems = [lemma]
    if lemma.hasSuffix("e") { stems.append(String(lemma.dropLast())) }
    if lemma.hasSuffix("y") { stems.append(String(lemma.dropLast()) + "i") }
    if let last = lemma.last { stems.append(lemma + String(last)) }
    return stems.contains { word == $0 + "er" || word == $0 + "est" }
  }

  /// Whether two words, each in its language, share a sense ("platforms" and "piattaforme").
  public func shareSense(_ a: String, _ languageA: Language, _ b: String, _ languageB: Language) -> Bool? {
    let x = senses(of: a, language: languageA)
    let y = senses(of: b, language: languageB)
    guard !x.isEmpty, !y.isEmpty else { return nil }
    return !Set(x).isDisjoint(with: y)
  }

  /// Adds a lemma's folded form to `common` and its lemma key's sense to `pairs`, unless the
  /// key has it already; the key's number, or nil for a lemma of several words.
  private static func insert(
    _ lemma: UnsafeBufferPointer<UInt8>, _ language: Language, _ sense: Int32, _ table: inout ByteKeys,
    _ pairs: inout (keys: [Int32], senses: [Int32]), _ lastSense: inout [Int32], _ common: inout ByteKeys
  ) -> Int32? {
    guard !lemma.contains(0x20) else { return nil }
    func add(_ folded: UnsafeBufferPointer<UInt8>) -> Int32 {
      common.insert(folded)
      let (number, inserted) = table.insert(UnsafeBufferPointer(rebasing: folded[..<lemmaKeyLength(folded, language: language)]))
      if inserted { lastSense.append(-1) }
      if lastSense[number] != sense {
        lastSense[number] = sense
        pairs.keys.append(Int32(number))
        pairs.senses.append(sense)
      }
      return Int32(number)
    }
    if lemma.allSatisfy({ $0 < 0x80 }) { return add(lemma) }
    var folded = Folding.fold(String(decoding: lemma, as: UTF8.self))
    return folded.withUTF8(add)
  }

  /// The senses a folded word of `language` may have, by its lemma key.
  public func senses(of folded: String, language: Language) -> ArraySlice<Int32> {
    var folded = folded
    return folded.withUTF8 { bytes in
      let key = UnsafeBufferPointer(rebasing: bytes[..<Self.lemmaKeyLength(bytes, language: language)])
      return senses(ofKey: key, language: language)
    }
  }

  /// The senses of a lemma key.
  private func senses(ofKey key: UnsafeBufferPointer<UInt8>, language: Language) -> ArraySlice<Int32> {
    switch language {
    case .english: englishKeyTable.number(of: key).map { englishSenses[$0] } ?? []
    case .italian: italianKeyTable.number(of: key).map { italianSenses[$0] } ?? []
    }
  }

  /// Whether a folded word is a common word of either language ("war", "guerra", "white").
  public func isCommonWord(_ folded: String) -> Bool {
    if isDictionaryForm(folded) { return true }
    // Inflected Italian ("montagne", "rocciose") through the lemma keys of its senses — only
    // for a word that has an ending to remove, so that "Fossett" is not "fossetta".
    return hasSense(folded, .italian) || hasSense(folded, .english)
  }

  /// Whether a folded word is an English lemma of WordNet's ("unearth", "unknown").
  public func isOwnEnglishLemma(_ folded: String) -> Bool { commonEnglish.contains(folded) }

  /// Whether WordNet gives two English lemmas as antonyms, in any part of speech ("unknown"
  /// and "known", "disagree" and "agree").
  public func opposes(_ a: String, _ b: String) -> Bool { opposedLemmas.contains("\(a)\t\(b)") || opposedLemmas.contains("\(b)\t\(a)") }

  /// Whether a folded word is written as a lemma of either language, or as an English
  /// inflection of one: stricter than `isCommonWord`, for which "corana" is a form of
  /// "corano" by its lemma key.
  public func isDictionaryForm(_ folded: String) -> Bool {
    if common.contains(folded) || commonEnglish.contains(folded) { return true }
    let stem = Stemmer(language: .english).stem(folded)
    return common.contains(stem) || commonEnglish.contains(stem)
  }

  /// Whether a word with an inflectional ending has a sense under its lemma key.
  private func hasSense(_ folded: String, _ language: Language) -> Bool {
    var folded = folded
    return folded.withUTF8 { bytes in
      let length = Self.lemmaKeyLength(bytes, language: language)
      return length < bytes.count && !senses(ofKey: UnsafeBufferPointer(rebasing: bytes[..<length]), language: language).isEmpty
    }
  }

  /// Whether a folded word is a common word of `language`: "jersey" and "dairy" are English
  /// words, so in an Italian text "Jersey Dairy" is a name kept as it is, not a translation.
  public func isCommonWord(_ folded: String, language: Language) -> Bool {
    switch language {
    case .english:
      return commonEnglish.contains(folded) || commonEnglish.contains(Stemmer(language: .english).stem(folded))
        || hasSense(folded, .english)
    case .italian:
      return hasSense(folded, .italian)
    }
  }

  /// A crude lemma key: the word without its commonest inflectional endings, so that
  /// "identificati", "identificare" and "identificazione" meet, as do "developing" and "develop".
  public static func lemmaKey(_ word: String, language: Language) -> String {
    var word = word
    return word.withUTF8 { bytes in
      let length = lemmaKeyLength(bytes, language: language)
      return length == bytes.count ? nil : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<length]), as: UTF8.self)
    } ?? word
  }

  /// The length of a word's lemma key, which is always the word's beginning.
  static func lemmaKeyLength(_ bytes: UnsafeBufferPointer<UInt8>, language: Language) -> Int {
    guard let last = bytes.last else { return 0 }
    // Only the endings that end in the word's last byte can match; they are tried in the
    // order of the list, as the first that matches gives the key.
    for ending in (language == .english ? englishEndingBytes : italianEndingBytes)[Int(last)]
    where bytes.count - ending.count >= 3 && bytes[(bytes.count - ending.count)...].elementsEqual(ending) {
      var stemCount = bytes.count - ending.count
      // An Italian plural keeps its hard "c" or "g" with an "h": "giochi" and "gioco",
      // "bianche" and "bianco" share a key.
      if language == .italian, stemCount >= 4, bytes[stemCount - 1] == UInt8(ascii: "h"),
        bytes[stemCount - 2] == UInt8(ascii: "c") || bytes[stemCount - 2] == UInt8(ascii: "g")
      {
        stemCount -= 1
      }
      return stemCount
    }
    return bytes.count
  }

  private static let englishEndingBytes = byLastByte(englishEndings)
  private static let italianEndingBytes = byLastByte(italianEndings)

  /// Endings as bytes, in 256 lists by their last byte, each list in the endings' order.
  private static func byLastByte(_ endings: [String]) -> [[[UInt8]]] {
    var lists = [[[UInt8]]](repeating: [], count: 256)
    for ending in endings { if let last = ending.utf8.last { lists[Int(last)].append(Array(ending.utf8)) } }
    return lists
  }

  static let englishEndings = ["ations", "ation", "ings", "ing", "ies", "ied", "ier", "iest", "ed", "er", "est", "es", "s", "e", "y"]
  static let italianEndings = [
    "azioni", "azione", "amento", "amenti", "mente", "ando", "endo", "avano", "evano", "ivano", "ava", "eva", "iva", "are",
    "ere", "ire", "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto", "uta", "uti", "ute", "ano", "ono", "iamo",
    "ete", "ita", "io", "a", "e", "i", "o",
  ]
}
