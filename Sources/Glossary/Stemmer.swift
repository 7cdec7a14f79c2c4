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
    let count = bytes.count
    let kept = bytes.withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return count }
      var word = Word(base: base + start, count: count - start)
      stem(&word)
      return start + word.count
    }
    bytes.removeLast(count - kept)
  }

  /// Stems the folded word that fills `buffer` in place and returns the stem's length: every
  /// rule keeps or shortens the word, so the stem is the buffer's first bytes. For a lookup
  /// that stems a word without making an array.
  public func stem(_ buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    guard let base = buffer.baseAddress else { return 0 }
    var word = Word(base: base, count: buffer.count)
    stem(&word)
    return word.count
  }

  /// A word's bytes being stemmed: a buffer and how much of it the word still fills.
  private struct Word {
    let base: UnsafeMutablePointer<UInt8>
    var count: Int

    subscript(index: Int) -> UInt8 {
      get { base[index] }
      nonmutating set { base[index] = newValue }
    }

    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    mutating func removeLast(_ n: Int = 1) { count -= n }

    /// Whether the word ends with the ASCII `suffix`.
    func hasSuffix(_ suffix: StaticString) -> Bool {
      let length = suffix.utf8CodeUnitCount
      guard count >= length else { return false }
      return suffix.withUTF8Buffer { ending in
        var offset = count - length
        for byte in ending {
          guard base[offset] == byte else { return false }
          offset += 1
        }
        return true
      }
    }

    /// The word's letters, counted as Unicode scalars: every byte but UTF-8's continuation bytes.
    var letterCount: Int {
      var letters = 0
      for index in 0..<count where base[index] & 0xC0 != 0x80 { letters += 1 }
      return letters
    }
  }

  private func stem(_ word: inout Word) {
    switch language {
    case .english: englishStem(&word)
    case .italian: italianStem(&word)
    }
  }

  private func englishStem(_ word: inout Word) {
    // British and American spellings meet: organisation/organization.
    if word.hasSuffix("isations") {
      word[word.count - 7] = UInt8(ascii: "z")
    } else if word.hasSuffix("isation") {
      word[word.count - 6] = UInt8(ascii: "z")
    }
    if word.hasSuffix("'s") { word.removeLast(2) }
    let letters = word.letterCount
    guard letters > 3 else { return }
    if letters > 4, word.hasSuffix("ies") {
      word.removeLast(2)
      word[word.count - 1] = UInt8(ascii: "y")
      return
    }
    for ending: StaticString in ["sses", "xes", "ches", "shes", "zes"] where word.hasSuffix(ending) {
      word.removeLast(2)
      return
    }
    if word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") {
      word.removeLast()
    }
  }

  private func italianStem(_ word: inout Word) {
    guard word.letterCount >= 3, let last = word.last, "aeiou".utf8.contains(last) else { return }
    word.removeLast()
    // "banche"/"banca", "luoghi"/"luogo": the h only keeps the consonant hard.
    if word.hasSuffix("ch") || word.hasSuffix("gh") { word.removeLast() }
    // "-ioni"/"-ione", "-ie"/"-ia": the final vowel alone decides number and gender.
  }
}
