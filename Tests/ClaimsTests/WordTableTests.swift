import Claims
import Core
import Testing

/// The word tables the readers look every token up in: the quick refusal must never refuse a
/// key, whatever its length or first byte.
@Suite struct WordTableTests {
  @Test func everyKeyIsFoundAndOtherWordsAreNot() {
    let long = String(repeating: "x", count: 70)
    let table = WordTable(["maggio": 5, "è": 1, "über": 2, "a": 3, long: 4, "ñandú": 6])
    for (key, value) in table.values { #expect(table[key] == value, "\(key)") }
    for other in ["", "maggi", "maggiore", "e", "b", String(repeating: "x", count: 69), long + "y", "uber", "ñand"] {
      #expect(table[other] == nil, "\(other)")
    }
  }

  @Test func keysAddedLaterAreFound() {
    var table = WordTable<Int>()
    #expect(table["lunedì"] == nil)
    table["lunedì", default: 0] += 1
    table["lunedì", default: 0] += 1
    #expect(table["lunedì"] == 2)
    let set: WordSet = ["the", "of", "dell'"]
    #expect(set.contains("dell'") && set.contains("of") && !set.contains("off") && !set.contains("dell"))
  }
}

/// Title case told on ASCII bytes agrees with the reading by characters (which a text with
/// one accented letter, too short to count as a word, takes).
@Suite struct TitleCaseTests {
  @Test(arguments: [
    "Safeguards for Free Software in the Cyber Resilience Act",
    "The council met on Monday and agreed the budget.",
    "Welsh AMs Worried About 'Looking Like Muppets'",
    "'Quoted' Words Like O'Neill's Count, Don't They",
    "Short Ones Are Not Counted At All",
    "",
  ])
  func asciiAgreesWithCharacters(_ text: String) {
    #expect(TitleCase.isTitleCased(text) == TitleCase.isTitleCased(text + " é"))
  }

  @Test func aHeadlineInTitleCaseIsOne() {
    #expect(TitleCase.isTitleCased("Safeguards for Free Software in the Cyber Resilience Act"))
    #expect(!TitleCase.isTitleCased("The council met on Monday and agreed the budget."))
  }
}
