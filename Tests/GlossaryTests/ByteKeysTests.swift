import Core
import Glossary
import Testing

/// The byte tables the word senses are built into on every start: numbering in the order
/// added, growth past the reserved capacity, keys that differ by a byte or share a hash's
/// slot, and lists of numbers by key.
@Suite struct ByteKeysTests {
  @Test func keysAreNumberedInTheOrderAddedAndFoundByTheirBytes() {
    var keys = ByteKeys()
    let words = ["platform", "piattaforma", "", "è", "platforms", "plat", String(repeating: "z", count: 300)]
    for (number, word) in words.enumerated() {
      let added = keys.insert(word)
      #expect(added.number == number && added.inserted, "\(word)")
    }
    // Adding a key again gives its number and adds nothing.
    #expect(keys.insert("piattaforma").number == 1)
    #expect(keys.insert("piattaforma").inserted == false)
    #expect(keys.count == words.count)
    for (number, word) in words.enumerated() {
      #expect(keys.number(of: word) == number, "\(word)")
      #expect(keys.key(number) == word)
    }
    for other in ["platformz", "Platform", "e", "pla", "plat ", String(repeating: "z", count: 299)] {
      #expect(!keys.contains(other), "\(other)")
    }
  }

  /// Far more keys than the table was made for: it grows, and every key keeps its number.
  @Test func growsAndKeepsEveryNumber() {
    var keys = ByteKeys(capacity: 4)
    for number in 0..<20_000 { keys.insert("w\(number)") }
    #expect(keys.count == 20_000)
    #expect((0..<20_000).allSatisfy { (number: Int) in keys.number(of: "w\(number)") == number })
    #expect(keys.number(of: "w20000") == nil)
  }

  @Test func numberListsKeepEachKeysValuesInOrder() {
    let lists = NumberLists(keys: [2, 0, 2, 2, 0], values: [7, 1, 3, 9, 4], keyCount: 4)
    #expect(Array(lists[0]) == [1, 4])
    #expect(lists[1].isEmpty)
    #expect(Array(lists[2]) == [7, 3, 9])
    #expect(lists[3].isEmpty && lists[4].isEmpty && lists[-1].isEmpty)
    #expect(NumberLists()[0].isEmpty)
  }

  /// The senses built into these tables read words as the dictionaries they replace did:
  /// a lemma key's senses, shared across the languages, and lemmas told from other words.
  @Test func wordSensesReadThroughTheTables() {
    let senses = WordSenses(
      tsv: "n\tplatform|platforms\tpiattaforma\nn\tstage\tpalco|piattaforma\nv\tidentify\tidentificare\n",
      antonyms: "a\tknown\tunknown\n", englishWords: "unearth\n")
    #expect(Array(senses.senses(of: "piattaforme", language: .italian)) == [0, 1])
    #expect(senses.shareSense("platforms", .english, "piattaforme", .italian) == true)
    #expect(senses.shareSense("identified", .english, "identificati", .italian) == true)
    #expect(senses.shareSense("stage", .english, "identificare", .italian) == false)
    #expect(senses.isCommonWord("palco") && senses.isDictionaryForm("unearth") && !senses.isCommonWord("fossett"))
    #expect(senses.opposes("unknown", "known") && senses.opposes("known", "unknown") && !senses.opposes("known", "platform"))
    #expect(senses.englishKeyNumber("unknown") != nil && senses.englishKeyNumber("platform") == 0)
    #expect(senses.englishKey(0) == "platform")
  }
}
