import Core
import Foundation

/// Words that carry grammar rather than content, for measures of overlap between sentences.
public enum FunctionWords {
  public static func contains(_ folded: String, language: Language) -> Bool {
    let lexicon = Lexicon.forLanguage(language)
    return lexicon.phraseStops.contains(folded) || lexicon.sentenceStarters.contains(folded)
      || lexicon.pronouns.contains(folded) || lexicon.nameConnectors.contains(folded)
  }
}
