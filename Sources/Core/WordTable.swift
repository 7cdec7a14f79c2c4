/// A dictionary of words that tells most other words apart without hashing them.
///
/// The readers look every token of a sentence up in small tables — month names, number words,
/// relative times — and nearly every token is in none of them. Before the dictionary is asked,
/// a word's byte length and first byte are checked against the lengths and first bytes of the
/// table's keys: two bit tests, where hashing a string costs a hundred instructions or more.
public struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
  public internal(set) var values: [String: Value]
  /// Bit `n` set when some key is `n` bytes long (the last bit: 63 bytes or more).
  @usableFromInline var lengths: UInt64 = 0
  /// Bit `b` set when some key begins with the byte `b`.
  @usableFromInline var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  public init(_ values: [String: Value]) {
    self.values = [:]
    for (key, value) in values { self[key] = value }
  }

  public init() { self.init([:]) }

  public init(dictionaryLiteral elements: (String, Value)...) {
    self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
  }

  public subscript(word: String) -> Value? {
    @inlinable get { mayContain(word) ? values[word] : nil }
    set {
      if newValue != nil { admit(word) }
      values[word] = newValue
    }
  }

  public subscript(word: String, default value: @autoclosure () -> Value) -> Value {
    get { self[word] ?? value() }
    set { self[word] = newValue }
  }

  @inlinable public func contains(_ word: String) -> Bool { self[word] != nil }

  /// False when no key can be `word`; true when one may be.
  @inlinable @inline(__always)
  public func mayContain(_ word: String) -> Bool {
    let utf8 = word.utf8
    guard lengths & (1 << UInt64(min(utf8.count, 63))) != 0, let first = utf8.first else { return false }
    return Self.bit(first, in: firstBytes)
  }

  private mutating func admit(_ word: String) {
    let utf8 = word.utf8
    lengths |= 1 << UInt64(min(utf8.count, 63))
    guard let first = utf8.first else { return }
    let bit: UInt64 = 1 << UInt64(first & 63)
    switch first >> 6 {
    case 0: firstBytes.0 |= bit
    case 1: firstBytes.1 |= bit
    case 2: firstBytes.2 |= bit
    default: firstBytes.3 |= bit
    }
  }

  @inlinable @inline(__always)
  static func bit(_ byte: UInt8, in words: (UInt64, UInt64, UInt64, UInt64)) -> Bool {
    let word: UInt64
    switch byte >> 6 {
    case 0: word = words.0
    case 1: word = words.1
    case 2: word = words.2
    default: word = words.3
    }
    return word & (1 << UInt64(byte & 63)) != 0
  }
}

/// A set of words with `WordTable`'s quick refusal.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
  @usableFromInline var table: WordTable<Bool>

  public init<S: Sequence>(_ words: S) where S.Element == String {
    table = WordTable(Dictionary(words.map { ($0, true) }, uniquingKeysWith: { first, _ in first }))
  }

  public init(arrayLiteral words: String...) { self.init(words) }

  @inlinable public func contains(_ word: String) -> Bool { table.contains(word) }
}
