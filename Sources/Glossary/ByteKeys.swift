import CShims

/// A set of byte strings, each numbered in the order it was first added, and found by its
/// hash with linear probing.
///
/// For the word tables built from shipped text on every start (some hundred thousand lemmas):
/// a `Set<String>` or `[String: V]` makes a string of every word and hashes it with SipHash,
/// and a dictionary of arrays allocates one array a key. Here a word's bytes are hashed where
/// they lie and copied once into one arena; what a key maps to is kept by its number, in
/// arrays (`NumberLists` for lists of numbers).
public struct ByteKeys: Sendable {
  /// The keys' bytes one after another: key `n` is `arena[start(n)..<ends[n]]`.
  private var arena: [UInt8] = []
  private var ends: [UInt32] = []
  /// A power-of-two table at most three quarters full: 0 is an empty slot; otherwise the
  /// key's number plus one in the low 32 bits and its hash's high 32 bits above, so that a
  /// probe seldom compares the bytes of a key it does not want.
  private var slots: [UInt64] = []

  public init(capacity: Int = 0) {
    slots = [UInt64](repeating: 0, count: Self.tableSize(for: max(capacity, 1)))
    reserveCapacity(capacity)
  }

  /// Makes room for `count` keys of about eight bytes.
  public mutating func reserveCapacity(_ count: Int) {
    ends.reserveCapacity(count)
    arena.reserveCapacity(count * 8)
    if slots.count * 3 < count * 4 { rehash(size: Self.tableSize(for: count)) }
  }

  /// How many keys there are; they are numbered from 0 in the order added.
  public var count: Int { ends.count }

  /// Adds `key` unless it is there; its number either way.
  @discardableResult
  public mutating func insert(_ key: UnsafeBufferPointer<UInt8>) -> (number: Int, inserted: Bool) { insert(key, hash: Self.hash(key)) }

  /// Adds `key`, whose `hash(_:)` is given, unless it is there; its number either way.
  @discardableResult
  public mutating func insert(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (number: Int, inserted: Bool) {
    if (ends.count + 1) * 4 > slots.count * 3 { rehash(size: Self.tableSize(for: ends.count + 1)) }
    let (slot, found) = find(key, hash)
    if let found { return (found, false) }
    let number = ends.count
    arena.append(contentsOf: key)
    ends.append(UInt32(arena.count))
    slots[slot] = (hash >> 32) << 32 | UInt64(number + 1)
    return (number, true)
  }

  @discardableResult
  public mutating func insert(_ key: [UInt8]) -> (number: Int, inserted: Bool) { key.withUnsafeBufferPointer { insert($0) } }

  @discardableResult
  public mutating func insert(_ key: String) -> (number: Int, inserted: Bool) {
    var key = key
    return key.withUTF8 { insert($0) }
  }

  /// The number of `key`, when it is there.
  public func number(of key: UnsafeBufferPointer<UInt8>) -> Int? { find(key, Self.hash(key)).number }

  /// The number of `key`, whose `hash(_:)` is given, when it is there.
  public func number(of key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? { find(key, hash).number }

  public func number(of key: String) -> Int? {
    var key = key
    return key.withUTF8 { number(of: $0) }
  }

  public func contains(_ key: UnsafeBufferPointer<UInt8>) -> Bool { number(of: key) != nil }

  public func contains(_ key: String) -> Bool { number(of: key) != nil }

  /// The key numbered `number`.
  public func key(_ number: Int) -> String {
    String(decoding: arena[start(number)..<Int(ends[number])], as: UTF8.self)
  }

  /// Begins loading the slot where a search for `hash` starts, so that a search soon after
  /// does not wait for memory.
  public func prefetch(_ hash: UInt64) {
    let index = Int(truncatingIfNeeded: hash) & (slots.count - 1)
    slots.withUnsafeBufferPointer { claimdiff_prefetch($0.baseAddress! + index) }
  }

  private func start(_ number: Int) -> Int { number == 0 ? 0 : Int(ends[number - 1]) }

  /// The slot holding `key`, or the empty one where it would go, and its number when held.
  private func find(_ key: UnsafeBufferPointer<UInt8>, _ hash: UInt64) -> (slot: Int, number: Int?) {
    let mask = slots.count - 1
    let tag = hash >> 32
    var index = Int(truncatingIfNeeded: hash) & mask
    return arena.withUnsafeBufferPointer { arena in
      while true {
        let slot = slots[index]
        if slot == 0 { return (index, nil) }
        if slot >> 32 == tag {
          let number = Int(slot & 0xFFFF_FFFF) - 1
          let start = start(number)
          if Int(ends[number]) - start == key.count, UnsafeBufferPointer(rebasing: arena[start..<Int(ends[number])]).elementsEqual(key) {
            return (index, number)
          }
        }
        index = (index + 1) & mask
      }
    }
  }

  private mutating func rehash(size: Int) {
    var fresh = [UInt64](repeating: 0, count: size)
    let mask = size - 1
    arena.withUnsafeBufferPointer { arena in
      for number in 0..<ends.count {
        let hash = Self.hash(UnsafeBufferPointer(rebasing: arena[start(number)..<Int(ends[number])]))
        var index = Int(truncatingIfNeeded: hash) & mask
        while fresh[index] != 0 { index = (index + 1) & mask }
        fresh[index] = (hash >> 32) << 32 | UInt64(number + 1)
      }
    }
    slots = fresh
  }

  private static func tableSize(for count: Int) -> Int {
    var size = 16
    while size * 3 < count * 4 { size <<= 1 }
    return size
  }

  // MARK: Hashing

  /// FNV-1a over the bytes, then MurmurHash3's finaliser so that the low bits, which pick the
  /// slot, depend on every byte.
  public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 { finish(mix(hashSeed, bytes)) }

  public static let hashSeed: UInt64 = 0xcbf2_9ce4_8422_2325

  /// FNV-1a's state after `bytes`, from `state`: a key's hash can be carried on to a longer key.
  public static func mix(_ state: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash = state
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
    return hash
  }

  public static func finish(_ state: UInt64) -> UInt64 {
    var hash = state
    hash ^= hash >> 33
    hash &*= 0xff51_afd7_ed55_8ccd
    hash ^= hash >> 33
    hash &*= 0xc4ce_b9fe_1a85_ec53
    hash ^= hash >> 33
    return hash
  }
}

/// Lists of numbers by a key's number (a `ByteKeys` number, a sense), stored one after another
/// in one array: built from the pairs of a key and a value, each key's values in the order
/// added.
public struct NumberLists: Sendable {
  /// Key `n`'s values are `values[offsets[n]..<offsets[n + 1]]`.
  private var offsets: [Int32]
  private var values: [Int32]

  /// The lists of `keyCount` keys from pairs `keys[i]`, `values[i]`.
  public init(keys: [Int32], values pairValues: [Int32], keyCount: Int) {
    precondition(keys.count == pairValues.count, "a key for every value")
    var offsets = [Int32](repeating: 0, count: keyCount + 1)
    for key in keys { offsets[Int(key) + 1] += 1 }
    for index in 0..<keyCount { offsets[index + 1] += offsets[index] }
    var next = offsets
    var values = [Int32](repeating: 0, count: pairValues.count)
    for (key, value) in zip(keys, pairValues) {
      values[Int(next[Int(key)])] = value
      next[Int(key)] += 1
    }
    self.offsets = offsets
    self.values = values
  }

  public init() {
    offsets = [0]
    values = []
  }

  /// How many keys have a list (some maybe empty).
  public var keyCount: Int { offsets.count - 1 }

  /// Key `key`'s values; none for a key out of range.
  public subscript(key: Int) -> ArraySlice<Int32> {
    guard key >= 0, key < keyCount else { return [] }
    return values[Int(offsets[key])..<Int(offsets[key + 1])]
  }
}
