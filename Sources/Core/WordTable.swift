/// A dictionary of words that tells most other words apart without hashing them.
///
/// The readers look every token of a sentence up in small tables — month names, number words,
/// relative times, function words — and nearly every token is in none of them. Before the
/// table is asked, a word's byte length and first byte are checked against the lengths and
/// first bytes of the table's keys: two bit tests, where hashing a string costs a hundred
/// instructions or more. A word that passes and is ASCII of at most 16 bytes, as nearly every
/// one is, is then found by its bytes packed into two integers, in an open-addressing index
/// with a multiplicative hash (for ASCII, equal bytes are equal strings); any other word in
/// the dictionary.
public struct WordTable<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
  public internal(set) var values: [String: Value]
  /// Bit `n` set when some key is `n` bytes long (the last bit: 63 bytes or more).
  @usableFromInline var lengths: UInt64 = 0
  /// Bit `b` set when some key begins with the byte `b`.
  @usableFromInline var firstBytes: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
  /// The short ASCII keys by their packed bytes.
  @usableFromInline var packed = PackedWords<Value>()

  public init(_ values: [String: Value]) {
    self.values = [:]
    for (key, value) in values { self[key] = value }
  }

  public init() { self.init([:]) }

  public init(dictionaryLiteral elements: (String, Value)...) {
    self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
  }

  public subscript(word: String) -> Value? {
    @inlinable get {
      guard mayContain(word) else { return nil }
      switch PackedWord(word) {
      case .some(let key): return packed[key]
      case .none: return values[word]
      }
    }
    set {
      if newValue != nil { admit(word) }
      values[word] = newValue
      if let key = PackedWord(word) {
        if let newValue { packed[key] = newValue } else { packed = PackedWords(values) }
      }
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

/// An ASCII word of at most 16 bytes, as two little-endian integers and its length: equal
/// packed words are equal strings.
@usableFromInline struct PackedWord: Equatable, Sendable {
  @usableFromInline var low: UInt64 = 0
  @usableFromInline var high: UInt64 = 0
  @usableFromInline var count: Int = 0

  @usableFromInline init() {}

  /// Nil for a word that is empty, longer than 16 bytes or not ASCII.
  @inlinable init?(_ word: String) {
    guard let packed = word.utf8.withContiguousStorageIfAvailable(Self.init(bytes:)) ?? Self(bytes: Array(word.utf8)) else { return nil }
    self = packed
  }

  @inlinable init?(bytes: UnsafeBufferPointer<UInt8>) {
    guard !bytes.isEmpty, bytes.count <= 16 else { return nil }
    var shift: UInt64 = 0
    for byte in bytes {
      if shift < 64 { low |= UInt64(byte) << shift } else { high |= UInt64(byte) << (shift - 64) }
      shift += 8
    }
    guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return nil }
    count = bytes.count
  }

  @inlinable init?(bytes: [UInt8]) {
    guard let packed = bytes.withUnsafeBufferPointer(Self.init(bytes:)) else { return nil }
    self = packed
  }

  @inlinable var slot: Int {
    var mixed = (low ^ (high &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(count)) &* 0xBF58_476D_1CE4_E5B9
    mixed ^= mixed >> 29
    return Int(truncatingIfNeeded: (mixed &* 0x94D0_49BB_1331_11EB) >> 32)
  }
}

/// Values by `PackedWord`, in one array of linear probes kept at most half full.
@usableFromInline struct PackedWords<Value: Sendable>: Sendable {
  @usableFromInline struct Entry: Sendable {
    @usableFromInline var key = PackedWord()
    /// Nil for an empty slot.
    @usableFromInline var value: Value?
  }

  @usableFromInline var entries: [Entry] = []
  private var count = 0

  init() {}

  /// The short ASCII keys of `values`.
  init(_ values: [String: Value]) {
    for (word, value) in values {
      if let key = PackedWord(word) { self[key] = value }
    }
  }

  @usableFromInline subscript(key: PackedWord) -> Value? {
    @inlinable get {
      guard !entries.isEmpty else { return nil }
      let mask = entries.count - 1
      var index = key.slot & mask
      while true {
        guard let value = entries[index].value else { return nil }
        if entries[index].key == key { return value }
        index = (index + 1) & mask
      }
    }
    set {
      guard let newValue else { return }
      if (count + 1) * 2 > entries.count { grow() }
      let mask = entries.count - 1
      var index = key.slot & mask
      while entries[index].value != nil, entries[index].key != key { index = (index + 1) & mask }
      if entries[index].value == nil { count += 1 }
      entries[index] = Entry(key: key, value: newValue)
    }
  }

  private mutating func grow() {
    let old = entries.filter { $0.value != nil }
    entries = Array(repeating: Entry(), count: max(16, entries.count * 2))
    let mask = entries.count - 1
    for entry in old {
      var index = entry.key.slot & mask
      while entries[index].value != nil { index = (index + 1) & mask }
      entries[index] = entry
    }
  }
}
