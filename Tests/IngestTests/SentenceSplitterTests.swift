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
    // Latin "versus" is written in Italian as in English.
    #expect(split("Può decidere il futuro della sentenza Roe vs. Wade. Poi si vedrà.", .italian) == ["Può decidere il futuro della sentenza Roe vs. Wade.", "Poi si vedrà."])
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

  /// Ellipses: spaced dots end no sentence unless a fourth closes it; a word's full stop before
  /// a spaced ellipsis ends its sentence when a new one follows; "[...]" leaves words out.
  @Test func ellipsesAndOmissions() {
    #expect(
      split("I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it.", .english)
        == ["I wasn’t really ... well, what I mean...see . . . what I'm saying, the thing is . . . I didn’t mean it."])
    #expect(split("Indicate the end with a period . . . . Next sentence.", .english) == ["Indicate the end with a period . . . .", "Next sentence."])
    #expect(
      split("It weakened . . . was that of compounds. . . . The practice was not abandoned. . . .", .english)
        == ["It weakened . . . was that of compounds.", ". . . The practice was not abandoned. . . ."])
    #expect(split("\"Bohr [...] used the analogy [...]\" (Smith 55). It stuck.", .english) == ["\"Bohr [...] used the analogy [...]\" (Smith 55).", "It stuck."])
    #expect(split("Maissen se chargea du reste ... Logiquement, il gagna.", .italian) == ["Maissen se chargea du reste ...", "Logiquement, il gagna."])
  }

  /// The pronoun "I" before a word that opens sentences ends one; an initial does not.
  @Test func pronounAgainstInitial() {
    #expect(
      split("We make a good team, you and I. Did you see Albert I. Jones yesterday?", .english)
        == ["We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"])
    #expect(split("You can find it at N°. 1026.253.553. That is where it is.", .english) == ["You can find it at N°. 1026.253.553.", "That is where it is."])
  }

  /// An aside between dashes goes on after its "!" or "?"; an Italian reporting dash after a
  /// question continues it.
  @Test func asidesBetweenDashes() {
    #expect(split("Mix it, put it in the oven, and -- voila! -- you have cake.", .english) == ["Mix it, put it in the oven, and -- voila! -- you have cake."])
    #expect(
      split("Cosa succede se i miei dati vengono usati? - si chiedono gli utenti. Poi tacciono.", .italian)
        == ["Cosa succede se i miei dati vengono usati? - si chiedono gli utenti.", "Poi tacciono."])
    #expect(split("Did it work? - Yes. It failed.", .english) == ["Did it work?", "- Yes.", "It failed."])
  }

  /// Abbreviations before a figure: rupees, Italian weekdays and months.
  @Test func abbreviationsBeforeFigures() {
    #expect(split("I will be paid Rs. 16720 in total. Then I leave.", .english) == ["I will be paid Rs. 16720 in total.", "Then I leave."])
    #expect(split("Mi fissi un appuntamento per mar. 23 nov. alle 10. Grazie.", .italian) == ["Mi fissi un appuntamento per mar. 23 nov. alle 10.", "Grazie."])
  }

  /// A time in capitals after its figure closes its sentence before a capitalised word; in
  /// lowercase, or before a time zone, it runs on.
  @Test func timesOfDay() {
    #expect(
      split("At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went to the store.", .english)
        == ["At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went to the store."])
    #expect(split("The polls close at 8 P.M. Eastern time.", .english) == ["The polls close at 8 P.M. Eastern time."])
  }

  @Test func namesWrittenWithAnExclamationMark() {
    #expect(
      split("Ghosh at Yahoo! Research extended it. It was built at Yahoo! They liked it.", .english)
        == ["Ghosh at Yahoo! Research extended it.", "It was built at Yahoo!", "They liked it."])
  }

  @Test func headlineWithoutFullStopIsOneSentence() {
    #expect(split("Highest terrorist threat", .english) == ["Highest terrorist threat"])
  }
}
