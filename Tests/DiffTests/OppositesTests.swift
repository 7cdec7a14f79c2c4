import Core
import Testing

@testable import Diff

/// The common opposites are data the polarity rule matches against folded words: each form
/// must be written folded, and no form may stand on both sides of its own pair.
@Suite struct OppositesTests {
  @Test(arguments: [Language.english, .italian])
  func formsAreFoldedAndOnOneSideOfTheirPair(language: Language) {
    for pair in OppositePair.all {
      let (first, second) = (pair.first.words(language), pair.second.words(language))
      #expect(!first.isEmpty && !second.isEmpty, "a pair without \(language) forms: \(first.sorted()) / \(second.sorted())")
      #expect(first.isDisjoint(with: second), "on both sides: \(first.intersection(second).sorted())")
      for form in first.union(second) {
        #expect(Folding.fold(form) == form, "'\(form)' is not folded, so no word ever matches it")
      }
    }
  }

  @Test func otherMeaningsNameFormsOfSomePair() {
    for form in OppositePair.otherMeanings.keys {
      #expect(OppositePair.all.contains { $0.first.italian.contains(form) || $0.second.italian.contains(form) }, "'\(form)' is in no pair")
    }
  }

  @Test func fixedPhrasesCarryNoneOfThePairsMeaning() {
    #expect(OppositePair.isInFixedPhrase(previous: "at", word: "least", next: "five"))
    #expect(OppositePair.isInFixedPhrase(previous: "or", word: "later", next: nil))
    #expect(OppositePair.isInFixedPhrase(previous: "la", word: "prima", next: "volta"))
    #expect(!OppositePair.isInFixedPhrase(previous: "the", word: "least", next: "demanding"))
    #expect(!OppositePair.isInFixedPhrase(previous: "anni", word: "dopo", next: "aver"))
  }
}
