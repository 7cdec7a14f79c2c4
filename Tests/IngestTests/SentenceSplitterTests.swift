import Core
import Ingest
import Testing

@Suite struct SentenceSplitterTests {
  func split(_ text: String, _ language: Language) -> [String] {
    let scalars = ScalarText(text)
    return SentenceSplitter(language: language).split(scalars, range: TextRange(start: 0, end: scalars.count)).map { scalars[$0] }
  }

  @Test func englishAbbreviationsDecimalsAndQuotes() {
    #expect(split("Mr. Adams said 4.5 billion was spent. It rose.", .english) == ["Mr. Adams said 4.5 billion was spent.", "It rose."])
    #expect(split("The U.S. Army left. Then J. Smith arrived.", .english) == ["The U.S. Army left.", "Then J. Smith arrived."])
    #expect(
      split("“It does show that,” he told a conference in London. “It does.” Daesh is an acronym.", .english)
        == ["“It does show that,” he told a conference in London.", "“It does.”", "Daesh is an acronym."])
    #expect(
      split("It listed the numbers of U.S. Sens. Lindsey Graham and Mike Lee. Both objected.", .english)
        == ["It listed the numbers of U.S. Sens. Lindsey Graham and Mike Lee.", "Both objected."])
    #expect(split("I hope they will realize that ... security matters. We agree.", .english) == ["I hope they will realize that ... security matters.", "We agree."])
  }

  @Test func italianAbbreviationsAndReportingDashes() {
    #expect(split("Il sig. Rossi e il dott. Bianchi sono arrivati. Poi sono usciti.", .italian) == ["Il sig. Rossi e il dott. Bianchi sono arrivati.", "Poi sono usciti."])
    #expect(
      split("“Isis sta sviluppando propri social media – ha spiegato -. Ciò per portare avanti la sua agenda.", .italian)
        == ["“Isis sta sviluppando propri social media – ha spiegato -.", "Ciò per portare avanti la sua agenda."])
    #expect(split("Sono stati spesi 4,5 miliardi. Il totale è 2.000.", .italian) == ["Sono stati spesi 4,5 miliardi.", "Il totale è 2.000."])
  }

  /// A list written in one paragraph: each item in order starts a sentence, and an item's
  /// number or letter ends none.
  @Test func listItemsInOneParagraph() {
    #expect(split("1) The first item 2) The second item", .english) == ["1) The first item", "2) The second item"])
    #expect(split("1. The first item. 2. The second item.", .english) == ["1. The first item.", "2. The second item."])
    #expect(split("\u{2022} 9. The first item \u{2022} 10. The second item", .english) == ["\u{2022} 9. The first item", "\u{2022} 10. The second item"])
    #expect(split("a. Il primo punto b. Il secondo punto", .italian) == ["a. Il primo punto", "b. Il secondo punto"])
    #expect(split("4. Notti insonni per i creditori. La banca tace.", .italian) == ["4. Notti insonni per i creditori.", "La banca tace."])
    // Not a list: the paragraph opens with no item, or the next number is not the next item.
    #expect(split("He scored 2. Then he left.", .english) == ["He scored 2.", "Then he left."])
    #expect(split("1. The first item 3. Another point", .english) == ["1. The first item 3.", "Another point"])
    #expect(split("5 people died. 6 were hurt.", .english) == ["5 people died.", "6 were hurt."])
  }

  @Test func headlineWithoutFullStopIsOneSentence() {
    #expect(split("Highest terrorist threat", .english) == ["Highest terrorist threat"])
  }
}
