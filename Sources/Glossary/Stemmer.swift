import Core
import Foundation

/// A light inflectional stemmer: enough to make singular and plural, masculine and feminine
/// forms meet, not a full morphological analysis.
///
/// EN: "platforms" and "platform" → "platform"; "agencies" → "agency".
/// IT: "estremisti", "estremista", "estremiste" → "estremist"; "banche" → "banc".
///
/// It works on a folded word's UTF-8 bytes, in place: every rule keeps or shortens the word, so
/// a glossary's keys are stemmed inside the buffer they are built in, without a String per word.
public struct Stemmer: Sendable {
  public var language: Language

  public init(language: Language) { self.language = language }

  /// The stem of a folded word.
  public func stem(_ folded: String) -> String {
    var bytes = Array(folded.utf8)
    stem(&bytes, from: 0)
    return bytes.elementsEqual(folded.utf8) ? folded : String(decoding: bytes, as: UTF8.self)
  }

  /// Stems the folded word that fills `bytes[start...]`, in place.
  public func stem(_ bytes: inout [UInt8], from start: Int) {
    switch language {
    case .english: englishStem(&bytes, from: start)
    case .italian: italianStem(&bytes, from: start)
    }
  }

  private func englishStem(_ word: inout [UInt8], from start: Int) {
    // British and American spellings meet: organisation/organization.
    if Self.hasSuffix(word, from: start, "isations") {
      word[word.count - 7] = UInt8(ascii: "z")
    } else if Self.hasSuffix(word, from: start, "isation") {
      word[word.count - 6] = UInt8(ascii: "z")
    }
    if Self.hasSuffix(word, from: start, "'s") { word.removeLast(2) }
    let letters = Self.letterCount(word, from: start)
    guard letters > 3 else { return }
    if letters > 4, Self.hasSuffix(word, from: start, "ies") {
      word.removeLast(2)
      word[word.count - 1] = UInt8(ascii: "y")
      return
    }
    for ending: StaticString in ["sses", "xes", "ches", "shes", "zes"] where Self.hasSuffix(word, from: start, ending) {
      word.removeLast(2)
      return
    }
    if Self.hasSuffix(word, from: start, "s"), !Self.hasSuffix(word, from: start, "ss"), !Self.hasSuffix(word, from: start, "us"),
      !Self.hasSuffix(word, from: start, "is")
    {
      word.removeLast()
    }
  }

  private func italianStem(_ word: inout [UInt8], from start: Int) {
    guard Self.letterCount(word, from: start) >= 3, let last = word.last, "aeiou".utf8.contains(last) else { return }
    word.removeLast()
    // "banche"/"banca", "luoghi"/"luogo": the h only keeps the consonant hard.
    if Self.hasSuffix(word, from: start, "ch") || Self.hasSuffix(word, from: start, "gh") { word.removeLast() }
    // "-ioni"/"-ione", "-ie"/"-ia": the final vowel alone decides number and gender.
  }

  /// Whether the word in `bytes[start...]` ends with the ASCII `suffix`.
  private static func hasSuffix(_ bytes: [UInt8], from start: Int, _ suffix: StaticString) -> Bool {
    let count = suffix.utf8CodeUnitCount
    guard bytes.count - start >= count else { return false }
    return suffix.withUTF8Buffer { ending in
      var offset = bytes.count - count
      for byte in ending {
        guard bytes[offset] == byte else { return false }
        offset += 1
      }
      return true
    }
  }

  /// The word's letters, counted as Unicode scalars: every byte but UTF-8's continuation bytes.
  private static func letterCount(_ bytes: [UInt8], from start: Int) -> Int {
    var count = 0
    for index in start..<bytes.count where bytes[index] & 0xC0 != 0x80 { count += 1 }
    return count
  }
}
