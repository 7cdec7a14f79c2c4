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

  @Test func headlineWithoutFullStopIsOneSentence() {
    #expect(split("Highest terrorist threat", .english) == ["Highest terrorist threat"])
  }
}
