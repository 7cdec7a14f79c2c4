import Core
import Foundation

/// Words that carry grammar rather than content, for measures of overlap between sentences.
public enum FunctionWords {
  public static func contains(_ folded: String, language: Language) -> Bool {
    language == .english ? english.contains(folded) : italian.contains(folded)
  }

  private static let english = words(of: .english)
  private static let italian = words(of: .italian)

  private static func words(of language: Language) -> WordSet {
    let lexicon = Lexicon.forLanguage(language)
    return WordSet(lexicon.phraseStops.union(lexicon.sentenceStarters).union(lexicon.pronouns).union(lexicon.nameConnectors))
  }
}
