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

  /// Short ASCII keys are found by their bytes packed into two integers: keys on either side
  /// of the 8- and 16-byte boundaries, and words that differ from one only past its eighth
  /// byte or by one more byte, are told apart.
  @Test func packedKeysAroundTheirBoundaries() {
    let keys = ["abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq", "dell'", "x"]
    var table = WordTable<Int>()
    for (value, key) in keys.enumerated() { table[key] = value }
    for (value, key) in keys.enumerated() { #expect(table[key] == value, "\(key)") }
    for other in ["abcdefgi", "abcdefghj", "abcdefghijklmnoq", "abcdefghijklmnopr", "abcdefghijklmnopqr", "abcdefg", "del", "X", "xx", ""] {
      #expect(table[other] == nil, "\(other)")
    }
    // Many keys: the index grows and keeps every one.
    var many = WordTable<Int>()
    for number in 0..<500 { many["w\(number)"] = number }
    #expect((0..<500).filter { many["w\($0)"] != $0 } == [])
    #expect(many["w500"] == nil && many["w"] == nil)
    // A key set again keeps its last value; a key removed is gone.
    many["w7"] = 70
    many["w8"] = nil
    #expect(many["w7"] == 70 && many["w8"] == nil && many["w9"] == 9)
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

/// Splitting at spaces on the bytes of ASCII text gives what splitting by characters gives.
@Suite struct SpaceSeparatedTests {
  @Test(arguments: [
    "rob wainwright", "  leading and trailing  ", "two  spaces", "", " ", "one", "dell'unione europea", "città del messico",
    "e \u{301}accent", "tab\tstays one word",
  ])
  func agreesWithSplittingByCharacters(_ text: String) {
    #expect(text.spaceSeparated == text.split(separator: " "))
  }
}
