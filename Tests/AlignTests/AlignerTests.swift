import Align
import ClaimDiffKit
import Claims
import Foundation
import Testing

@Suite struct AlignerTests {
  func align(_ english: String, _ italian: String) throws -> [ClaimPair] {
    let comparer = try Comparer(options: CompareOptions())
    let date = SimpleDate(year: 2017, month: 5, day: 3)
    let source = try ArticleReader().read(
      bytes: Array(english.utf8), path: "en.md", options: IngestOptions(language: .english, published: date, format: .markdown))
    let target = try ArticleReader().read(
      bytes: Array(italian.utf8), path: "it.md", options: IngestOptions(language: .italian, published: date, format: .markdown))
    return Aligner(termBase: comparer.termBase).align(
      source: source, sourceClaims: comparer.claims(in: source), target: target, targetClaims: comparer.claims(in: target))
  }

  @Test func oneToOneWithAnAddedSentence() throws {
    let pairs = try align(
      "Europol flagged 52 social media platforms. More than 2,000 items were found in Belgium. Rob Wainwright spoke in London.",
      "Europol ha segnalato 52 piattaforme di social media. Sono stati trovati oltre 2.000 elementi in Belgio. Anche delle più note. Rob Wainwright ha parlato a Londra.")
    let links = pairs.filter(\.isMatched).map { "\($0.source)-\($0.target)" }
    #expect(links == ["[0]-[0]", "[1]-[1]", "[2]-[3]"])
    #expect(pairs.contains { $0.source.isEmpty && $0.target == [2] })
  }

  /// A figure whose scale the translation got wrong still anchors its sentence by its digits,
  /// so that the pair is compared (and its figures reported) rather than left as a sentence
  /// omitted and another added. The Italian here names Schroeder where English says "she".
  @Test func aFigureWithAWrongScaleStillAnchorsItsSentence() throws {
    let pairs = try align(
      "The mayor spoke on Monday.\n\nBecause it was late in the campaign, she was behind on fund-raising, and so she vowed that she wouldn't enter the race unless she raised $2 million.\n\nThe vote is in May.",
      "Il sindaco ha parlato lunedì.\n\nDato che la campagna era già in una fase avanzata, la Schroeder era in ritardo con la raccolta fondi e giurò che non si sarebbe candidata se non avesse raccolto 2 miliardi di dollari.\n\nIl voto è a maggio.")
    let links = pairs.filter(\.isMatched).map { "\($0.source)-\($0.target)" }
    #expect(links.contains("[1]-[1]"))
  }

  /// A sentence left alone on each side between the same two aligned pairs, whose one claim
  /// the translation changed, is one sentence: linked, so that the rules compare it. Two
  /// sentences that share nothing stay an omission and an addition.
  @Test func aSentenceAloneOnEachSideOfAGapIsLinked() throws {
    // NTREX's Belfast story, its Italian weekday changed.
    let pairs = try align(
      "Attempted murder charge over Belfast restaurant stabbing\n\nA 45-year-old man has been charged with attempted murder after a man was stabbed in a restaurant in east Belfast on Friday. The incident happened in Ballyhackamore, police said. The defendant is expected to appear before Belfast Magistrates' Court on Monday.\n\nThe charges will be reviewed by the Public Prosecution Service.",
      "Accusa di tentato omicidio per accoltellamento in un ristorante di Belfast\n\nUn uomo di 45 anni è stato accusato di tentato omicidio dopo che un uomo è stato accoltellato in un ristorante di Belfast est venerdì. L’incidente si è verificato a Ballyhackamore, secondo la polizia. L’accusato dovrà presentarsi alla pretura di Belfast mercoledì.\n\nLe accuse verranno riesaminate dall’Ufficio del pubblico ministero.")
    #expect(pairs.contains { $0.source == [3] && $0.target == [3] })
    #expect(!pairs.contains { $0.source.isEmpty || $0.target.isEmpty })
    let apart = try align(
      "The man was arrested on Friday after the attack.\n\nThe weather in Belfast was cold.\n\nPolice have appealed for witnesses to come forward.",
      "L'uomo è stato arrestato venerdì dopo l'attacco.\n\nIl sindaco ha inaugurato un nuovo ponte.\n\nLa polizia ha chiesto ai testimoni di farsi avanti.")
    #expect(apart.contains { $0.source == [1] && $0.target.isEmpty } && apart.contains { $0.source.isEmpty && $0.target == [1] })
  }

  /// A one-word glossary term also keys as its cognate: "president" (a term) meets
  /// "presidenza" (none), so that the sentence between two aligned ones is linked.
  @Test func aGlossaryTermMeetsItsCognate() throws {
    let pairs = try align(
      "The senator spoke in Ohio on Monday.\n\nAn attendee asked her if she planned to run for president.\n\nShe said she would decide in 2019.",
      "La senatrice ha parlato in Ohio lunedì.\n\nUn partecipante le ha chiesto se intende candidarsi per la presidenza.\n\nHa detto che deciderà nel 2019.")
    #expect(pairs.contains { $0.source == [1] && $0.target == [1] })
    #expect(!pairs.contains { $0.source.isEmpty || $0.target.isEmpty })
  }

  /// A headline and the lead that repeats it pair one to one: the programme makes no group of
  /// two sentences against two, which would also link each to the other's translation.
  @Test func headlineAndLeadPairOneToOne() throws {
    let pairs = try align(
      "Hundreds killed by Indonesian quake, tsunami, with toll seen rising\n\nAt least 384 people were killed, many swept away as giant waves crashed into the Indonesian city of Palu, officials said.\n\nHundreds of people had gathered for a festival on the beach.",
      "Centinaia di persone uccise dal terremoto in Indonesia e dallo tsunami, il bilancio delle vittime potrebbe salire\n\nAlmeno 384 persone sono state uccise, molte spazzate via da onde giganti che si sono abbattute sulla città indonesiana di Palu, hanno detto i funzionari.\n\nCentinaia di persone si erano riunite per un festival sulla spiaggia.")
    let links = pairs.filter(\.isMatched).map { "\($0.source)-\($0.target)" }
    #expect(links == ["[0]-[0]", "[1]-[1]", "[2]-[2]"])
  }

  /// A paragraph the translator put elsewhere is linked where it went, not reported as one
  /// sentence omitted and another added.
  @Test func movedParagraphIsLinkedWhereItWent() throws {
    let pairs = try align(
      """
      Europol flagged 52 social media platforms.\n\nThe police arrested 14 people in Greece on Monday.\n\n\
      More than 2,000 items were found in Belgium.\n\nThe operation lasted 48 hours.\n\nRob Wainwright spoke in London.
      """,
      """
      Europol ha segnalato 52 piattaforme di social media.\n\nSono stati trovati oltre 2.000 elementi in Belgio.\n\n\
      L'operazione è durata 48 ore.\n\nRob Wainwright ha parlato a Londra.\n\nLa polizia ha arrestato 14 persone in Grecia lunedì.
      """)
    let links = Set(pairs.filter(\.isMatched).map { "\($0.source)-\($0.target)" })
    #expect(links == ["[0]-[0]", "[1]-[4]", "[2]-[1]", "[3]-[2]", "[4]-[3]"])
    #expect(!pairs.contains { $0.source.isEmpty || $0.target.isEmpty })
  }

  @Test func oneToTwoWhenTheTranslatorSplitsASentence() throws {
    let pairs = try align(
      "During a crackdown involving officials from Belgium and Greece, more than 2,000 extremist items were identified.",
      "L'operazione ha coinvolto funzionari da Belgio e Grecia. Sono stati identificati oltre 2.000 elementi estremisti.")
    #expect(pairs.filter(\.isMatched).map { "\($0.source)-\($0.target)" } == ["[0]-[0, 1]"])
  }
}
