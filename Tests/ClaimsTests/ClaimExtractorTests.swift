import ClaimDiffKit
import Core
import Claims
import Foundation
import Glossary
import Testing

@Suite struct ClaimExtractorTests {
  static let comparer: Comparer? = try? Comparer(options: CompareOptions())

  func claims(_ text: String, _ language: Language, published: SimpleDate? = SimpleDate(year: 2017, month: 5, day: 3)) throws -> [Claim] {
    let comparer = try #require(Self.comparer)
    let article = try ArticleReader().read(
      bytes: Array(text.utf8), path: "t.md", options: IngestOptions(language: language, published: published, format: .markdown))
    return comparer.claims(in: article)
  }

  /// The intervals of the times read from `text`, published on 3 May 2017.
  func intervals(_ text: String, _ language: Language) throws -> [String] {
    try claims(text, language).compactMap(\.time).map(\.intervalText)
  }

  func quantity(_ text: String, _ language: Language) throws -> Quantity {
    try #require(try claims(text, language).first { $0.kind == .quantity }?.quantity)
  }

  @Test func countedThingsAndQualifiers() throws {
    let items = try quantity("More than 2,000 extremist items were identified.", .english)
    #expect(items.value == 2000)
    #expect(items.qualifier == .moreThan)
    #expect(items.counted == "extremist items")
    #expect(items.countedClass == .content)
    let people = try quantity("Il risultato è l'identificazione di oltre 2.000 estremisti, che agivano.", .italian)
    #expect(people.value == 2000)
    #expect(people.qualifier == .moreThan)
    #expect(people.countedLemma == "estremista")
    #expect(people.countedClass == .people)
    let platforms = try quantity("Sono state usate 52 piattaforme di social media diverse.", .italian)
    #expect(platforms.countedLemma == "piattaforma")
    #expect(try quantity("It was a 48-hour operation.", .english).counted == "hour")
    #expect(try quantity("Un'operazione di 48 ore.", .italian).countedTerm == "hour")
    #expect(try quantity("Circa 30 persone sono rimaste ferite.", .italian).qualifier == .approximately)
    // Ranges in words; "two and five" are two figures, not seven; "one to forty" a ratio.
    #expect(try quantity("Prides have between two and five females.", .english).rangeEnd == 5)
    #expect(try quantity("Prides have one to three adult males.", .english).value == 1)
    #expect(try quantity("I branchi hanno da uno a tre maschi adulti.", .italian).rangeEnd == 3)
    #expect(try quantity("I branchi hanno tra due e cinque femmine.", .italian).rangeEnd == 5)
    #expect(try quantity("It takes two to three weeks.", .english).rangeEnd == 3)
    #expect(try quantity("One hundred and five people came.", .english).value == 105)
    #expect(try claims("In the Netherlands the figure is one to forty.", .english).compactMap(\.quantity).allSatisfy { $0.rangeEnd == nil })
    // Zero as news says it; a technology's name is no count.
    #expect(try quantity("Net earnings had fallen to nil last year.", .english).value == 0)
    #expect(try claims("The SUV is shown in 3D format on 5G networks.", .english).compactMap(\.quantity).isEmpty)
    // Both bounds denied say the figure exactly.
    #expect(try quantity("The book lists no more no less than 1001 ways.", .english).qualifier == .exact)
    #expect(try quantity("Il libro elenca né più né meno di 1001 modi.", .italian).qualifier == .exact)
    #expect(try quantity("Il libro elenca niente più e niente meno di 1001 modi.", .italian).qualifier == .exact)
  }

  /// What a part of a whole counts ("12 of his players", "12 dei suoi giocatori"), the noun
  /// before a verb in the past ("12 players played"), a currency sign after the figure ("385 $",
  /// "10 €"), and a unit an English figure joins with a hyphen ("a 20-degree difference").
  @Test func partitivesSignsAfterAndJoinedUnits() throws {
    let players = try quantity("All 12 of his players played very well.", .english)
    #expect(players.value == 12 && players.countedLemma == "player" && players.countedClass == .people)
    #expect(try quantity("Tutti e 12 dei suoi giocatori hanno giocato bene.", .italian).countedLemma == "giocatore")
    #expect(try quantity("Tre delle vittime erano bambini.", .italian).countedLemma == "vittima")
    #expect(try quantity("The 12 players played very well.", .english).countedLemma == "player")
    #expect(try quantity("Then 12 injured people were taken to hospital.", .english).countedLemma == "person")
    // A small "m" before a preposition is metres; "verso le" hedges a time; staff a firm
    // employs are its employees.
    #expect(try quantity("She won gold in the 100m at the Olympics.", .english).unit == "m")
    #expect(try claims("È scoppiato verso le 22 ad Atene.", .italian).first { $0.kind == .time }?.timeQualifier == .approximately)
    #expect(try quantity("The company employs 10,000 staff.", .english).countedLemma == "employee")
    // Degrees glued to the figure, and verbs that bound a figure they take straight after them.
    #expect(try quantity("Temperatures exceeded 40C in Seville.", .english).unit == "°C")
    #expect(try quantity("Temperatures exceeded 40C in Seville.", .english).qualifier == .moreThan)
    #expect(try quantity("No party exceeded the four percent mark.", .english).qualifier == .exact)
    #expect(try quantity("La disoccupazione supera il 30%.", .italian).qualifier == .moreThan)
    // "over" before a count of time after another figure of its clause spreads that figure.
    #expect(try claims("The plan would cost £3bn over five years.", .english).compactMap(\.quantity).map(\.qualifier) == [.exact, .exact])
    #expect(try claims("He was jailed for 3 years and served over five years.", .english).compactMap(\.quantity).last?.qualifier == .moreThan)
    // Italian names what is counted after the figure, with its article: "Sono 300 i morti".
    #expect(try quantity("Sono almeno 300 i morti nel terremoto.", .italian).countedLemma == "morto")
    #expect(try quantity("Salgono a 12 le vittime.", .italian).counted == "vittime")
    // A verb in the past without "-ed" ends the phrase too.
    #expect(try quantity("Yesterday 300 people came to the rally.", .english).counted == "people")
    #expect(try quantity("About 40 soldiers fled the town.", .english).countedLemma == "soldier")
    // A figure after the partitive is its own quantity, not the noun.
    let satellites = try claims("It will develop five of the three-ton satellites.", .english).compactMap(\.quantity)
    #expect(satellites.contains { $0.value == 3 && $0.unit == "t" })
    let money = try claims("Chiede 385 $ al giorno e 10 € a testa.", .italian).compactMap(\.quantity)
    #expect(money.map(\.unit) == ["USD", "EUR"])
    #expect(money.map(\.value) == [385, 10])
    let degrees = try quantity("There is nearly a 20-degree temperature difference.", .english)
    #expect(degrees.value == 20 && degrees.unit == "°" && degrees.qualifier == .nearly)
    #expect(try quantity("He walked a 10-mile route.", .english).unit == "mi")
  }

  /// A match's score is each side's points in the unit "score"; figures joined by a dash with
  /// no word of a match nearby stay a range.
  @Test func scoresAreTwoFiguresAndRangesStayRanges() throws {
    let defeat = try claims("He was hurt in Saturday's 31-27 defeat.", .english).compactMap(\.quantity)
    #expect(defeat.map(\.value) == [31, 27] && defeat.allSatisfy { $0.unit == "score" && $0.rangeEnd == nil })
    let italian = try claims("La squadra ha perso per 47 a 27.", .italian).compactMap(\.quantity)
    #expect(italian.map(\.value) == [47, 27] && italian.allSatisfy { $0.unit == "score" })
    let range = try quantity("Between 10-20 people were hurt.", .english)
    #expect(range.value == 10 && range.rangeEnd == 20 && range.unit == nil)
    // A hedge before a score goes with its first figure, once.
    let hedged = try claims("La squadra ha perso per circa 31 a 27.", .italian).compactMap(\.quantity)
    #expect(hedged.map(\.qualifier) == [.approximately, .exact])
  }

  /// Ordinals from fifth to tenth in words read as their figures in both languages, counting
  /// nothing; after an indefinite article they are fractions' denominators.
  @Test func ordinalWordsInBothLanguages() throws {
    #expect(try claims("Zambia was the fifth seed.", .english).compactMap(\.quantity).map(\.value) == [5])
    #expect(try claims("Lo Zambia era la quinta testa di serie.", .italian).compactMap(\.quantity).map { [$0.value] + [$0.counted == nil ? 0 : 1] } == [[5, 0]])
    #expect(try claims("Dark matter is a good fifth of all matter.", .english).compactMap(\.quantity).map(\.value) != [5])
    #expect(try claims("La materia oscura è un buon quinto della massa.", .italian).compactMap(\.quantity).map(\.value) != [5])
    #expect(try claims("They met on Fifth Avenue.", .english).compactMap(\.quantity).isEmpty)
  }

  /// A vulgar fraction against a figure is its fractional part: "29¾ inches" is 29.75 inches.
  @Test func vulgarFractionsAfterFigures() throws {
    let sizes = try claims("The document measures 29¾ inches by 24½ inches.", .english).compactMap(\.quantity)
    #expect(sizes.map(\.value) == [29.75, 24.5])
    #expect(sizes.allSatisfy { $0.unit == "in" })
    // A fraction in figures after a whole one; a date in figures after a figure is no fraction.
    let run = try claims("He ran 2 1/4 miles in 1 1/2 hours.", .english).compactMap(\.quantity)
    #expect(run.map(\.value) == [2.25, 1.5])
    #expect(try claims("They had 5 3/4/2017 tickets.", .english).compactMap(\.quantity).map(\.value) == [5])
  }

  /// What is counted ends before a word that says how many remain, and before a number word,
  /// which starts a quantity of its own.
  @Test func countedPhrasesEndBeforeRemaindersAndNumbers() throws {
    #expect(try quantity("Global Citizen has 12 years left to reach its goal.", .english).counted == "years")
    let italian = try claims("Il 40 percento dei ragazzi tra gli 11 e i 18 anni possiede due profili.", .italian).compactMap(\.quantity)
    #expect(italian.map(\.value) == [40, 11, 2])
    #expect(italian.last?.counted == "profili")
  }

  /// Italian numbers hidden in other words, as English writes them with digits: ages
  /// ("tredicenne" for "13-year-old"), ordinals ("dodicesima" for "12th"), and "sei" before a
  /// scale word.
  @Test(arguments: [
    ("Un tredicenne è stato arrestato.", 13.0), ("Il giocatore trentunenne ha segnato.", 31), ("Il ventenne è fuggito.", 20),
    ("Ha giocato per una dodicesima volta.", 12), ("Alla ventitreesima buca ha vinto.", 23),
    ("Altri sei milioni vivono in Siria.", 6_000_000),
  ])
  func italianNumbersInsideWords(text: String, value: Double) throws {
    #expect(try quantity(text, .italian).value == value)
  }

  /// Fractions read as their value in both languages, so that "two thirds of" and "due terzi
  /// dei" agree; words that only look like fractions stay words.
  @Test(arguments: [
    ("Half of the voters stayed home.", Language.english, 0.5), ("Half a million people marched.", .english, 500_000),
    ("Two thirds of the members agreed.", .english, 2.0 / 3), ("A quarter of the residents moved.", .english, 0.25),
    ("It took two and a half years.", .english, 2.5), ("La metà degli elettori è rimasta a casa.", .italian, 0.5),
    ("Mezzo milione di persone ha marciato.", .italian, 500_000), ("Due terzi dei membri erano d'accordo.", .italian, 2.0 / 3),
    ("Un milione e mezzo di persone vive qui.", .italian, 1_500_000), ("Ci è voluto un quarto d'ora.", .italian, 0.25),
    ("La popolazione è di 3 milioni e mezzo di abitanti.", .italian, 3_500_000),
    ("The population is 3 million and a half.", .english, 3_500_000), ("Half million eggs were broken.", .english, 500_000),
    ("A quarter million people marched.", .english, 250_000),
    // A half after a figure, after "one", and after the noun, as each language writes it.
    ("One and a half million people marched.", .english, 1_500_000), ("It took 2 and a half hours.", .english, 2.5),
    ("It took a year and a half.", .english, 1.5), ("Ci sono voluti due anni e mezzo.", .italian, 2.5),
    ("Ci sono volute tre ore e un quarto.", .italian, 3.25), ("Ci è voluta un'ora e mezza.", .italian, 1.5),
  ])
  func fractions(text: String, language: Language, value: Double) throws {
    #expect(abs(try quantity(text, language).value - value) < 1e-9)
  }

  static let fractionForms: [(String, Language, Double)] = [
    ("Two-thirds of voters said no.", .english, 2.0 / 3), ("One-eighth of the votes were void.", .english, 0.125),
    ("One million and a half people came.", .english, 1_500_000), ("They spent five billion and three quarters.", .english, 5_750_000_000),
    ("They counted 3 million and a quarter votes.", .english, 3_250_000), ("It was one hundred and three and two thirds.", .english, 103 + 2.0 / 3),
    ("It is twenty and three fifths.", .english, 20.6), ("Sono centotre e due terzi.", .italian, 103 + 2.0 / 3),
    ("Sono cinque e un quarto.", .italian, 5.25), ("Spesero cinque miliardi e tre quarti.", .italian, 5_750_000_000),
    ("Sono cento e tre quarti.", .italian, 100.75), ("Il tasso è l'uno e mezzo per cento.", .italian, 1.5),
    ("Richiederebbe una maggioranza di due terzi in parlamento.", .italian, 2.0 / 3),
    ("Serve la maggioranza dei 2 terzi.", .italian, 2.0 / 3), ("It requires a two-thirds majority in parliament.", .english, 2.0 / 3),
    // A fraction of a smaller scale after the whole, and a fraction of a scale.
    ("The deal is worth one billion and a half million dollars.", .english, 1_000_500_000),
    ("Vale un miliardo e mezzo milione di euro.", .italian, 1_000_500_000),
    ("A quarter of a million people signed.", .english, 250_000), ("Two thirds of a million people voted.", .english, 2_000_000.0 / 3),
    ("Hanno firmato un quarto di milione di abitanti.", .italian, 250_000),
    // Scales glued to an Italian figure: "k", and a capital "M" ("10m" stays metres).
    ("Guadagna ancora 100k all'anno.", .italian, 100_000), ("Il valore è di 1,2M di euro.", .italian, 1_200_000),
  ]

  /// Fractions hyphenated ("one-eighth" had read as nine), of the scale before them ("one
  /// million and a half" had read as 1,000,000.5), with any numerator after the whole, and
  /// plural ones wherever they stand.
  @Test(arguments: fractionForms)
  func fractionsOfEveryForm(text: String, language: Language, value: Double) throws {
    #expect(abs(try quantity(text, language).value - value) < 1e-9)
  }

  /// A fraction's noun after "of" needs no article ("two-thirds of voters"); a singular
  /// fraction word after a number above one is no fraction, and a ten before an ordinal unit
  /// is one ordinal ("twenty fifth" had read as twenty fifths, 4).
  @Test func fractionsAgreeWithTheirNumerators() throws {
    #expect(try quantity("Two thirds of voters said no.", .english).counted == "voters")
    // A singular whole after an Italian fraction is what it counts.
    #expect(try quantity("Un quinto della popolazione è povero.", .italian).countedLemma == "popolazion")
    #expect(try quantity("Ieri guadagnava 100k all'anno.", .italian).counted == nil)
    #expect(try quantity("È un muro di 10m di altezza.", .italian).unit == "m")
    for (text, value) in [("The twenty fifth anniversary was held.", 25.0), ("It was the thirty first time.", 31), ("The twenty second day.", 22)] {
      let ordinal = try quantity(text, .english)
      #expect(ordinal.value == value && ordinal.counted == nil, "\(text)")
    }
    // "a thirty second ad" is half a minute.
    #expect(try quantity("He ran a thirty second ad.", .english).value == 30)
    // A singular fraction word after "un" is an ordinal unless it divides something.
    #expect(try claims("Ha vinto il suo terzo mandato.", .italian).compactMap(\.quantity).isEmpty)
    // An English fraction alone, where no noun follows it: "fell by a third", "one fifth in
    // 2016"; "a third term" ranks, "a second" and "a quarter" alone are as often time.
    #expect(try quantity("Output fell by a third last year.", .english).value == 1.0 / 3)
    #expect(try quantity("Prices rose by one fifth in 2016.", .english).value == 0.2)
    #expect(try claims("He won a third term.", .english).compactMap(\.quantity).isEmpty)
    #expect(try claims("Sales rose in a quarter.", .english).compactMap(\.quantity).isEmpty)
  }

  /// A ratio of one is the fraction it states, in both languages and whether its noun comes
  /// before or after the denominator: "one in five children", "un bambino su cinque", "una
  /// persona su 12 milioni". A ratio of more than one stays two counts ("41 out of 48" as "41
  /// delle 48"), and a "su" or an "in" that is no ratio stays what it is.
  @Test func ratiosOfOne() throws {
    for (text, language, value) in [
      ("One in five children has a secret account.", Language.english, 0.2), ("Un bambino su cinque ha un account segreto.", .italian, 0.2),
      ("1 in 4 adults smoke.", .english, 0.25), ("Uno su tre ha votato.", .italian, 1.0 / 3), ("One child in five is poor.", .english, 0.2),
      ("Soltanto una persona su dieci riceve un trattamento.", .italian, 0.1), ("A person in 12 million is at risk.", .english, 1.0 / 12_000_000),
      ("Una persona su 12 milioni è a rischio.", .italian, 1.0 / 12_000_000), ("It happened one out of ten times.", .english, 0.1),
    ] {
      #expect(abs(try quantity(text, language).value - value) < 1e-12, "\(text)")
    }
    #expect(try claims("Rates rose in 41 out of 48 cities.", .english).compactMap(\.quantity).map(\.value) == [41, 48])
    let survey = try quantity("Un sondaggio su 20.000 studenti ha rivelato un aumento.", .italian)
    #expect(survey.value == 20_000 && survey.counted == "studenti")
    #expect(try claims("He made the trip in 3 hours.", .english).compactMap(\.quantity).map(\.value) == [3])
    // A year after "in" is a year, early ones too: "an earthquake in 1755".
    let earthquake = try claims("It was abandoned after an earthquake in 1755.", .english)
    #expect(earthquake.compactMap(\.quantity).isEmpty && earthquake.compactMap(\.time).count == 1)
  }

  /// Masses, volumes and areas in their units, and what a measure measures after "of" / "di"
  /// ("2 tonnes of cocaine"); not a place a distance is from, nor what "the" makes particular.
  @Test func measuresAndWhatTheyMeasure() throws {
    for (text, language, unit) in [
      ("It contains 20 milligrams of caffeine.", Language.english, "mg"), ("Add 250 ml of milk.", .english, "ml"),
      ("The tank holds 20 gallons of fuel.", .english, "gal"), ("The fire burned 1,000 acres of forest.", .english, "acre"),
      ("The park covers 75,000 square kilometres.", .english, "km²"), ("Il parco copre 75 000 chilometri quadrati.", .italian, "km²"),
      ("Contiene 20 milligrammi di caffeina.", .italian, "mg"), ("Hanno bruciato 405 acri di bosco.", .italian, "acre"),
    ] {
      #expect(try quantity(text, language).unit == unit, "\(text)")
    }
    #expect(try quantity("Police seized 2 tonnes of cocaine.", .english).counted == "cocaine")
    #expect(try quantity("Hanno aggiunto 500 litri d'acqua.", .italian).counted == "acqua")
    #expect(try quantity("It was within 200 miles of Phoenix.", .english).counted == nil)
    #expect(try quantity("They drank half a gallon.", .english).value == 0.5)
    // A weekday's figure that counts what follows is no day of the month.
    let seized = try claims("La polizia ha sequestrato lunedì 2 tonnellate di cocaina.", .italian)
    #expect(seized.compactMap(\.quantity).map(\.value) == [2] && seized.compactMap(\.time).map(\.expression) == ["weekday-1"])
  }

  /// A word no dictionary knows, opening the sentence as the subject of a verb of saying or
  /// having, is a name even when the other article does not have it; an indefinite pronoun is
  /// not ("Qualcuno ha detto", "Everything has").
  @Test func unknownSubjectsOpeningASentenceAreNames() throws {
    func names(_ text: String, _ language: Language) throws -> [String] { try claims(text, language).compactMap { $0.entity?.canonical } }
    #expect(try names("Siminoff ha dichiarato che le vendite sono cresciute.", .italian) == ["Siminoff"])
    #expect(try names("Zelensky said the talks would go on.", .english) == ["Zelensky"])
    #expect(try names("Qualcuno ha detto che le vendite sono cresciute.", .italian).isEmpty)
    #expect(try names("Everything has changed since then.", .english).isEmpty)
    #expect(try names("Sebbene le vendite siano cresciute, nulla è cambiato.", .italian).isEmpty)
  }

  /// "some" before a figure hedges it, though it is also read as an article; a plus sign
  /// against the figure does not hide its qualifier.
  @Test func someAndPlusSigns() throws {
    #expect(try quantity("Some 9,400 homes are without water.", .english).qualifier == .approximately)
    #expect(try quantity("The war went on for some 20 years.", .english).qualifier == .approximately)
    #expect(try quantity("Temperatures above +30°C are common.", .english).qualifier == .moreThan)
  }

  /// Italian "sotto"/"sopra" bound a figure with their article ("sotto il 40%", "sotto le 2
  /// ore", "sotto la soglia del 50%"), not without ("sotto 3 governi"); comparison signs
  /// bound in both languages.
  @Test func boundsBelowAndAboveAndSigns() throws {
    #expect(try quantity("Il sostegno è sceso sotto il 40%.", .italian).qualifier == .lessThan)
    #expect(try quantity("Ha corso la maratona sotto le 2 ore.", .italian).qualifier == .lessThan)
    #expect(try quantity("Per la prima volta sotto la soglia del 50%.", .italian).qualifier == .lessThan)
    #expect(try quantity("Le temperature sono al di sopra del 30%.", .italian).qualifier == .moreThan)
    #expect(try quantity("Ha lavorato sotto 3 governi.", .italian).qualifier == .exact)
    #expect(try quantity("Listening at high volume (>89 dB) harms hearing.", .english).qualifier == .moreThan)
    #expect(try quantity("Ascoltare ad alto volume (>89 dB) danneggia l'udito.", .italian).qualifier == .moreThan)
  }

  /// "Roma" is Rome in an Italian sentence and the Roma people, no place, in an English one.
  @Test func romaByLanguage() throws {
    #expect(try claims("Il sindaco di Roma ha parlato.", .italian).compactMap { $0.entity?.canonical } == ["Rome"])
    #expect(try claims("Investing in the education of Roma children pays off.", .english).compactMap(\.entity).isEmpty)
  }

  /// Italian institutions in lower case after their article are the glossary's names, as
  /// their capitalised forms are; a form of another kind ("il repubblicano", a party's member)
  /// or a word inside a longer term ("membro del parlamento") is not.
  @Test func italianInstitutionsInLowerCase() throws {
    func names(_ text: String) throws -> [String] { try claims(text, .italian).compactMap { $0.entity?.canonical } }
    #expect(try names("Obama spera che il congresso approvi la legge.") == ["Congress"])
    #expect(try names("La legge passa al senato e poi alla corte suprema.") == ["Senate", "Supreme Court"])
    #expect(try names("Si è candidata contro il repubblicano Diehl.") == ["Diehl"])
    #expect(try names("È membro del parlamento da otto anni.").isEmpty)
    #expect(try names("Ha tenuto un congresso a Bari.") == ["Bari"])
  }

  /// Decimals said in words, digit by digit or as one number, in both languages; "point" as a
  /// noun is no decimal point.
  @Test func spokenDecimals() throws {
    for (text, language, value) in [
      ("The deal is worth two point two million.", Language.english, 2_200_000.0), ("He ran twelve point five miles.", .english, 12.5),
      ("The score was nine point nought four.", .english, 9.04), ("L'accordo vale tre virgola cinque milioni.", .italian, 3_500_000),
      ("Il valore è duecento virgola settantuno.", .italian, 200.71),
    ] {
      #expect(abs(try quantity(text, language).value - value) < 1e-6, "\(text)")
    }
    #expect(try claims("The main point is this.", .english).compactMap(\.quantity).isEmpty)
  }

  /// A qualifier after a range's opener qualifies the range: "between about 10 and 20", "tra
  /// gli oltre 11 e i 18 anni" (NTREX's injected hedge had read as a changed figure).
  @Test func qualifiersInsideRanges() throws {
    let english = try quantity("Between about 10 and 20 people came.", .english)
    #expect(english.value == 10 && english.rangeEnd == 20 && english.qualifier == .approximately)
    let italian = try quantity("Il sondaggio ha intervistato ragazzi tra gli oltre 11 e i 18 anni.", .italian)
    #expect(italian.value == 11 && italian.rangeEnd == 18 && italian.qualifier == .moreThan)
    #expect(try quantity("Between 10 and 20 people came.", .english).qualifier == .exact)
  }

  /// A scale in words takes "di" before its currency, as a figure's does: "tre milioni di euro".
  @Test func italianScaleWordsBeforeTheirCurrency() throws {
    #expect(try quantity("Hanno speso tre milioni di euro.", .italian).unit == "EUR")
    #expect(try quantity("Hanno speso un milione e mezzo di euro.", .italian).unit == "EUR")
  }

  /// Round figures said as nouns: Italian "una ventina" is about twenty, as English "about 20";
  /// "una dozzina" and "a dozen" are twelve.
  @Test func roundFiguresSaidAsNouns() throws {
    let italian = try quantity("Una ventina di persone sono rimaste ferite.", .italian)
    #expect(italian.value == 20 && italian.qualifier == .approximately && italian.counted == "persone")
    #expect(try quantity("Un migliaio di studenti ha protestato.", .italian).value == 1000)
    #expect(try quantity("Ha comprato una dozzina di uova.", .italian).qualifier == .exact)
    #expect(try quantity("A dozen eggs were sold.", .english).value == 12)
    #expect(try quantity("Half a dozen officers came.", .english).value == 6)
    // Dozens counted in words: the figure is the number of things, and the dozen is no noun.
    let english = try quantity("Police arrested two dozen people on Monday.", .english)
    #expect(english.value == 24 && english.counted == "people")
    let dozens = try quantity("La polizia ha arrestato due dozzine di persone lunedì.", .italian)
    #expect(dozens.value == 24 && dozens.counted == "persone")
    #expect(try quantity("They sold three dozens of eggs.", .english).value == 36)
    #expect(try quantity("They sold 3 dozen eggs.", .english).value == 36)
    let eggs = try quantity("Ha comprato 3 dozzine di uova.", .italian)
    #expect(eggs.value == 36 && eggs.counted == "uova")
  }

  /// An Italian ten elided before a vowel is that ten: "vent'anni" as "twenty years"; an
  /// elided article ("un'auto") stays an article.
  @Test func elidedTensAreFigures() throws {
    let years = try quantity("Vent’anni fa la città era diversa.", .italian)
    #expect(years.value == 20 && years.counted == "anni")
    #expect(try quantity("Ha compiuto settant'anni.", .italian).value == 70)
    #expect(try claims("Ha comprato un'auto nuova.", .italian).compactMap(\.quantity).isEmpty)
  }

  /// A number word joined by a hyphen to what it counts reads as its figure does ("a two-hour
  /// meeting" as "a 2-hour meeting", "a three-year-old" as "a 3-year-old"); "one", scales and
  /// fractions so joined are no count.
  @Test func numberWordsJoinedToWhatTheyCount() throws {
    let meeting = try quantity("They held a two-hour meeting in London.", .english)
    #expect(meeting.value == 2 && meeting.countedLemma == "hour")
    // The same reading of the joined word as after a figure.
    let boy = try quantity("The three-year-old boy was found safe.", .english)
    let figures = try quantity("The 3-year-old boy was found safe.", .english)
    #expect(boy.value == 3 && boy.countedTerm != nil && boy.countedTerm == figures.countedTerm && boy.countedLemma == figures.countedLemma)
    #expect(try quantity("The twenty-five-year-old was arrested.", .english).value == 25)
    for text in ["It was a one-sided game.", "A billion-dollar bailout was approved.", "The second-largest city voted."] {
      #expect(try claims(text, .english).compactMap(\.quantity).isEmpty, "\(text)")
    }
  }

  /// A height in feet and inches is one measure: "6 feet 2 inches" is 6 1/6 feet.
  @Test func feetAndInchesAreOneHeight() throws {
    for text in ["He is 6 feet 2 inches tall.", "He is 6 feet and 2 inches tall.", "He stood 6 ft 2 in."] {
      let height = try quantity(text, .english)
      #expect(abs(height.value - (6 + 2.0 / 12)) < 1e-9 && height.unit == "ft", "\(text)")
    }
    #expect(try quantity("The wall is 6 feet in height.", .english).value == 6)
  }

  /// An English decimal written without its leading zero is that decimal, not a whole number.
  @Test func decimalsWithoutTheirZero() throws {
    #expect(try quantity("His blood alcohol level was .08 at the time.", .english).value == 0.08)
    #expect(try quantity("He carried a .45 handgun.", .english).value == 0.45)
    // A full stop between sentences, with a space after it, is no decimal point.
    #expect(try claims("He left in 2019. 25 people stayed.", .english).compactMap(\.quantity).map(\.value) == [25])
  }

  @Test func wordsThatOnlyLookLikeFractions() throws {
    #expect(try claims("Sales fell for two quarters.", .english).compactMap(\.quantity).map(\.value) == [2])
    #expect(try claims("He won a third term.", .english).compactMap(\.quantity).isEmpty)
    #expect(try claims("Il quarto giorno è arrivato.", .italian).compactMap(\.quantity).isEmpty)
    #expect(try claims("È partito a metà maggio.", .italian).compactMap(\.quantity).isEmpty)
  }

  /// Italian "mai" opening its clause denies, as English "never"; after a verb it is "ever".
  @Test func italianMaiDeniesOnlyOpeningItsClause() throws {
    func negations(_ text: String) throws -> Int { try claims(text, .italian).filter { $0.kind == .negation }.count }
    #expect(try negations("I giocatori ci credono, e mai come in gare come queste.") == 1)
    #expect(try negations("Mai visto nulla di simile in città.") == 1)
    #expect(try negations("È il film peggiore che abbia mai visto.") == 0)
    #expect(try negations("Non l'ho mai visto prima.") == 1)
  }

  /// Borrowed compounds ("non profit", "non-stop") are written with "non"; "not" before the
  /// same word denies.
  @Test func compoundsTakeNonNotNot() throws {
    func negations(_ text: String, _ language: Language) throws -> Int { try claims(text, language).filter { $0.kind == .negation }.count }
    #expect(try negations("Overground trains will not stop at Wembley.", .english) == 1)
    #expect(try negations("The company did not profit from the sale.", .english) == 1)
    #expect(try negations("Le organizzazioni non profit hanno protestato.", .italian) == 0)
    #expect(try negations("Il treno viaggia non-stop fino a Milano.", .italian) == 0)
    // A list closed by "and nothing else" says "only".
    #expect(try negations("It was driven by their luminosity, their rotation, and nothing else.", .english) == 0)
    #expect(try negations("Nothing else was found at the site.", .english) == 1)
    // "non vedente" is the word for blind: a translation may say "visually impaired".
    let blind = try claims("Lo sciatore polacco non vedente si è classificato tredicesimo.", .italian).filter { $0.kind == .negation }
    #expect(blind.count == 1 && blind.allSatisfy(\.isOptionalNegation))
  }

  /// Negations a translation may drop: negative questions, litotes ("not indifferent", "non da
  /// poco"), "if not,"; and a negation fused with its verb ("nobody's looking") is one.
  @Test func negationsThatAssertAndFusedOnes() throws {
    func negations(_ text: String, _ language: Language) throws -> [Claim] { try claims(text, language).filter { $0.kind == .negation } }
    for (text, language) in [
      ("You're a very versatile woman, aren't you?", Language.english), ("They said, 'isn't that wonderful.'", .english),
      ("People who are not indifferent to its fate signed it.", .english), ("If not, you can use the speaker.", .english),
      ("È un segnale non da poco per il mercato.", .italian), ("Il risultato non è male per la squadra.", .italian),
    ] {
      let found = try negations(text, language)
      #expect(found.count == 1 && found.allSatisfy(\.isOptionalNegation), "\(text)")
    }
    let nobody = try negations("It can be done when nobody's looking.", .english)
    #expect(nobody.count == 1 && !nobody[0].isOptionalNegation)
    #expect(try negations("He didn't make eye contact with them.", .english).map(\.isOptionalNegation) == [false])
  }

  /// A negation of a word that denies asserts (litotes: "non mancano", "non ha mai smesso di",
  /// "not without humour", "has not stopped growing", "non poche polemiche"), and so does "no
  /// later than"; a "non" before an adjectival participle ("non corretto") may be a prefix; after "fintanto che" and in a comparison ("di quanto non sembri", "che non
  /// Parigi") Italian's "non" is expletive. An elided n-word ("nessun'altra") denies; a verb of
  /// stopping denied before its object ("did not stop the war") still does.
  @Test func litotesExpletivesAndElidedNegations() throws {
    func negations(_ text: String, _ language: Language) throws -> [Claim] { try claims(text, language).filter { $0.kind == .negation } }
    for (text, language) in [
      ("E non mancano le aziende che offrono consulenza.", Language.italian),
      ("Il sindaco non ha mai smesso di difendere il progetto.", .italian), ("La proposta suscitò non poche polemiche.", .italian),
      ("Non più tardi di un anno fa il virus è apparso sull'isola.", .italian),
      ("Ha perso la gara per il montaggio non corretto della ruota.", .italian),
      ("The critic described him, not without humour, as a challenge.", .english),
      ("The city has not stopped growing since the war.", .english), ("The report is due no later than May.", .english),
    ] {
      let found = try negations(text, language)
      #expect(found.count == 1 && found.allSatisfy(\.isOptionalNegation), "\(text)")
    }
    for text in [
      "Gli ostaggi sarebbero rimasti lì fintanto che i rapitori non avessero avuto una via di fuga.",
      "Il viaggio è stato più facile di quanto non sembrasse.", "Non c'è luogo più adatto che non Parigi.",
    ] {
      #expect(try negations(text, .italian).filter { !$0.isOptionalNegation }.count == (text.hasPrefix("Non") ? 1 : 0), "\(text)")
    }
    #expect(try negations("Ci sono più persone che non votano.", .italian).map(\.isOptionalNegation) == [false])
    #expect(try negations("Il sindaco non invita i giornalisti.", .italian).map(\.isOptionalNegation) == [false])
    #expect(try negations("The strikes did not stop the war.", .english).map(\.isOptionalNegation) == [false])
    #expect(try negations("La vergogna sta qui, e da nessun'altra parte.", .italian).map(\.text) == ["nessun'altra"])
  }

  /// A time zone makes a time of day of "12.00" and "1200"; a small "m" before a race or a
  /// dimension is metres, after a currency millions; "a thousand" is one thousand.
  @Test func timeZonesMetresAndAThousand() throws {
    #expect(try claims("The group presented its report at 12.00 GMT today.", .english).compactMap(\.time).map(\.expression).contains("clock-12:00"))
    #expect(try claims("The truck was taken away at 1200 GMT.", .english).compactMap(\.time).map(\.expression) == ["clock-12:00"])
    let swims = try claims("He was due to swim in the 100m and 200m freestyle.", .english).compactMap(\.quantity)
    #expect(swims.map(\.value) == [100, 200])
    #expect(swims.allSatisfy { $0.unit == "m" })
    #expect(try quantity("The club paid £10m for him.", .english).value == 10_000_000)
    #expect(try quantity("The region has 10m people.", .english).value == 10_000_000)
    #expect(try quantity("The church had been in Rome for over a thousand years.", .english).value == 1000)
    #expect(try quantity("The tower is a hundred and fifty metres tall.", .english).value == 150)
    // A figure that ends the text, with nothing after it to read as a unit.
    #expect(try quantity("The final score was 5", .english).value == 5)
    #expect(try quantity("The pool is 50m", .english).unit == "m")
  }

  /// Negations a translation may write otherwise are optional: a "mai" before a participle
  /// ("never seen" or "ever seen"), a "non" before a word that is only a noun or an adjective
  /// (a prefix in all but spelling: "non professionisti" is "amateur"; not a verb before its
  /// object, "non vince il premio"), "don't forget".
  /// Conjunctions and restrictions are no negations: "non appena" is "as soon as", "non sono
  /// altro che" and "aren't just" restrict.
  @Test func negationsATranslationMayWriteOtherwise() throws {
    func negations(_ text: String, _ language: Language) throws -> [Bool] {
      try claims(text, language).filter { $0.kind == .negation }.map(\.isOptionalNegation)
    }
    #expect(try negations("Vediamo processi mai osservati in precedenza.", .italian) == [true])
    #expect(try negations("Il programma usava doppiatori non professionisti.", .italian) == [true])
    #expect(try negations("Il ministro non professa alcuna fede.", .italian) == [false])
    // A verb with its object after it, whatever MultiWordNet lacks ("vincere") or reads as a
    // noun's lemma key ("merita"), denies the claim.
    #expect(try negations("Il governo non vince il premio.", .italian) == [false])
    #expect(try negations("Il governo non merita la fiducia degli elettori.", .italian) == [false])
    #expect(try negations("Non appena usciti dalla corrente, nuotate.", .italian).isEmpty)
    #expect(try negations("Le voci non sono altro che chiacchiere.", .italian).isEmpty)
    #expect(try negations("The forests aren't just swamps.", .english).isEmpty)
    #expect(try negations("We can't just rely on English.", .english) == [false])
    #expect(try negations("Don't forget the periodic table.", .english) == [true])
    #expect(try negations("But I believe we will not fail.", .english) == [true])
    #expect(try negations("Schumacher ended his race not long after Alonso.", .english) == [true])
  }

  /// A minus sign against a figure negates it; a hyphen between figures is a range or a code.
  @Test func negativeFigures() throws {
    #expect(try quantity("Temperatures fell to -5 °C overnight.", .english).value == -5)
    #expect(try quantity("Le temperature sono scese a \u{2212}3 gradi.", .italian).value == -3)
    #expect(try claims("Between 10-20 people came.", .english).compactMap(\.quantity).allSatisfy { $0.value >= 0 })
    #expect(try claims("The COVID-19 rules changed.", .english).compactMap(\.quantity).allSatisfy { $0.value >= 0 })
  }

  /// Centuries are the years they name, alike in both languages: "the 19th century",
  /// "19th-century", "nineteenth century", "XIX secolo", "il secolo XIX", "l'Ottocento".
  @Test(arguments: [
    ("It is a 19th-century building.", Language.english), ("In the 19th century, cities grew.", .english),
    ("In the nineteenth century, cities grew.", .english), ("È un edificio del XIX secolo.", .italian),
    ("Nel secolo XIX le città crebbero.", .italian), ("Nell'Ottocento le città crebbero.", .italian),
  ])
  func centuriesAreTheYearsTheyName(text: String, language: Language) throws {
    let times = try claims(text, language).compactMap(\.time)
    #expect(times.map(\.intervalText) == ["1800-01-01..1899-12-31"])
    #expect(try claims(text, language).filter { $0.kind == .quantity }.isEmpty)
  }

  /// ISO currency codes before or after a figure are its unit, as "$" and "€" are.
  @Test func currencyCodesAreUnits() throws {
    let english = try claims("The item costs EUR 125, and the fund paid 200 USD.", .english).compactMap(\.quantity)
    #expect(english.map(\.unit) == ["EUR", "USD"])
    #expect(try quantity("Il fondo ha pagato GBP 350.", .italian).unit == "GBP")
  }

  @Test func eightHundredIsNotACentury() throws {
    #expect(try quantity("Ci sono ottocento persone.", .italian).value == 800)
    #expect(try quantity("Ottocento persone sono arrivate.", .italian).value == 800)
    #expect(try quantity("«Quattrocento professori ci hanno scritto», ha detto.", .italian).value == 400)
  }

  /// Ranges with their scale said twice ("from 25 billion to 55 billion"), hedged ranges of
  /// small figures ("2 or 3 weeks", "due o tre settimane", "due-tre settimane"), and a hedge
  /// after the figure ("20 or so people", "20 o giù di lì").
  @Test func moreRangesAndHedges() throws {
    func ends(_ text: String, _ language: Language) throws -> [Double] {
      let q = try quantity(text, language)
      return [q.value] + (q.rangeEnd.map { [$0] } ?? [])
    }
    #expect(try ends("Trade rose from 25 billion to 55 billion.", .english) == [25e9, 55e9])
    #expect(try ends("Lo scambio è salito da 25 a 55 miliardi.", .italian) == [25e9, 55e9])
    #expect(try ends("Symptoms appear 2 or 3 weeks later.", .english) == [2, 3])
    #expect(try ends("I sintomi appaiono due-tre settimane dopo.", .italian) == [2, 3])
    #expect(try ends("I sintomi appaiono 2 o 3 settimane dopo.", .italian) == [2, 3])
    #expect(try quantity("A queue of 20 or so people waited.", .english).qualifier == .approximately)
    #expect(try quantity("Una coda di 20 o giù di lì aspettava.", .italian).qualifier == .approximately)
    // "or" between a large figure and another is a choice, not a hedge.
    #expect(try ends("It costs 150 or 300 euros.", .english) == [150])
  }

  /// A scale and a currency joined to the figure by hyphens: "a 700-billion-dollar bailout".
  @Test func scalesAndCurrenciesJoinedByHyphens() throws {
    let bailout = try quantity("Investors feared the 700-billion-dollar bailout would not suffice.", .english)
    #expect(bailout.value == 700e9 && bailout.unit == "USD")
    let plan = try quantity("They announced a 2-million-euro plan.", .english)
    #expect(plan.value == 2e6 && plan.unit == "EUR")
    #expect(try quantity("They saw a 3-million-strong crowd.", .english).value == 3e6)
    // A capitalised article opening the sentence is no name the figure belongs to.
    #expect(try quantity("A 3-million-strong crowd gathered in the square.", .english).value == 3e6)
  }

  /// Currencies news names in words besides dollars, euros and pounds, and the codes of more.
  @Test func moreCurrencies() throws {
    #expect(try quantity("In totale 65 milioni di fiorini.", .italian).unit == "HUF")
    #expect(try quantity("Funds of HUF 65 million were shared.", .english).unit == "HUF")
    #expect(try quantity("It cost 3 million roubles.", .english).unit == "RUB")
    let crowns = try quantity("It costs 2,000 Czech crowns.", .english).unit
    #expect(try quantity("Costa 2.000 corone.", .italian).unit == crowns)
    #expect(try quantity("Ha pagato 500 yen.", .italian).unit == "JPY")
  }

  @Test func spacedMeridiemAfterAFigureIsATimeOfDay() throws {
    let times = try claims("Yuan entered the market at 4.40 am on Thursday, and left at 6 am.", .english).compactMap(\.time)
    #expect(times.map(\.expression).contains("clock-4:40"))
    #expect(times.map(\.expression).contains("clock-6:00"))
    #expect(try claims("I am sure I am right.", .english).filter { $0.kind == .time }.isEmpty)
  }

  @Test func wordsThatOnlyLookLikeDerivedNumbers() throws {
    for text in ["Una pianta perenne cresce.", "Tu sei arrivato ieri.", "Il decimo giorno.", "Il Ducato di Milano nel secolo scorso."] {
      #expect(try claims(text, .italian).filter { $0.kind == .quantity && ($0.quantity?.value ?? 0) > 10 }.isEmpty, "\(text)")
    }
  }

  @Test func scalesUnitsAndWords() throws {
    let billion = try quantity("The deal is worth 4.5 billion euros.", .english)
    #expect(billion.value == 4_500_000_000)
    #expect(billion.unit == "EUR")
    let miliardi = try quantity("L'accordo vale 4,5 miliardi di euro.", .italian)
    #expect(miliardi.value == 4_500_000_000)
    #expect(miliardi.unit == "EUR")
    #expect(try quantity("Prices rose 12 per cent.", .english).unit == "%")
    #expect(try quantity("Forty-eight people were arrested.", .english).value == 48)
    #expect(try quantity("Sono stati arrestati duemila uomini.", .italian).value == 2000)
    #expect(try quantity("Sei ostaggi sono stati liberati.", .italian).value == 6)
    #expect(try quantity("Ci sono centotrentatré vittime.", .italian).value == 133)
    #expect(try quantity("Ci sono ventitré vittime.", .italian).value == 23)
  }

  @Test func readingGapsFoundOnRealTranslations() throws {
    // Seen on NTREX: heights, dotted clock times, pounds of weight, "venti" as winds.
    let height = try quantity("The 6-foot-6 forward grew up in Baton Rouge.", .english)
    #expect(height.value == 6.5)
    #expect(height.unit == "ft")
    #expect(try clock("She was found at 7.55am on Sunday.", .english) == "clock-7:55")
    #expect(try quantity("The 550 pound hog died.", .english).unit == "lb")
    let winds = try claims("Rosa ha registrato venti fino a 138 km/h.", .italian).compactMap(\.quantity)
    #expect(winds.map(\.value) == [138])
    #expect(try claims("Heavy rain will reach the Four Corners.", .english).compactMap(\.quantity).isEmpty)
  }

  @Test func agesReadAlikeInBothLanguages() throws {
    let english = try quantity("A 45-year-old man was charged.", .english)
    let italian = try quantity("Un uomo di 45 anni è stato accusato.", .italian)
    #expect(english.value == 45)
    #expect(english.countedTerm == "year")
    #expect(italian.countedTerm == "year")
    // An age set off by commas after a name.
    #expect(try quantity("Saipov, 30, is accused of the attack.", .english).countedTerm == "year")
    #expect(try quantity("Saipov, 30 anni, è accusato dell'attacco.", .italian).countedTerm == "year")
    #expect(try quantity("In Rome, 30 people marched.", .english).countedTerm != "year")
    #expect(try quantity("But the actor, 31, has hit out at the stereotype.", .english).countedTerm == "year")
    #expect(try quantity("Some children, as young as 11, have secret accounts.", .english).countedTerm == "year")
    let list = try claims("Three men, aged 33, 34 and 39, were arrested.", .english).compactMap(\.quantity)
    #expect(list.filter { $0.countedTerm == "year" }.map(\.value) == [33, 34, 39])
    // "a 31-27 defeat" is a score, not a range.
    #expect(try quantity("They lost 31-27 on Saturday.", .english).rangeEnd == nil)
  }

  @Test func yearsAreTimesNotCounts() throws {
    let found = try claims("Nel 2016 quella più usata è stata Telegram.", .italian)
    #expect(!found.contains { $0.kind == .quantity })
    let time = try #require(found.first { $0.kind == .time }?.time)
    #expect(time.from == SimpleDate(year: 2016, month: 1, day: 1))
    #expect(time.to == SimpleDate(year: 2016, month: 12, day: 31))
  }

  @Test func relativeTimesResolveAgainstPublication() throws {
    let pastYear = try #require(try claims("Telegram was popular over the past year.", .english).first { $0.kind == .time }?.time)
    #expect(pastYear.from == SimpleDate(year: 2016, month: 5, day: 3))
    #expect(pastYear.to == SimpleDate(year: 2017, month: 5, day: 3))
    let lastWeek = try #require(try claims("It happened last week.", .english).first { $0.kind == .time }?.time)
    #expect(lastWeek.from == SimpleDate(year: 2017, month: 4, day: 24))
    #expect(lastWeek.to == SimpleDate(year: 2017, month: 4, day: 30))
    let scorsa = try #require(try claims("È successo la settimana scorsa.", .italian).first { $0.kind == .time }?.time)
    #expect(scorsa.from == lastWeek.from)
    let wednesday = try #require(try claims("He said on Wednesday that it was true.", .english).first { $0.kind == .time }?.time)
    #expect(wednesday.from == SimpleDate(year: 2017, month: 5, day: 3))
    let ieri = try #require(try claims("Ieri la polizia ha parlato.", .italian).first { $0.kind == .time }?.time)
    #expect(ieri.from == SimpleDate(year: 2017, month: 5, day: 2))
    let date = try #require(try claims("Il voto si è svolto il 4 maggio 2017.", .italian).first { $0.kind == .time }?.time)
    #expect(date.from == SimpleDate(year: 2017, month: 5, day: 4))
    let english = try #require(try claims("It was seen on April 30, 2017, in Mosul.", .english).first { $0.kind == .time }?.time)
    #expect(english.from == SimpleDate(year: 2017, month: 4, day: 30))
  }

  func clock(_ text: String, _ language: Language) throws -> String? {
    try claims(text, language).first { $0.kind == .time }?.time?.expression
  }

  /// A weekday with a day of the month and no month is the nearest such date: "Tuesday the
  /// 19th" and "martedì 19" in an article of Thursday 14 March 2019 are 19 March.
  /// A weekday before an hour is no day of the month: "Thursday 8:00 GMT", "Friday 9 am".
  @Test func aWeekdayBeforeAnHour() throws {
    let times = try claims("They met on Thursday 8:00 GMT and on Friday 9 am.", .english, published: SimpleDate(year: 2019, month: 3, day: 14))
      .compactMap(\.time).map(\.expression)
    #expect(times == ["weekday-4", "clock-8:00", "weekday-5", "clock-9:00"])
  }

  @Test(arguments: [("Tuesday the 19th was cold.", Language.english), ("On Tuesday 19th he left.", .english), ("Martedì 19 è partito.", .italian)])
  func weekdayWithADayOfTheMonth(text: String, language: Language) throws {
    let times = try claims(text, language, published: SimpleDate(year: 2019, month: 3, day: 14)).compactMap(\.time)
    #expect(times.map(\.intervalText) == ["2019-03-19"])
  }

  /// Each century of a list before "centuries" / "secolo" is a century, as the last one is.
  @Test(arguments: [
    ("It covers the 11th, 12th, and 13th centuries.", Language.english, ["1000-01-01..1099-12-31", "1100-01-01..1199-12-31", "1200-01-01..1299-12-31"]),
    ("It peaked between the 10th - 11th centuries.", .english, ["0900-01-01..0999-12-31", "1000-01-01..1099-12-31"]),
    ("Il periodo copre l'XI, il XII e il XIII secolo.", .italian, ["1000-01-01..1099-12-31", "1100-01-01..1199-12-31", "1200-01-01..1299-12-31"]),
    ("Fiorì nei secoli XI e XII.", .italian, ["1000-01-01..1099-12-31", "1100-01-01..1199-12-31"]),
    ("The 11th and 12th players scored.", .english, []),
  ])
  func listedCenturies(text: String, language: Language, intervals: [String]) throws {
    #expect(try self.intervals(text, language) == intervals)
  }

  /// A year with its era is a year whatever its size ("1100 A.D.", "AD 1000", "1000 d.C.", "1100
  /// dopo Cristo"); a year before Christ stays a figure, as both languages write it.
  @Test(arguments: [
    ("It lasted until about 1100 A.D., long after AD 800.", Language.english, ["1100-01-01..1100-12-31", "0800-01-01..0800-12-31"]),
    ("The wall was built in 122 CE.", .english, ["0122-01-01..0122-12-31"]),
    ("Proseguì fino al 1100 d.C. e oltre il 1200 dopo Cristo.", .italian, ["1100-01-01..1100-12-31", "1200-01-01..1200-12-31"]),
    ("La città fu fondata nel 500 a.C.", .italian, []),
  ])
  func yearsOfOurEra(text: String, language: Language, intervals: [String]) throws {
    #expect(try self.intervals(text, language) == intervals)
  }

  /// A month after "of", "on" or an elided "d'", and an Italian year after "del", in an
  /// article of 3 May 2017; "May" after "of" is as often Theresa May, and is not read.
  @Test(arguments: [
    ("Britain may leave the EU at the end of March.", Language.english, ["2017-03-21..2017-03-31"]),
    ("The figures of March were lower.", .english, ["2017-03-01..2017-03-31"]),
    ("He attacked cyclists in his path on Oct.", .english, ["2016-10-01..2016-10-31"]),
    ("The resignation of May was expected.", .english, []),
    ("Il 29 settembre del 1918 il colonnello attaccò.", .italian, ["1918-09-29"]),
    ("Le fatture di settembre del 1918 sono andate perse.", .italian, ["1918-09-01..1918-09-30"]),
    ("Si deciderà nell'ultimo fine settimana d'ottobre.", .italian, ["2016-10-01..2016-10-31"]),
  ])
  func monthsAfterMorePrepositions(text: String, language: Language, intervals: [String]) throws {
    #expect(try self.intervals(text, language) == intervals)
  }

  /// A hedge before a day, with an article between or fused with its preposition, and in an
  /// article without a date, where the day has no year.
  @Test(arguments: [
    ("Il vertice si è tenuto circa il 12 giugno.", Language.italian), ("L'accordo entrerà in vigore intorno al 12 gennaio.", .italian),
    ("The agreement will take effect around 12th January.", .english), ("The summit was held on about June 12.", .english),
  ])
  func hedgedDays(text: String, language: Language) throws {
    let time = try #require(try claims(text, language, published: nil).first { $0.kind == .time })
    #expect(time.timeQualifier == .approximately)
  }

  /// Two days back and ahead, as both languages say them.
  @Test(arguments: [
    ("He left the day before yesterday.", Language.english, "2017-05-01"), ("È partito l'altro ieri.", .italian, "2017-05-01"),
    ("È partito altroieri.", .italian, "2017-05-01"), ("They vote the day after tomorrow.", .english, "2017-05-05"),
    ("Si vota dopodomani.", .italian, "2017-05-05"),
  ])
  func twoDaysAway(text: String, language: Language, day: String) throws {
    #expect(try self.intervals(text, language) == [day])
  }

  /// Dates in figures: ISO in both languages, day first in Italian, month first in English
  /// only when the day is over twelve or equals the month; a date either order reads ("3/5/2017"
  /// in English) gives its year alone, and day and month alone only after a word that
  /// introduces a date ("24/7" is a service, "10-20" a range).
  @Test(arguments: [
    ("Il decreto del 31/10/1974 è stato abrogato.", Language.italian, ["1974-10-31"]),
    ("La legge è del 3/5/17.", .italian, ["2017-05-03"]), ("La sentenza è attesa il 15/02.", .italian, ["2017-02-15"]),
    ("The vote was held on 2015-03-03.", .english, ["2015-03-03"]), ("Il voto è del 2015-03-03.", .italian, ["2015-03-03"]),
    ("The law of 2/15/2013 was repealed.", .english, ["2013-02-15"]), ("The law of 15/2/2013 was repealed.", .english, ["2013-02-15"]),
    ("The law of 3/5/2017 was repealed.", .english, ["2017-01-01..2017-12-31"]), ("The hearing is on 2/15.", .english, ["2017-02-15"]),
    ("La legge del 15.02.2017 è stata abrogata.", .italian, ["2017-02-15"]), ("The law of 15.02.2017 was repealed.", .english, ["2017-02-15"]),
    ("The version 1.2.3 was released.", .english, []), ("È uscita la versione 2.10.16.", .italian, []),
    ("La legge del 3.5.16 è stata abrogata.", .italian, ["2016-05-03"]),
    ("They offer 24/7 support and scored 10-20 in 1-2-3-4 drills.", .english, []), ("The code is 0000-01-01.", .english, []),
  ])
  func datesInFigures(text: String, language: Language, intervals: [String]) throws {
    #expect(try self.intervals(text, language) == intervals)
  }

  /// A month against its day names it in lowercase too ("march 3", "the 1st of march"), and an
  /// ordinal word is a day before "of" and a month or after a month; not where the figure
  /// counts ("they march 3 miles") or the ordinal is an adverb ("first of all").
  @Test(arguments: [
    ("It opened on march 3 2015.", Language.english, ["2015-03-03"]), ("It opened on the 1st of march.", .english, ["2017-03-01"]),
    ("It opened on the first of March.", .english, ["2017-03-01"]), ("It opened on March twenty-first.", .english, ["2017-03-21"]),
    ("È stato aperto il primo marzo.", .italian, ["2017-03-01"]), ("È stato aperto il 1º maggio.", .italian, ["2017-05-01"]),
    ("Soldiers march 3 miles a day.", .english, []), ("First of all, they may 2 times a day ask.", .english, []),
    ("Ha vinto il primo set.", .italian, []),
  ])
  func monthsAgainstTheirDays(text: String, language: Language, intervals: [String]) throws {
    #expect(try self.intervals(text, language) == intervals)
  }

  /// A distance from publication is the day that far back or ahead, and a count written as a
  /// figure or number word stays a count of its units for the quantity rules ("a year" is none);
  /// "a million years ago" is no day, nor "tra due e tre anni", nor "built in two months".
  @Test(arguments: [
    ("It closed three weeks ago.", Language.english, ["2017-04-12"], true), ("È stato chiuso tre settimane fa.", .italian, ["2017-04-12"], true),
    ("It opened a year ago.", .english, ["2016-05-03"], false), ("Riaprirà tra due mesi.", .italian, ["2017-07-03"], true),
    ("It will reopen two months from now.", .english, ["2017-07-03"], true), ("It formed a million years ago.", .english, [], true),
    ("Riaprirà tra due e tre anni.", .italian, [], true), ("It formed 999 decades ago.", .english, [], true),
    ("It grew over the past 200 decades.", .english, [], true),
    // "in two months" after a verb in the future is the day that far ahead; after one in the
    // past, a length of time.
    ("It will reopen in two months.", .english, ["2017-07-03"], true), ("The bridge was built in two months.", .english, [], true),
  ])
  func distancesFromPublication(text: String, language: Language, intervals: [String], counted: Bool) throws {
    let claims = try claims(text, language)
    #expect(claims.compactMap(\.time).map(\.intervalText) == intervals)
    #expect(claims.contains { $0.quantity?.countedClass == .time } == counted)
  }

  /// Two ends joined as one period, in both languages alike; a bare day takes the month of the
  /// other end; a figure that counts something ends no period; without a publication date the
  /// period keeps both ends' names, alike in both languages.
  @Test(arguments: [
    ("It grew from 2014 to 2018.", Language.english, "2014-01-01..2018-12-31"), ("È cresciuto dal 2014 al 2018.", .italian, "2014-01-01..2018-12-31"),
    ("It grew between 2007 and 2009.", .english, "2007-01-01..2009-12-31"), ("È cresciuto tra il 2007 e il 2009.", .italian, "2007-01-01..2009-12-31"),
    ("It grew in 2014-2018.", .english, "2014-01-01..2018-12-31"), ("It is open July 13-15.", .english, "2016-07-13..2016-07-15"),
    ("It is open from 13 to 15 July.", .english, "2016-07-13..2016-07-15"), ("È aperto dal 13 al 15 luglio.", .italian, "2016-07-13..2016-07-15"),
    ("È aperto tra il 13 e il 15 luglio.", .italian, "2016-07-13..2016-07-15"), ("It is open from March to May.", .english, "2017-03-01..2017-05-31"),
    ("È aperto da ottobre ad aprile.", .italian, "2016-10-01..2017-04-30"), ("It is open from October to April.", .english, "2016-10-01..2017-04-30"),
    // A part of a month or year ends a period after "from".
    ("It ran from 2007 to the end of 2008.", .english, "2007-01-01..2008-12-31"),
    ("È durato dalla fine del 2007 alla fine del 2008.", .italian, "2007-09-01..2008-12-31"),
    // An end without its year is in the other end's year, or the year before.
    ("The conflict lasted from January to April 2015.", .english, "2015-01-01..2015-04-30"),
    ("Il conflitto è durato da gennaio ad aprile 2015.", .italian, "2015-01-01..2015-04-30"),
    ("It ran Nov 18-Dec 19, 2015.", .english, "2015-11-18..2015-12-19"), ("It ran from November to March 2015.", .english, "2014-11-01..2015-03-31"),
    ("Si terranno dal 24 agosto al 5 settembre 2012.", .italian, "2012-08-24..2012-09-05"),
    ("It is open between 13 and 15 July 2016.", .english, "2016-07-13..2016-07-15"),
    ("It was open between July 13 and 15.", .english, "2016-07-13..2016-07-15"),
    // A season's years, the second in two figures or after a slash.
    ("He scored 20 goals in the 2015-16 season.", .english, "2015-01-01..2016-12-31"),
    ("Ha segnato 20 gol nella stagione 2015/2016.", .italian, "2015-01-01..2016-12-31"),
    ("Prices rose in 1990-95.", .english, "1990-01-01..1995-12-31"),
  ])
  func periodsBetweenTwoEnds(text: String, language: Language, interval: String) throws {
    #expect(try self.intervals(text, language) == [interval])
  }

  /// Without "from", two parts stay two times: "late March or early April", and "between"
  /// or "tra" them, which translations write either way.
  @Test func partsOfMonthsStayTwoTimesWithoutFrom() throws {
    #expect(try intervals("It happened in late March or early April.", .english).count == 2)
    #expect(try intervals("È successo tra la fine di marzo e l'inizio di aprile.", .italian).count == 2)
  }

  @Test func periodsWithoutAPublicationDate() throws {
    let english = try claims("It is open from 13 to 15 July.", .english, published: nil).compactMap(\.time)
    let italian = try claims("È aperto dal 13 al 15 luglio.", .italian, published: nil).compactMap(\.time)
    #expect(english.map(\.expression) == ["period-day-7-13-to-day-7-15"])
    #expect(english == italian)
    let counted = try claims("They grew from 2014 to 2018 people.", .english).compactMap(\.time)
    #expect(counted.map(\.intervalText) == ["2014-01-01..2014-12-31"])
  }

  /// A span up to or from publication with its count: the days from that far back up to
  /// publication, or from the next day that far ahead; twelve months back is the past year;
  /// the count stays a quantity, except in the past year's. Not a span of something else.
  @Test(arguments: [
    ("Prices rose over the past three years.", Language.english, ["2014-05-03..2017-05-03"]),
    ("I prezzi sono saliti negli ultimi tre anni.", .italian, ["2014-05-03..2017-05-03"]),
    ("It will rain in the next five days.", .english, ["2017-05-04..2017-05-08"]),
    ("Pioverà nei prossimi cinque giorni.", .italian, ["2017-05-04..2017-05-08"]),
    ("Prices rose in the last 12 months.", .english, ["2016-05-03..2017-05-03"]),
    ("He spent his last two years in Rome.", .english, []), ("The last two years of the war were hard.", .english, []),
    ("Gli ultimi due anni della guerra sono stati duri.", .italian, []),
    // Italian's other orders: the count first, and the direction after the unit.
    ("I prezzi sono saliti nelle 2 ultime settimane.", .italian, ["2017-04-19..2017-05-03"]),
    ("I prezzi sono saliti nei 2 mesi passati.", .italian, ["2017-03-03..2017-05-03"]),
    ("I prezzi sono saliti gli scorsi due mesi.", .italian, ["2017-03-03..2017-05-03"]),
  ])
  func spansFromPublication(text: String, language: Language, intervals: [String]) throws {
    let claims = try claims(text, language)
    #expect(claims.compactMap(\.time).map(\.intervalText) == intervals)
    #expect(claims.compactMap(\.time).allSatisfy { $0.expression == "past-year" || $0.isCountedFromPublication })
  }

  /// Thirds of months and years, alike in both languages; "early 2000s" is a decade and "May"
  /// in lowercase a verb.
  @Test(arguments: [
    ("It opened in early March 2016.", Language.english, ["2016-03-01..2016-03-10"]), ("È stato aperto a inizio marzo 2016.", .italian, ["2016-03-01..2016-03-10"]),
    ("It opened in mid-March 2016.", .english, ["2016-03-11..2016-03-20"]), ("È stato aperto a metà marzo 2016.", .italian, ["2016-03-11..2016-03-20"]),
    ("It opened at the end of April 2016.", .english, ["2016-04-21..2016-04-30"]), ("È stato aperto a fine aprile 2016.", .italian, ["2016-04-21..2016-04-30"]),
    ("It opened in late 2016.", .english, ["2016-09-01..2016-12-31"]), ("È stato aperto alla fine del 2016.", .italian, ["2016-09-01..2016-12-31"]),
    ("It opened in the early 2000s.", .english, ["2000-01-01..2009-12-31"]), ("They may early may leave.", .english, []),
  ])
  func partsOfMonthsAndYears(text: String, language: Language, intervals: [String]) throws {
    #expect(try self.intervals(text, language) == intervals)
  }

  static let relativeParts: [(String, Language, [String])] = [
    // Thirds of the month or year of publication (3 May 2017), or the one before or after it.
    ("It will close at the end of the month.", .english, ["2017-05-21..2017-05-31"]), ("Chiuderà a fine mese.", .italian, ["2017-05-21..2017-05-31"]),
    ("Chiuderà alla fine del mese.", .italian, ["2017-05-21..2017-05-31"]), ("It happened early this year.", .english, ["2017-01-01..2017-04-30"]),
    ("It will close by the end of next year.", .english, ["2018-09-01..2018-12-31"]),
    ("Chiuderà entro la fine dell'anno prossimo.", .italian, ["2018-09-01..2018-12-31"]),
    ("È stato rilasciato all'inizio dell'anno.", .italian, ["2017-01-01..2017-04-30"]),
    // As headlines write it, without "the".
    ("Prices peaked end of April.", .english, ["2017-04-21..2017-04-30"]),
    // Seasons around publication and of a year.
    ("It happened last summer.", .english, ["2016-06-21..2016-09-23"]), ("È successo l'estate scorsa.", .italian, ["2016-06-21..2016-09-23"]),
    ("È successo la scorsa estate.", .italian, ["2016-06-21..2016-09-23"]), ("It will open this summer.", .english, ["2017-06-21..2017-09-23"]),
    ("Aprirà quest'estate.", .italian, ["2017-06-21..2017-09-23"]), ("It will open next winter.", .english, ["2017-12-21..2018-03-20"]),
    ("It opened in the summer of 2012.", .english, ["2012-06-21..2012-09-23"]), ("È stato aperto nell'estate del 2012.", .italian, ["2012-06-21..2012-09-23"]),
    ("It rained this spring.", .english, ["2017-03-20..2017-06-20"]), ("Prices fall in winter.", .english, []),
    ("Il mercato cresce in estate.", .italian, []),
    // A span bare after a verb, not one someone owns.
    ("Prices rose last 2 days.", .english, ["2017-05-01..2017-05-03"]), ("His last two years were hard.", .english, []),
  ]

  /// The first or last days, weeks or months of a year or month, both languages alike; weeks
  /// run Monday to Sunday, the first and last being those with four days or more in the
  /// period. Without a year or month after them, a span up to publication or no time.
  @Test(arguments: [
    ("Sales fell in the first three months of 2017.", Language.english, ["2017-01-01..2017-03-31"]),
    ("Le vendite sono calate nei primi tre mesi del 2017.", .italian, ["2017-01-01..2017-03-31"]),
    ("Sales fell in the first six months of the year.", .english, ["2017-01-01..2017-06-30"]),
    ("Le vendite sono calate nei primi sei mesi dell'anno.", .italian, ["2017-01-01..2017-06-30"]),
    ("Sales fell in the last three months of last year.", .english, ["2016-10-01..2016-12-31"]),
    ("Le vendite sono calate negli ultimi tre mesi dell'anno scorso.", .italian, ["2016-10-01..2016-12-31"]),
    ("It rained during the last week of July 2016.", .english, ["2016-07-25..2016-07-31"]),
    ("È piovuto nell'ultima settimana di luglio 2016.", .italian, ["2016-07-25..2016-07-31"]),
    ("They met in the first week of January 2015.", .english, ["2014-12-29..2015-01-04"]),
    ("Si sono visti la prima settimana di gennaio 2015.", .italian, ["2014-12-29..2015-01-04"]),
    ("Rooms were booked for the first two weeks of 2021.", .english, ["2021-01-04..2021-01-17"]),
    ("It snowed in the first ten days of March.", .english, ["2017-03-01..2017-03-10"]),
    ("Ha nevicato nei primi dieci giorni di marzo.", .italian, ["2017-03-01..2017-03-10"]),
    ("The first two weeks of the campaign were hard.", .english, []),
    ("Le prime due settimane della campagna sono state dure.", .italian, []),
    ("He spent the last three months in jail.", .english, ["2017-02-03..2017-05-03"]),
  ])
  func firstAndLastPartsOfAPeriod(text: String, language: Language, intervals: [String]) throws {
    #expect(try self.intervals(text, language) == intervals)
  }

  /// Months joined by a hyphen or between two ends, and a month abbreviated with a point before
  /// its year.
  @Test(arguments: [
    ("Sales fell in Jan-Feb 2017.", Language.english, ["2017-01-01..2017-02-28"]),
    ("Le vendite sono calate a gennaio-febbraio 2017.", .italian, ["2017-01-01..2017-02-28"]),
    ("It was hot in June-August 1992.", .english, ["1992-06-01..1992-08-31"]),
    ("It was cold in November-February 2016.", .english, ["2015-11-01..2016-02-29"]),
    ("Prices rose between August and October.", .english, ["2016-08-01..2016-10-31"]),
    ("I prezzi sono saliti tra agosto e ottobre.", .italian, ["2016-08-01..2016-10-31"]),
    ("It happened in Dec. 2013.", .english, ["2013-12-01..2013-12-31"]), ("È successo a dic. 2013.", .italian, ["2013-12-01..2013-12-31"]),
  ])
  func monthsJoinedAndAbbreviated(text: String, language: Language, intervals: [String]) throws {
    #expect(try self.intervals(text, language) == intervals)
  }

  /// Days listed with a day and its month are days of that month; a figure that counts ends
  /// the list. Weekends around publication (3 May 2017, a Wednesday), and a month's weekend is
  /// no weekend of publication's; "the past quarter" is the last.
  @Test(arguments: [
    ("It happened on 5 and 6 May 2016.", Language.english, ["2016-05-05", "2016-05-06"]),
    ("È successo il 5 e 6 maggio 2016.", .italian, ["2016-05-05", "2016-05-06"]),
    ("It happened on May 5, 6 and 7.", .english, ["2017-05-05", "2017-05-06", "2017-05-07"]),
    ("It happened this weekend.", .english, ["2017-05-06..2017-05-07"]), ("È successo questo fine settimana.", .italian, ["2017-05-06..2017-05-07"]),
    ("It happened over the weekend.", .english, ["2017-04-29..2017-04-30"]), ("È successo nel fine settimana.", .italian, ["2017-04-29..2017-04-30"]),
    ("È successo lo scorso week-end.", .italian, ["2017-04-29..2017-04-30"]), ("It will happen next weekend.", .english, ["2017-05-13..2017-05-14"]),
    ("They meet on the last weekend of October.", .english, ["2016-10-01..2016-10-31"]),
    ("Sales rose in the past quarter.", .english, ["2017-01-01..2017-03-31"]),
  ])
  func listedDaysWeekendsAndQuarters(text: String, language: Language, intervals: [String]) throws {
    #expect(try self.intervals(text, language) == intervals)
  }

  @Test func aListOfDaysEndsAtACount() throws {
    let claims = try claims("On May 5 and 6 people died.", .english)
    #expect(claims.compactMap(\.time).map(\.intervalText) == ["2017-05-05"])
    #expect(claims.compactMap(\.quantity).map(\.value) == [6])
  }

  /// Thirds of a month or year said relative to publication, seasons, and spans without their
  /// article.
  @Test(arguments: relativeParts)
  func partsAndSeasonsAroundPublication(text: String, language: Language, intervals: [String]) throws {
    #expect(try self.intervals(text, language) == intervals)
  }

  /// An hour with its part of the day, an Italian hour after "verso le" or "prima delle", with
  /// its minutes after "e" or a comma, and four figures before "hours"; not a count ("tra le 10
  /// e 12 persone").
  @Test(arguments: [
    ("They met at 3 in the afternoon.", Language.english, "clock-15:00"), ("They met at 11 at night.", .english, "clock-23:00"),
    ("They met at 9 in the morning.", .english, "clock-9:00"), ("They met at 8 tonight.", .english, "clock-20:00"),
    ("Si sono visti alle 3 del pomeriggio.", .italian, "clock-15:00"), ("Si sono visti alle 8 di sera.", .italian, "clock-20:00"),
    ("Si sono visti verso le 15 e 30.", .italian, "clock-15:30"), ("Si sono visti prima delle 15.", .italian, "clock-15:00"),
    ("Partono alle 23,45.", .italian, "clock-23:45"), ("Partono alle 9 e un quarto.", .italian, "clock-9:15"),
    ("They arrived around 1530 hours.", .english, "clock-15:30"),
    // Hours in words and minutes around the hour.
    ("They met at seven p.m.", .english, "clock-19:00"), ("They met at one in the morning.", .english, "clock-1:00"),
    ("Si sono visti alle otto di sera.", .italian, "clock-20:00"), ("Si sono visti alle tre e mezza.", .italian, "clock-3:30"),
    ("They met at half past six in the morning.", .english, "clock-6:30"), ("They met at ten to six in the morning.", .english, "clock-5:50"),
    ("They met at a quarter to seven.", .english, "clock-6:45/18:45"), ("Arrivano dalle 8 in poi.", .italian, "clock-8:00"),
    ("Erano le cinque meno dieci della mattina.", .italian, "clock-4:50"), ("Si sono visti alle 10 meno un quarto.", .italian, "clock-9:45"),
    ("Si sono visti alle tre e mezza del pomeriggio.", .italian, "clock-15:30"),
    ("They met at 20 minutes past 3pm.", .english, "clock-15:20"), ("They met at twenty after 3pm.", .english, "clock-15:20"),
    ("They met at a quarter past noon.", .english, "clock-12:15"), ("They met at ten to midnight.", .english, "clock-23:50"),
    ("They met at seven thirty p.m.", .english, "clock-19:30"), ("They met at ten forty-five in the morning.", .english, "clock-10:45"),
  ])
  func hoursWithTheirPartOfTheDay(text: String, language: Language, expression: String) throws {
    #expect(try clock(text, language) == expression)
  }

  /// Both hours of "tra le 16 e le 19", as of "between 4pm and 7pm"; not a count ("tra le 10
  /// e le 12 persone").
  @Test func bothHoursOfAnItalianSpan() throws {
    let times = try claims("È impossibile prendere un taxi tra le 16 e le 19.", .italian).compactMap(\.time).map(\.intervalText)
    #expect(times == ["clock-16:00", "clock-19:00"])
    #expect(try claims("Sono arrivate tra le 10 e le 12 persone.", .italian).compactMap(\.time).isEmpty)
  }

  @Test func anHourIsNoCount() throws {
    #expect(try clock("Sono arrivate tra le 10 e 12 persone.", .italian) == nil)
    #expect(try clock("Sono arrivate le 15 persone.", .italian) == nil)
    #expect(try clock("They worked 1530 hours.", .english) == nil)
    #expect(try clock("Si rivolge alle due squadre.", .italian) == nil)
    #expect(try clock("From five to ten people came.", .english) == nil)
    #expect(try clock("Between 5 to 10 people came.", .english) == nil)
    #expect(try clock("Seven thirty people came.", .english) == nil)
  }

  /// Sums with their cents, temperatures below zero, one of a unit said with an article or
  /// half of one, lakh and crore; "over half an inch" is half an inch.
  @Test(arguments: [
    ("It cost 13 dollars and 45 cents.", Language.english, 13.45, "USD"), ("Costava 15 dollari e 15 centesimi.", .italian, 15.15, "USD"),
    ("It fell to 10 degrees below zero.", .english, -10, "°"), ("È sceso a 10 gradi sotto zero.", .italian, -10, "°"),
    ("It cost a dollar.", .english, 1, "USD"), ("Costava un dollaro.", .italian, 1, "USD"), ("They drank half a litre.", .english, 0.5, "l"),
    ("Hanno bevuto mezzo litro.", .italian, 0.5, "l"), ("Rain of over half an inch is possible.", .english, 0.5, "in"),
    ("Una tonnellata di carbone è arrivata.", .italian, 1, "t"),
  ])
  func sumsTemperaturesAndUnitsOfOne(text: String, language: Language, value: Double, unit: String) throws {
    let found = try #require(try claims(text, language).first { $0.kind == .quantity }?.quantity)
    #expect(abs(found.value - value) < 1e-9)
    #expect(found.unit == unit)
  }

  /// Figures below zero said in words, and fractions in figures before what they divide; not a
  /// difference ("10 meno 3"), a bound ("meno di 5"), or a service round the clock ("24/7").
  @Test func minusSignsInWordsAndFractionsInFigures() throws {
    #expect(try quantity("It was minus 5 degrees.", .english).value == -5)
    #expect(try quantity("Erano meno 5 gradi.", .italian).value == -5)
    #expect(try quantity("Sono arrivate meno di 5 persone.", .italian).value == 5)
    #expect(try quantity("Agreed: 3/4 of the members.", .english).value == 0.75)
    #expect(abs(try quantity("Hanno votato 2/3 degli iscritti.", .italian).value - 2.0 / 3) < 1e-9)
    #expect(try claims("They offer 24/7 support.", .english).compactMap(\.quantity).isEmpty)
  }

  /// In a sentence about the weather, "the 80s" are degrees Fahrenheit from 80 to 89; an age
  /// or a decade of years elsewhere. "26 ºC", with the ordinal indicator for the degree sign,
  /// is Celsius.
  @Test func fahrenheitDecadesAndTheOrdinalIndicatorAsADegreeSign() throws {
    let highs = try quantity("A warm start to October is expected, with widespread 80s in the plains.", .english)
    #expect(highs.value == 80 && highs.rangeEnd == 89 && highs.unit == "°F" && highs.qualifier == .approximately)
    #expect(try claims("He is in his 80s and still works.", .english).compactMap(\.quantity).isEmpty)
    let celsius = try quantity("Si prevede un caldo inizio di ottobre, con 26 ºC nelle pianure.", .italian)
    #expect(celsius.value == 26 && celsius.unit == "°C")
  }

  /// Spans of years whose number is in the word are one of that span, so that the other
  /// language's figure has a counterpart: "oltre un ventennio" is more than one twenty-year
  /// period (20 years); "più d'un decennio", with "di" elided, is more than one decade.
  @Test func spansOfYearsWithTheirNumberInTheWord() throws {
    let twenty = try quantity("I prezzi sono saliti per oltre un ventennio.", .italian)
    #expect(twenty.value == 1 && twenty.countedLemma == "ventennio" && twenty.countedClass == .time && twenty.qualifier == .moreThan)
    let decade = try quantity("È priva d'opposizione da più d'un decennio.", .italian)
    #expect(decade.value == 1 && decade.countedLemma == "decennio" && decade.qualifier == .moreThan)
    let english = try quantity("Prices fell for a decade.", .english)
    #expect(english.value == 1 && english.countedLemma == "decade")
  }

  @Test func theUnitOfARateIsNoQuantity() throws {
    let quantities = try claims("Milk rose by an extra six pence a litre.", .english).compactMap(\.quantity)
    #expect(quantities.map(\.value) == [6])
  }

  @Test func lakhAndCrore() throws {
    #expect(try quantity("The bank lent 5 lakh rupees.", .english).value == 500_000)
    #expect(try quantity("The fund holds three crore twelve lakh rupees.", .english).value == 31_200_000)
  }

  @Test func noonAndMidnightAreTimesOfDay() throws {
    #expect(try clock("The vote closed at noon.", .english) == "clock-12:00")
    #expect(try clock("Il voto si è chiuso a mezzogiorno.", .italian) == "clock-12:00")
    #expect(try clock("The deadline is midnight.", .english) == "clock-0:00")
    #expect(try clock("La scadenza è a mezzanotte.", .italian) == "clock-0:00")
    #expect(try clock("He watched Midnight Express.", .english) == nil)
  }

  /// "next" and "last" send a weekday past publication (Wednesday 3 May 2017) either way, a
  /// weekday of publication's own a week away; a bare weekday is the latest not after it.
  @Test(arguments: [
    ("They vote next Tuesday.", Language.english, "2017-05-09"), ("Votano martedì prossimo.", .italian, "2017-05-09"),
    ("They voted last Friday.", .english, "2017-04-28"), ("Hanno votato lo scorso venerdì.", .italian, "2017-04-28"),
    ("They voted last Wednesday.", .english, "2017-04-26"), ("They voted on Wednesday.", .english, "2017-05-03"),
    ("They vote next Wednesday.", .english, "2017-05-10"),
  ])
  func weekdaysWithADirection(text: String, language: Language, day: String) throws {
    #expect(try self.intervals(text, language) == [day])
  }

  /// A day of the month alone, the nearest to publication; a month abbreviation in lowercase
  /// next to its day; a year after "of"; a figure after a currency sign is no day.
  @Test(arguments: [
    ("The vote is on the 18th.", Language.english, ["2017-04-18"]), ("The vote is on the first.", .english, ["2017-05-01"]),
    ("It is on the 18th floor.", .english, []), ("The vote is on 14 nov 2016.", .english, ["2016-11-14"]),
    ("He was born on the 4th of July of 1995.", .english, ["1995-07-04"]), ("He was born on July 4th of 1995.", .english, ["1995-07-04"]),
    ("I bought it for $12 December 27 2016.", .english, ["2016-12-27"]),
  ])
  func daysWrittenShort(text: String, language: Language, intervals: [String]) throws {
    #expect(try self.intervals(text, language) == intervals)
  }

  /// Quarters and halves of a year, alike in both languages; without a year only where they
  /// cannot be a match's ("the third quarter", "the first half") or a month's.
  @Test(arguments: [
    ("Profits rose in the third quarter of 2016.", Language.english, ["2016-07-01..2016-09-30"]),
    ("I profitti sono saliti nel terzo trimestre 2016.", .italian, ["2016-07-01..2016-09-30"]),
    ("Profits rose in Q3 2016.", .english, ["2016-07-01..2016-09-30"]), ("Profits rose in 2016Q3.", .english, ["2016-07-01..2016-09-30"]),
    ("Sales fell in the first half of 2017.", .english, ["2017-01-01..2017-06-30"]),
    ("Le vendite sono calate nella prima metà del 2017.", .italian, ["2017-01-01..2017-06-30"]),
    ("Le vendite sono calate nel primo semestre.", .italian, ["2017-01-01..2017-06-30"]),
    ("Sales fell in the first half of the year.", .english, ["2017-01-01..2017-06-30"]),
    ("He scored in the third quarter.", .english, []), ("He scored in the first half.", .english, []),
    ("It was warm through the first half of October.", .english, ["2016-10-01..2016-10-31"]), ("He drives an Audi Q3.", .english, []),
  ])
  func quartersAndHalves(text: String, language: Language, intervals: [String]) throws {
    #expect(try self.intervals(text, language) == intervals)
  }

  /// More names of the weeks, months and years around publication; "the previous month of
  /// June" is the story's, not publication's.
  @Test(arguments: [
    ("Sales rose in the current year.", Language.english, ["this-year"]), ("Sales will rise in the coming month.", .english, ["next-month"]),
    ("Le vendite saliranno il mese prossimo.", .italian, ["next-month"]), ("Le vendite sono salite nell'anno in corso.", .italian, ["this-year"]),
    ("Le vendite sono salite l'anno in corso.", .italian, ["this-year"]), ("July followed the previous month of June.", .english, ["month-6"]),
  ])
  func moreRelativeNames(text: String, language: Language, expressions: [String]) throws {
    #expect(try claims(text, language).compactMap(\.time).map(\.expression) == expressions)
  }

  /// Decades in words or in two figures ("the '80s"), a month "of" its year, and the quarters
  /// around publication (3 May 2017); not an age ("in his sixties") nor a match's last quarter.
  @Test(arguments: [
    ("He was born in the sixties.", Language.english, ["1960-01-01..1969-12-31"]), ("È nato negli anni Sessanta.", .italian, ["1960-01-01..1969-12-31"]),
    ("He is in his sixties.", .english, []), ("It opened in June of 1992.", .english, ["1992-06-01..1992-06-30"]),
    // Two figures after an apostrophe; "the 80s" alone may be temperatures.
    ("It was big in the '80s.", .english, ["1980-01-01..1989-12-31"]), ("It was big in the \u{2019}90s.", .english, ["1990-01-01..1999-12-31"]),
    ("Highs will be in the 80s.", .english, []),
    ("Profits rose last quarter.", .english, ["2017-01-01..2017-03-31"]), ("I profitti sono saliti lo scorso trimestre.", .italian, ["2017-01-01..2017-03-31"]),
    ("Profits will rise next quarter.", .english, ["2017-07-01..2017-09-30"]), ("He scored in the last quarter.", .english, []),
    // A quarter without its year in a sentence about a business's figures; a match's elsewhere.
    ("Sales grew in the third quarter.", .english, ["2017-07-01..2017-09-30"]), ("He scored in the third quarter.", .english, []),
    ("Profits rose over the past two quarters.", .english, ["2016-11-03..2017-05-03"]),
    // A relative time in the possessive.
    ("Yesterday's vote was close.", .english, ["2017-05-02"]), ("Last week's talks failed.", .english, ["2017-04-24..2017-04-30"]),
    // The part of a period before or after publication, and a part of "questo mese".
    ("We met earlier this month.", .english, ["2017-05-01..2017-05-03"]), ("They vote later this year.", .english, ["2017-05-04..2017-12-31"]),
    ("Ci siamo visti all'inizio di questo mese.", .italian, ["2017-05-01..2017-05-10"]),
    ("È in carcere dalla fine dello scorso anno.", .italian, ["2016-09-01..2016-12-31"]),
    // The first or last of a weekday in a month.
    ("Americans voted on the first Tuesday of November 2016.", .english, ["2016-11-01"]),
    ("Gli americani hanno votato il primo martedì di novembre 2016.", .italian, ["2016-11-01"]),
    ("Clocks changed on the last Sunday in March.", .english, ["2017-03-26"]),
    ("L'ora è cambiata l'ultima domenica di marzo.", .italian, ["2017-03-26"]),
    // A weekday of a week named after it.
    ("We met on Tuesday of last week.", .english, ["2017-04-25"]), ("Ci siamo visti martedì della settimana scorsa.", .italian, ["2017-04-25"]),
    ("We will meet on Wednesday next week.", .english, ["2017-05-10"]),
    // A decade of the century after it.
    ("Fu fondata negli anni '80 del 1800.", .italian, ["1880-01-01..1889-12-31"]),
    ("Fu fondata negli anni Ottanta dell'Ottocento.", .italian, ["1880-01-01..1889-12-31"]),
    ("Fu fondata negli anni '80 del XIX secolo.", .italian, ["1880-01-01..1889-12-31"]),
    ("Fu fondata negli anni '80 e chiusa nel 1990.", .italian, ["1980-01-01..1989-12-31", "1990-01-01..1990-12-31"]),
  ])
  func decadesInWordsAndQuartersAroundPublication(text: String, language: Language, intervals: [String]) throws {
    #expect(try self.intervals(text, language) == intervals)
  }

  @Test func aWeekdayInThePossessiveIsADay() throws {
    let english = try claims("He was hurt in Saturday's 31-27 defeat.", .english).compactMap(\.time)
    let italian = try claims("Si è ferito nella sconfitta per 31-27 di sabato.", .italian).compactMap(\.time)
    #expect(english.map(\.expression) == ["weekday-6"])
    #expect(english == italian)
  }

  @Test func timesOfDayReadEqualAcrossLanguages() throws {
    #expect(try clock("The march starts at 2pm in the square.", .english) == "clock-14:00")
    #expect(try clock("Il corteo parte alle 14.00 dalla piazza.", .italian) == "clock-14:00")
    #expect(try clock("The vote closes at 3 p.m. on Sunday.", .english) == "clock-15:00")
    #expect(try clock("Il voto si chiude ore 15 di domenica.", .italian) == "clock-15:00")
    let midnight = try clock("Il coprifuoco dura fino alle 24:00 di stanotte.", .italian)
    #expect(try clock("The curfew lasts until 00:00 tonight.", .english) == midnight)
    // "2pm two police vans": the hour is a time, not a count of vans.
    #expect(try claims("At 2pm two police vans arrived.", .english).first { $0.kind == .quantity }?.quantity?.value == 2)
  }

  @Test func rangesAndConversions() throws {
    let english = try quantity("Between 10 and 20 people were hurt.", .english)
    #expect(english.value == 10)
    #expect(english.rangeEnd == 20)
    let italian = try quantity("Sono rimaste ferite tra le 10 e le 20 persone.", .italian)
    #expect(italian.value == 10)
    #expect(italian.rangeEnd == 20)
    let percent = try quantity("Tra il 30 e il 43% degli elettori voterà.", .italian)
    #expect(percent.rangeEnd == 43)
    #expect(percent.unit == "%")
    let rain = try quantity("Dai 2 ai 10 cm di pioggia sono previsti.", .italian)
    #expect(rain.value == 2)
    #expect(rain.rangeEnd == 10)
    #expect(rain.unit == "cm")
    #expect(try quantity("Waves reached about 20 yards.", .english).unit == "yd")
    #expect(try quantity("Le onde hanno raggiunto circa 18 metri.", .italian).unit == "m")
  }

  @Test func entitiesThroughGlossaryAndCLDR() throws {
    let english = try claims("Officials from the United States, Belgium and Portugal met Daesh experts in London.", .english)
      .compactMap(\.entity)
    #expect(english.map(\.canonical) == ["United States", "Belgium", "Portugal", "Islamic State", "London"])
    let italian = try claims("Funzionari da Stati Uniti, Belgio e Portogallo hanno incontrato esperti dello Stato Islamico a Londra.", .italian)
      .compactMap(\.entity)
    #expect(italian.map(\.canonical) == ["United States", "Belgium", "Portugal", "Islamic State", "London"])
    // "IS" the organisation, never the verb, nor a small word of a headline in capitals.
    let verb = try claims("This is what it is.", .english)
    #expect(!verb.contains { $0.kind == .entity })
    let shouted = try claims("IMMIGRANTS: NEW YORK IS WONDERING, IS ITALY RACIST?", .english).compactMap(\.entity).map(\.canonical)
    #expect(!shouted.contains("Islamic State"), "\(shouted)")
    // Italian writes acronyms in title case ("l'Ue", "gli Usa"), but a sentence's first word
    // ("Usa il telefono": uses) and a capitalised article are no acronyms.
    let titleCase = try claims("I ministri dell'Ue hanno incontrato gli Usa e l'Onu.", .italian).compactMap(\.entity).map(\.canonical)
    #expect(titleCase == ["European Union", "United States", "United Nations"], "\(titleCase)")
    #expect(try claims("Usa il telefono a Roma, dice il ministro.", .italian).compactMap(\.entity).map(\.canonical) == ["Rome"])
    // "Nato a Roma" is "born in Rome"; "della Nato" is NATO.
    #expect(try claims("Nato a Roma nel 1950, ha lavorato a Parigi.", .italian).compactMap(\.entity).map(\.canonical) == ["Rome", "Paris"])
    #expect(try claims("Il ministro ha parlato della Nato a Bruxelles.", .italian).compactMap(\.entity).map(\.canonical) == ["NATO", "Brussels"])
    #expect(try claims("Il libro si intitola Per Un Mondo Migliore.", .italian).compactMap(\.entity).map(\.canonical).contains("United Nations") == false)
    // Its longer alias still names it there.
    #expect(try claims("IS MILITANTS SEIZE THE TOWN OF PALMYRA", .english).compactMap(\.entity).map(\.canonical).contains("Islamic State"))
  }

  /// A linking word of the language alone, left over between names, is none ("Inc. Of New
  /// York"); a state's abbreviation that looks like one ("Baton Rouge, La.") stays.
  @Test func aLinkingWordAloneIsNoName() throws {
    let found = try claims("Besides Chevron there are Verdant Power Inc. Of New York and Ocean Power of New Jersey.", .english)
      .compactMap(\.entity).map(\.canonical)
    #expect(!found.contains("Of") && found.contains("New York"), "\(found)")
    #expect(try claims("Police in Baton Rouge, La., announced an arrest.", .english).compactMap(\.entity).map(\.canonical).contains("La"))
  }

  @Test func aWordCapitalisedOnlyInsideALongerNameIsNoNameAtAClauseStart() throws {
    let found = try claims("Police in Baton Rouge announced an arrest. The Baton Rouge Police Department spoke later.", .english)
      .compactMap(\.entity).map(\.canonical)
    #expect(found == ["Baton Rouge", "Baton Rouge Police Department"])
    // A surname ends its name, and stands for it at a sentence's start.
    let surname = try claims("Officials met Donald Trump. Trump said no.", .english).compactMap(\.entity).map(\.canonical)
    #expect(surname.filter { $0 == "Trump" }.count == 1)
  }

  /// A bound prefix on a common word makes no name of it, however it is capitalised; on a
  /// name it stays one.
  @Test func prefixedCommonWordsAreNoNames() throws {
    let found = try claims("Otto Ritter built a Neo-Renaissance hall and a Post-war school, then joined an Anti-Trump rally.", .english)
      .compactMap(\.entity).map(\.canonical)
    #expect(found == ["Otto Ritter", "Anti-Trump"])
  }

  @Test func datelinesAreNotClaims() throws {
    let found = try claims("LONDON: Daesh militants are developing their own platform.", .english).compactMap(\.entity)
    #expect(found.map(\.canonical) == ["Islamic State"])
  }

  @Test func quotesAndSpeakers() throws {
    let found = try claims("“It does show that some members continue to innovate,” Rob Wainwright told a conference.", .english)
    let quote = try #require(found.first { $0.kind == .quote }?.quote)
    #expect(quote.speaker == "Rob Wainwright")
  }

  /// A straight quote left unclosed in one sentence does not swallow the next sentence's
  /// quote: `said: "We` opens a quote of its own.
  @Test func unclosedStraightQuoteDoesNotCloseOnTheNextOpener() throws {
    let text = "He said: \"Once these jobs go they never come back. A spokesperson said: \"We have a plan with the EU.\""
    let found = try claims(text, .english)
    let quotes = found.filter { $0.kind == .quote }
    let union = try #require(found.first { $0.entity?.canonical == "European Union" })
    #expect(quotes.contains { $0.range.start <= union.range.start && union.range.end <= $0.range.end && $0.text.hasPrefix("\"We") })
  }

  /// A straight quote opening the sentence opens it, even with a space after it, and the next
  /// one closes it: the rest of the sentence is outside.
  @Test func aStraightQuoteOpeningTheSentenceOpens() throws {
    let found = try claims("\" Molte mamme sono deluse di non potervi accedere\", poiché l'Héma-Québec non ha i mezzi.", .italian)
    let quotes = found.filter { $0.kind == .quote }
    #expect(quotes.count == 1 && quotes[0].text.hasSuffix("accedere\""), "\(quotes.map(\.text))")
  }

  @Test func aStraightQuoteAgainstLeakedMarkupOpensNoQuote() throws {
    let found = try claims("The FSFE joined the case brought by \">Apple against the European Commission.", .english)
    #expect(!found.contains { $0.kind == .quote })
  }

  @Test func longAndHostileSentencesStayLinear() throws {
    let long = String(repeating: "More than 2,000 items and “an open quote ", count: 2500)
    let found = try claims(long, .english)
    #expect(found.filter { $0.kind == .quantity }.count == 2500)
  }

  /// Chains the time readers join or look through: periods end to end, dates in figures run
  /// together, hours in a row. Each is read once, in one pass.
  @Test func chainsOfTimesStayLinear() throws {
    let periods = String(repeating: "from 2014 to 2015 to ", count: 3000)
    #expect(try claims(periods, .english).filter { $0.kind == .time }.count >= 3000)
    let figures = String(repeating: "1-2-3-4-", count: 5000) + "5 and 3/3/2015."
    #expect(try claims(figures, .english).compactMap(\.time).map(\.intervalText).contains("2015-03-03"))
    let hours = "Arrivano " + String(repeating: "tra le 10 e le 11 e ", count: 3000) + "basta."
    #expect(try claims(hours, .italian).filter { $0.kind == .time }.count >= 3000)
  }
}

/// A list item's number labels the item: it is no figure the item states.
@Suite struct ListMarkerTests {
  @Test(arguments: [
    ("4. Notti insonni per i creditori della banca.", Language.italian, [Double]()),
    ("b) Two people were hurt.", .english, [2]),
    ("\u{2022} 3. More than 40 houses burned.", .english, [40]),
    ("4 people died.", .english, [4]),
    ("4.5 million people voted.", .english, [4_500_000]),
  ])
  func listItemNumbersAreNoQuantities(text: String, language: Language, values: [Double]) throws {
    // As plain text: Markdown would take "4. " for its own list syntax before any reader.
    let comparer = try #require(ClaimExtractorTests.comparer)
    let article = try ArticleReader().read(
      bytes: Array(text.utf8), path: "t.txt", options: IngestOptions(language: language, format: .text))
    #expect(comparer.claims(in: article).compactMap(\.quantity).map(\.value) == values)
  }
}

/// The tokens a comparison makes once and shares are the tokens each stage made for itself.
@Suite struct ArticleTokensTests {
  static let text = """
    # Europol: 2.000 contenuti estremisti

    Il direttore dell’Ufficio, Rob Wainwright, ha detto che gli U.S. e l’UE non hanno più di 52 piattaforme.
    "It's not over," he said on May 3, 2017 at 3 p.m. — the agency's 48-hour operation.
    """

  @Test func sentenceTokensAreTheTokenizersAndWordsItsFoldedWords() throws {
    let article = try ArticleReader().read(
      bytes: Array(Self.text.utf8), path: "t.md", options: IngestOptions(language: .italian, format: .markdown))
    let termBase = try #require(ClaimExtractorTests.comparer).termBase
    let tokens = ArticleTokens(article, termBase: termBase)
    let text = ScalarText(article.text)
    #expect(tokens.sentences.count == article.sentences.count)
    for (index, sentence) in article.sentences.enumerated() {
      #expect(tokens[sentence: index] == Tokenizer.tokens(in: text, range: sentence.range))
      #expect(
        Tokenizer.foldedWords(in: text, range: sentence.range)
          == Tokenizer.tokens(in: text, range: sentence.range).filter { $0.kind == .word }.map(\.folded))
    }
    #expect(tokens[sentence: article.sentences.count].isEmpty)
    #expect(tokens.capitalizedWords.contains("wainwright"))
    // A phrase is the glossary's longest term at its token, within its run of words: "52
    // piattaforme" does not run on into the full stop, and punctuation starts none.
    for index in article.sentences.indices {
      let sentence = tokens[sentence: index]
      let phrases = tokens.phrases(sentence: index)
      #expect(phrases.count == sentence.count)
      for (position, token) in sentence.enumerated() {
        let runEnd = sentence[position...].firstIndex { $0.kind == .punctuation } ?? sentence.count
        let expected = token.kind == .punctuation ? nil : termBase.longestMatch(in: sentence, at: position, end: runEnd, language: .italian)
        #expect(phrases[position] == expected, "\(token.text)")
      }
    }
    let second = tokens[sentence: 1]
    let union = try #require(second.firstIndex { $0.text == "UE" })
    #expect(tokens.phrases(sentence: 1)[union]?.term.category == .organisation)
  }

  @Test func claimsFromSharedTokensAreTheClaimsOfAnArticleAlone() throws {
    let comparer = try #require(ClaimExtractorTests.comparer)
    let italian = try ArticleReader().read(
      bytes: Array(Self.text.utf8), path: "it.md", options: IngestOptions(language: .italian, format: .markdown))
    let english = try ArticleReader().read(
      bytes: Array("Rob Wainwright said more than 2,000 extremist items were found on 52 platforms.".utf8), path: "en.md",
      options: IngestOptions(language: .english, format: .markdown))
    let extractor = ClaimExtractor(termBase: comparer.termBase)
    let shared = extractor.claims(
      in: italian, tokens: ArticleTokens(italian, termBase: extractor.termBase),
      otherArticleNames: ArticleTokens(english, termBase: extractor.termBase).capitalizedWords)
    #expect(shared == extractor.claims(in: italian, otherArticle: english))
    #expect(!shared.isEmpty)
  }
}
