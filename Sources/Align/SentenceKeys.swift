import Claims
import Core
import Foundation
import Glossary
import Ingest

/// What a sentence says, as language-neutral slots: one per number, name, glossary concept or
/// content word, each with a weight and the keys any of which the other side may carry. A
/// content word's keys are its cognate key ("operation"/"operazione" → "opera") and its senses
/// in MultiWordNet ("platform"/"piattaforma" share one).
struct SentenceKeys {
  struct Slot {
    var keys: [Int]
    var weight: Double
  }

  /// Keys as numbers, so that the alignment's many set operations hash integers, not strings.
  /// Held by the alignment and lent to each sentence's `make`: a value changed in place, not a
  /// class whose dictionaries are checked for exclusive access at run time on every key.
  struct Interner {
    private var numbers: [String: Int] = [:]
    /// MultiWordNet senses, numbered apart from the string keys: a sentence's words have many.
    private var senseNumbers: [Int32: Int] = [:]
    /// Cognate keys ("p:" keys), numbered apart so that no key string is made for each word.
    private var cognateNumbers: [String: Int] = [:]

    private var count: Int { numbers.count + senseNumbers.count + cognateNumbers.count }

    mutating func number(_ key: String) -> Int {
      if let known = numbers[key] { return known }
      let next = count
      numbers[key] = next
      return next
    }

    mutating func number(sense: Int32) -> Int {
      if let known = senseNumbers[sense] { return known }
      let next = count
      senseNumbers[sense] = next
      return next
    }

    /// The number of a content word's cognate key (`Folding.cognateKey`).
    mutating func number(cognate: String) -> Int {
      if let known = cognateNumbers[cognate] { return known }
      let next = count
      cognateNumbers[cognate] = next
      return next
    }
  }

  var slots: [Slot] = []
  /// Each slot's first key, in the order of `slots`.
  private var firstKeys: [Int] = []
  /// Every key of every slot, for the other side's containment test.
  var universe = KeySet()

  var total: Double { slots.reduce(0) { $0 + $1.weight } }

  mutating func add(_ keys: [String], weight: Double, interner: inout Interner) {
    add(keys.map { interner.number($0) }, weight: weight)
  }

  mutating func add(_ keys: [Int], weight: Double) {
    // A slot already there is not added twice; slots are told apart by their first keys
    // first, a comparison of two integers.
    guard let first = keys.first else { return }
    for index in firstKeys.indices where firstKeys[index] == first {
      if slots[index].keys == keys { return }
    }
    firstKeys.append(first)
    slots.append(Slot(keys: keys, weight: weight))
    for key in keys { universe.insert(key) }
  }

  /// A weight added to every sentence's total, so that a sentence with one or two keys cannot
  /// be fully explained by a single shared word ("Soprattutto per comunicare.").
  static let smoothing = 1.0

  /// A set of interned keys as a bitset: keys are small numbers given out in order, and the
  /// alignment's inner loop asks "does this sentence have key k" millions of times per batch.
  struct KeySet {
    private var words: [UInt64] = []
    /// The keys, each once, in the order they were added.
    private(set) var elements: [Int] = []

    mutating func insert(_ key: Int) {
      guard !contains(key) else { return }
      elements.append(key)
      let word = key >> 6
      if word >= words.count { words.append(contentsOf: repeatElement(0, count: word - words.count + 1)) }
      words[word] |= 1 << UInt64(key & 63)
    }

    func contains(_ key: Int) -> Bool {
      let word = key >> 6
      return word < words.count && words[word] & (1 << UInt64(key & 63)) != 0
    }
  }

  /// A figure of a thousand or more also anchors by its significant digits: "$2 million" and
  /// "2 miliardi di dollari", a scale the translation got wrong, still mark the same sentence,
  /// whose figures the rules then compare. Smaller figures ("2", "20") are too common for that.
  static func significantDigits(_ quantity: Quantity) -> [String] {
    var value = abs(quantity.value)
    guard quantity.rangeEnd == nil, value >= 1000, value < 1e15, value.rounded() == value else { return [] }
    while value >= 10, value.truncatingRemainder(dividingBy: 10) == 0 { value /= 10 }
    return ["d:\(Int64(value))"]
  }

  /// The keys of a sentence from its tokens and glossary phrases (`ArticleTokens`) and its
  /// claims.
  static func make(
    tokens: [Token], phrases: [TermBase.Match?], claims: [Claim], language: Language, senses: WordSenses, interner: inout Interner
  ) -> SentenceKeys {
    var keys = SentenceKeys()
    for claim in claims {
      switch claim.kind {
      case .quantity:
        if let quantity = claim.quantity {
          keys.add(["n:\(quantity.valueText)"] + Self.significantDigits(quantity), weight: 3, interner: &interner)
        }
      case .time:
        if let time = claim.time { keys.add(["t:\(time.intervalText)"], weight: 2, interner: &interner) }
      case .entity:
        if let entity = claim.entity {
          let folded = Folding.fold(entity.canonical)
          var names = ["e:\(folded)"]
          if entity.term == nil, let last = folded.spaceSeparated.last { names.append("e:\(last)") }
          keys.add(names, weight: 3, interner: &interner)
        }
      case .quote, .negation:
        break
      }
    }
    var index = 0
    while index < tokens.count {
      if let match = phrases[index] {
        // Names are already keys through their entity claims. A one-word term also keys as
        // its cognate, so that a word the glossary lacks meets it: "president" and
        // "presidenza".
        if !match.term.category.isName {
          var termKeys = [interner.number("g:\(match.term.id)")]
          if match.tokenCount == 1, tokens[index].kind == .word, tokens[index].folded.count >= 4 {
            termKeys.append(interner.number(cognate: Folding.cognateKey(tokens[index].folded)))
          }
          keys.add(termKeys, weight: 2)
        }
        index += match.tokenCount
        continue
      }
      let token = tokens[index]
      index += 1
      if token.kind == .punctuation { continue }
      if token.kind == .number {
        keys.add(["n:\(token.folded)"], weight: 1, interner: &interner)
        continue
      }
      guard !FunctionWords.contains(token.folded, language: language) else { continue }
      let word =
        token.folded.containsByte(UInt8(ascii: "'"))
        ? String(decoding: token.folded.utf8.filter { $0 != UInt8(ascii: "'") }, as: UTF8.self) : token.folded
      guard word.count >= 4 else { continue }
      var wordKeys = [interner.number(cognate: Folding.cognateKey(word))]
      for sense in senses.senses(of: word, language: language).prefix(12) { wordKeys.append(interner.number(sense: sense)) }
      keys.add(wordKeys, weight: 1)
    }
    return keys
  }
}
