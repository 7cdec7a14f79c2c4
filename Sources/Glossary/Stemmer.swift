import Core
import Foundation

/// A light inflectional stemmer: enough to make singular and plural, masculine and feminine
/// forms meet, not a full morphological analysis.
///
/// EN: "platforms" and "platform" → "platform"; "agencies" → "agency".
/// IT: "estremisti", "estremista", "estremiste" → "estremist"; "banche" → "banc".
public struct Stemmer: Sendable {
  public var language: Language

  public init(language: Language) { self.language = language }

  /// The stem of a folded word.
  public func stem(_ folded: String) -> String {
    switch language {
    case .english: englishStem(folded)
    case .italian: italianStem(folded)
    }
  }

  private func englishStem(_ word: String) -> String {
    // British and American spellings meet: organisation/organization.
    var w = word
    for (british, american) in [("isations", "izations"), ("isation", "ization")] where w.hasSuffix(british) {
      w = String(w.dropLast(british.count)) + american
    }
    if w.hasSuffix("'s") { w.removeLast(2) }
    guard w.count > 3 else { return w }
    if w.hasSuffix("ies") && w.count > 4 { return String(w.dropLast(3)) + "y" }
    if w.hasSuffix("sses") || w.hasSuffix("xes") || w.hasSuffix("ches") || w.hasSuffix("shes") || w.hasSuffix("zes") {
      return String(w.dropLast(2))
    }
    if w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is") { return String(w.dropLast()) }
    return w
  }

  private func italianStem(_ word: String) -> String {
    guard word.count >= 3, let last = word.last, "aeiou".contains(last) else { return word }
    var stem = String(word.dropLast())
    // "banche"/"banca", "luoghi"/"luogo": the h only keeps the consonant hard.
    if stem.hasSuffix("ch") || stem.hasSuffix("gh") { stem.removeLast() }
    // "-ioni"/"-ione", "-ie"/"-ia": the final vowel alone decides number and gender.
    return stem
  }
}
