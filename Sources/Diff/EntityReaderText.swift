import Foundation

/// Small text helpers the entity rules share.
enum EntityReaderText {
  /// "HBO's" → "HBO".
  static func withoutPossessive(_ name: String) -> String {
    for suffix in ["'s", "\u{2019}s"] where name.hasSuffix(suffix) { return String(name.dropLast(2)) }
    return name
  }
}
