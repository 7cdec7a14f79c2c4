import Foundation

/// A 64-bit FNV-1a hash, stable across runs, machines and Swift versions (unlike `Hasher`),
/// for finding ids, fingerprints and cache keys.
public struct StableHash: Sendable {
  private var state: UInt64 = 0xcbf2_9ce4_8422_2325

  public init() {}

  public mutating func combine(_ text: String) {
    for byte in text.utf8 {
      state ^= UInt64(byte)
      state = state &* 0x0000_0100_0000_01b3
    }
    // A separator so that ("ab", "c") and ("a", "bc") differ.
    state ^= 0x1f
    state = state &* 0x0000_0100_0000_01b3
  }

  /// Mixes in raw bytes, such as a file's content, followed by a separator. The same hash as
  /// the generic form, read from the array's buffer: a batch hashes every input it compares.
  public mutating func combine(bytes: [UInt8]) {
    var state = state
    bytes.withUnsafeBufferPointer { buffer in
      for byte in buffer {
        state ^= UInt64(byte)
        state = state &* 0x0000_0100_0000_01b3
      }
    }
    state ^= 0x1e
    self.state = state &* 0x0000_0100_0000_01b3
  }

  /// Mixes in raw bytes, such as a file's content, followed by a separator.
  public mutating func combine(bytes: some Sequence<UInt8>) {
    for byte in bytes {
      state ^= UInt64(byte)
      state = state &* 0x0000_0100_0000_01b3
    }
    state ^= 0x1e
    state = state &* 0x0000_0100_0000_01b3
  }

  public var hex: String {
    let digits = String(state, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }

  public static func hex(of parts: [String]) -> String {
    var hash = StableHash()
    for part in parts { hash.combine(part) }
    return hash.hex
  }
}
