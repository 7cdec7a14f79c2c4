import Core
import Foundation
import Glossary
import Ingest

/// Reads quantities: a number in digits or words, its qualifier ("more than", "oltre"), its
/// scale ("million", "miliardi"), its unit or currency, and the thing it counts.
///
/// EN: "more than 2,000 extremist items" → ≥2000, counts items (content).
/// IT: "oltre 2.000 estremisti" → ≥2000, counts estremista (people).
struct QuantityReader {
  let language: Language
  let lexicon: Lexicon
  let termBase: TermBase

  struct Found {
    var tokens: Range<Int>
    var quantity: Quantity
  }

  func read(_ s: inout SentenceTokens) -> [Found] {
    var found: [Found] = []
    var index = 0
    while index < s.count {
      // "highs in the 80s", "widespread 80s": in an English sentence about the weather, a
      // decade of degrees Fahrenheit, 80 to 89, which a translation gives in Celsius.
      if let decade = fahrenheitDecade(s, at: index) {
        var quantity = Quantity(
          value: decade, qualifier: .approximately, unit: "°F", counted: nil, countedLemma: nil, countedTerm: nil, countedClass: nil,
          isSpelledOut: false, isAmbiguous: false)
        quantity.rangeEnd = decade + 9
        found.append(Found(tokens: index..<(index + 2), quantity: quantity))
        s.consume(index..<(index + 2))
        index += 2
        continue
      }
      guard !s.consumed[index], let number = number(s, at: index) else {
        index += 1
        continue
      }
      var first = number.range.lowerBound
      var last = number.range.upperBound - 1
      var value = number.value
      var rangeEnd: Double?
      var unit: String?
      var counted: (text: String, term: Term?, lemma: String)?
      var cursor = number.range.upperBound

      // "3D", "5G": a small figure glued to a capital "D" or "G" names a technology, and
      // counts nothing ("3D format" is "formato tridimensionale").
      if !number.isWords, number.value < 10, cursor < s.count, s[cursor].kind == .word, !s[cursor].isSpaced,
        s[cursor].text == "D" || s[cursor].text == "G"
      {
        s.consume(number.range.lowerBound..<(cursor + 1))
        index = cursor + 1
        continue
      }

      // A match's score: "a 31-27 defeat", "the 2-2 draw", "ha perso per 47 a 27": each side's
      // points, as two figures in the unit "score", not a range.
      if let second = scoreContinuation(s, after: number.range.upperBound, start: first) {
        // A qualifier before the score ("ha perso per circa 31 a 27") is read with its first
        // figure, so that a score said approximately is reported once.
        let before = qualifier(s, before: first)
        let firstTokens = (before?.start ?? number.range.lowerBound)..<number.range.upperBound
        for (tokens, points, qualified) in [(firstTokens, value, before?.qualifier), (second.index..<(second.index + 1), second.value, nil)] {
          let quantity = Quantity(
            value: points, qualifier: qualified ?? .exact, unit: Self.scoreUnit, counted: nil, countedLemma: nil, countedTerm: nil, countedClass: nil,
            isSpelledOut: false, isAmbiguous: false)
          found.append(Found(tokens: tokens, quantity: quantity))
        }
        s.consume((before?.start ?? first)..<(second.index + 1))
        index = second.index + 1
        continue
      }

      // A range: "1 to 4 inches", "10-20", "tra 5 e 10 cm", "da 2,5 a 5 cm", "between 10 and 20".
      if let end = number.rangeEnd {
        rangeEnd = end
      } else if let range = rangeContinuation(s, after: number.range.upperBound, start: first, first: number) {
        rangeEnd = range.end
        cursor = range.cursor
        last = cursor - 1
        if let opener = range.opener { first = opener }
      }
      // A currency sign or ISO code before the number: "$5", "€ 4,5 miliardi", "£10m",
      // "EUR 125", "USD 200".
      if first > 0, let sign = Self.currencySigns[s[first - 1].text] ?? Self.currencyCodes[s[first - 1].text] {
        unit = sign
        first -= 1
      }
      // "una ventina di persone", "a dozen of the": the noun takes "di"/"of" before what it counts.
      // So does a scale in words: "tre milioni di euro", "un milione e mezzo di persone".
      let endsInScale = language == .italian && number.isWords && number.range.contains { s.folded($0).map { ItalianNumberWords.large[$0] != nil } ?? false }
      if number.isCollective || endsInScale, let word = s.folded(cursor), word == "di" || word == "of" || word == "d'" { cursor += 1 }
      // A fraction of a scale: "two thirds of a million people", "un quarto di milione di
      // abitanti" are so many of them.
      if rangeEnd == nil, number.isWords, number.value > 0, number.value < 1, s.folded(cursor) == (language == .english ? "of" : "di") {
        let article = language == .english ? ["a", "an"].contains(s.folded(cursor + 1) ?? "") : ["un", "uno"].contains(s.folded(cursor + 1) ?? "")
        let scaleAt = article ? cursor + 2 : cursor + 1
        if language == .italian || article, let scale = s.folded(scaleAt).flatMap({ lexicon.scales[$0] }), scale >= 1_000_000 {
          cursor = scaleAt
        }
      }
      // The scale: "2 million", "4,5 miliardi", "10m", "3bn". A small "m" with no currency,
      // before a race, a dimension or no noun at all, is metres: "the 100m and 200m
      // freestyle", "a 10m wall", but "£10m", "10m people", "3M".
      if cursor < s.count, s[cursor].text == "m", s[cursor].kind == .word, !s[cursor].isSpaced, unit == nil,
        language == .italian || cursor + 1 >= s.count || s[cursor + 1].kind != .word || Self.metreFollowers.contains(s.folded(cursor + 1) ?? "")
          // …or before a preposition, with no noun to count: "the 100m at the Olympics".
          || (s.folded(cursor + 1) != "of" && lexicon.phraseStops.contains(s.folded(cursor + 1) ?? ""))
      {
        unit = "m"
        last = cursor
        cursor += 1
      } else if let scaleWord = s.folded(cursor), let scale = lexicon.scales[scaleWord], s[cursor].kind == .word,
        scaleWord.count > 1 || !s[cursor].isSpaced,
        // An Italian "M" glued to its figure is millions ("1,2M"); a small "m", metres.
        language == .english || scaleWord != "m" || s[cursor].text == "M"
      {
        value *= scale
        rangeEnd = rangeEnd.map { $0 * scale }
        last = cursor
        cursor += 1
        // "3 milioni e mezzo", "3 million and a half", "3 million and a quarter": a fraction of
        // the scale more; or of a smaller scale after it: "one billion and a half million".
        if rangeEnd == nil, let part = fractionOfScale(s, at: cursor, wholeScale: scale) {
          value += part.value
          last = part.end - 1
          cursor = part.end
        }
        if s.folded(cursor) == "di" || s.folded(cursor) == "of" { cursor += 1 }
      }
      // An ordinal counts nothing itself but what follows: "his 36th meeting", "il suo 45°
      // incontro" (an Italian ordinal written with a degree sign, against a singular article
      // and before a noun: "i 40° all'ombra" stay degrees).
      if language == .english, s.isOrdinalSuffix(at: cursor) {
        last = cursor
        cursor += 1
      } else if language == .italian, let mark = s.folded(cursor), mark == "°" || mark == "º", first > 0,
        Self.italianSingularDeterminers.contains(s[first - 1].folded), cursor + 1 < s.count, s[cursor + 1].kind == .word,
        let next = s.folded(cursor + 1), next != "c", next != "f", !next.hasPrefix("celsius"), s[cursor + 1].text.first?.isLowercase == true
      {
        last = cursor
        cursor += 1
      }
      // A unit: "per cent", "%", "euro", "km", "°C".
      if s.folded(cursor) == "%" {
        unit = "%"
        last = cursor
        cursor += 1
      } else if let mark = s.folded(cursor), mark == "°" || mark == "º" {
        unit = "°"
        last = cursor
        cursor += 1
        if let scale = s.folded(cursor), scale == "c" || scale == "f" {
          unit = scale == "c" ? "°C" : "°F"
          last = cursor
          cursor += 1
        }
      } else if let mark = s.folded(cursor), mark == "ºc" || mark == "ºf" {
        // "26 ºC": the ordinal indicator, a letter, for the degree sign makes one word with the scale.
        unit = mark == "ºc" ? "°C" : "°F"
        last = cursor
        cursor += 1
      } else if unit == nil, cursor < s.count, s[cursor].text == "C" || s[cursor].text == "F", !s[cursor].isSpaced,
        cursor + 1 >= s.count || s[cursor + 1].kind != .word || lexicon.phraseStops.contains(s[cursor + 1].folded),
        !(first > 0 && s[first - 1].kind == .word && s[first - 1].isCapitalized)
      {
        // A capital "C" or "F" glued to the figure: "40C", "104F", as British papers write them;
        // not after a name ("Flat 40C").
        unit = s[cursor].text == "C" ? "°C" : "°F"
        last = cursor
        cursor += 1
      } else if unit == nil, cursor < s.count, let code = Self.currencyCodes[s[cursor].text] ?? Self.currencySigns[s[cursor].text] {
        // A code or a sign after the figure: "125 EUR", "385 $ al giorno", "10 € a testa".
        unit = code
        last = cursor
        cursor += 1
      } else if let phrase = lexicon.unitPhrase(at: cursor, in: s) {
        unit = phrase.unit
        last = cursor + phrase.words.count - 1
        cursor += phrase.words.count
        // "6 feet 2 inches", "5 ft 2 in", "6 feet and 2 inches": a height in feet and inches.
        if phrase.unit == "ft", rangeEnd == nil {
          let at = s.folded(cursor) == "and" ? cursor + 1 : cursor
          if at < s.count, s[at].kind == .number, let inches = Double(s[at].text), inches < 12,
            let word = s.folded(at + 1), ["inches", "inch", "in"].contains(word), word != "in" || s.folded(at + 2).map({ !$0.first!.isLetter }) ?? true
          {
            value += inches / 12
            last = at + 1
            cursor = at + 2
          }
        }
      }
      // "20 or so people", "una ventina o giù di lì": a hedge after the figure.
      let hedge = language == .english ? ["or", "so"] : ["o", "giu", "di", "li"]
      let isHedgedAfter = s.matches(hedge, at: cursor)
      if isHedgedAfter {
        last = cursor + hedge.count - 1
        cursor += hedge.count
      }
      if unit == nil, let compound = number.compound {
        // "a two-hour meeting": the joined word reads as it does after a figure, below.
        switch joined(compound, noun: { countedWord(compound) }) {
        case .feet: unit = "ft"
        case .unit(let joinedUnit): unit = joinedUnit
        case .adjective: break
        case .counted(let noun): counted = noun
        }
      } else if unit == nil, !number.isOrdinal {
        // "48-hour": the hyphenated noun is what is counted.
        if cursor < s.count, s.folded(cursor) == "-", cursor + 1 < s.count, s[cursor + 1].kind == .word, !s[cursor + 1].isSpaced {
          // "a 25,000-strong crowd", "a 13-year-old": a measure adjective; the noun after it
          // is what is counted or measured.
          last = cursor + 1
          // "a 700-billion-dollar bailout", "a 2-million-euro plan": the scale first.
          var joinedWord = s[cursor + 1].folded
          if let dash = joinedWord.firstIndex(of: "-"), let scale = lexicon.scales[String(joinedWord[..<dash])], scale >= 1000 {
            value *= scale
            rangeEnd = rangeEnd.map { $0 * scale }
            joinedWord = String(joinedWord[joinedWord.index(after: dash)...])
          }
          switch joined(joinedWord, noun: { countedNoun(s, words: [cursor + 1]) }) {
          case .feet:
            // "a 6-foot-6 forward": six feet six inches.
            unit = "ft"
            if s.folded(cursor + 2) == "-", cursor + 3 < s.count, s[cursor + 3].kind == .number, let inches = Double(s[cursor + 3].text) {
              value += inches / 12
              last = cursor + 3
            }
          case .unit(let joinedUnit): unit = joinedUnit
          case .adjective: break
          case .counted(let noun): counted = noun
          }
        } else {
          // A partitive's noun, unless a figure starts it: "five of the three-ton satellites".
          // After a fraction, "of" alone starts it too: "two-thirds of voters".
          let isFraction = number.isWords && number.value < 1 && number.value > 0
          var start = Self.partitiveEnd(s, at: cursor, language: language, afterFraction: isFraction).flatMap { self.number(s, at: $0) == nil ? $0 : nil } ?? cursor
          // Italian names what a figure counts after it, with its article, as the subject of
          // "essere" and the like: "Sono 300 i morti", "Salgono a 12 le vittime".
          if language == .italian, start == cursor, let article = s.folded(cursor), ["i", "gli", "le"].contains(article),
            cursor + 1 < s.count, s[cursor + 1].kind == .word, !s[cursor + 1].isCapitalized
          {
            start = cursor + 1
          }
          if let phrase = countedPhrase(s, from: start) {
            counted = phrase.noun
            last = max(last, phrase.last)
          }
        }
      } else if let unit, Self.measuredUnits.contains(unit), let preposition = s.folded(cursor),
        language == .english ? preposition == "of" : preposition == "di" || preposition == "d'",
        cursor + 1 < s.count, !lexicon.articles.contains(s[cursor + 1].folded), !s[cursor + 1].isCapitalized,
        let phrase = countedPhrase(s, from: cursor + 1)
      {
        // What a measure measures: "2 tonnes of cocaine", "500 litri d'acqua"; not a place a
        // distance is from ("within 200 miles of Phoenix").
        counted = phrase.noun
        last = phrase.last
      }
      // "un bambino su cinque", "one person in ten": the noun of a ratio between its figures.
      if value == 1, rangeEnd == nil, unit == nil, counted != nil, !number.isOrdinal, let ratio = ratioOfOne(s, after: last + 1, nounBetween: true) {
        value = ratio.value
        last = ratio.end - 1
      }
      if language == .english, unit == nil, counted == nil, !number.isWords, rangeEnd == nil, value >= 1, value <= 120,
        value == value.rounded(), isAge(s, first: first, after: cursor)
      {
        counted = ("years", termBase.lookup("year", language: .english), "year")
      }
      // A half or a quarter after the noun: "due anni e mezzo", "tre ore e mezza", "due ore e
      // un quarto", "a year and a half" (English puts it before the noun too: "two and a half
      // years", read with the figure).
      if rangeEnd == nil, counted != nil || unit != nil, last >= number.range.upperBound,
        let part = Self.fractionAfterWhole(s, at: last + 1, language: language)
      {
        value += part.value
        last = part.end - 1
      }
      // "10 degrees below zero", "2 gradi sotto zero": a temperature under freezing.
      if unit == nil || unit == "°" || unit == "°C" || unit == "°F", rangeEnd == nil, value > 0,
        s.matches(language == .english ? ["below", "zero"] : ["sotto", "zero"], at: last + 1)
      {
        value = -value
        unit = unit ?? "°"
        last += 2
      }
      // "13 dollars and 45 cents", "15 dollari e 15 centesimi": the cents of the sum.
      if let currency = unit, ["USD", "EUR", "GBP"].contains(currency), rangeEnd == nil, value == value.rounded() {
        var j = last + 1
        if s.folded(j) == "and" || s.folded(j) == "e" { j += 1 }
        if j < s.count, s[j].kind == .number, let cents = Int(s[j].text), (1...99).contains(cents), let minor = s.folded(j + 1),
          Self.minorUnits.contains(minor)
        {
          value += Double(cents) / 100
          last = j + 1
        }
      }
      var qualifier = qualifier(s, before: first)
      // "cost £3bn over five years", "rose 5% over two years": "over" before a count of time,
      // after another figure of its clause, is the period that figure is spread over, not "more
      // than" ("jailed for 3 years and served over five" still is).
      if language == .english, let found = qualifier, s.folded(found.start) == "over", counted?.term?.category == .time,
        let figure = (max(0, found.start - 10)..<found.start).last(where: { s[$0].kind == .number }),
        !(figure..<found.start).contains(where: { Self.clauseBreaks.contains(s[$0].folded) })
      {
        qualifier = nil
      }
      if let found = qualifier { first = found.start }
      // A qualifier inside a range, after its opener ("between about 10 and 20"), qualifies it.
      if qualifier == nil, rangeEnd != nil, let inner = self.qualifier(s, before: number.range.lowerBound), inner.start > first {
        qualifier = (inner.qualifier, first)
      }
      // "Fortis employs 85,000 people" counts employees, as "ha 85 000 dipendenti" does.
      if let noun = counted, let verb = s.folded(first - 1), lexicon.employingVerbs.contains(verb), let people = noun.term,
        people.id == peopleTerm?.id || people.id == staffTerm?.id, let employee = employeeTerm
      {
        counted = (noun.text, employee, employee.preferred(in: language))
      }
      // A bare small integer with nothing counted and no unit is usually a list marker, a page,
      // or part of a name ("Article 50"): keep it only when something is counted or qualified.
      // (Not after a capitalised function word opening the sentence: "A 3-million-strong crowd".)
      let isNamePart = first > 0 && s[first - 1].isCapitalized && !number.isWords && counted == nil && unit == nil
        && !FunctionWords.contains(s[first - 1].folded, language: language)
      if isNamePart {
        index = number.range.upperBound
        continue
      }
      var quantity = Quantity(
        value: value, qualifier: qualifier?.qualifier ?? (number.isApproximate || isHedgedAfter ? .approximately : .exact), unit: unit,
        counted: counted?.text,
        countedLemma: counted?.lemma, countedTerm: counted?.term?.id, countedClass: counted?.term?.category,
        isSpelledOut: number.isWords, isAmbiguous: number.isAmbiguous)
      quantity.rangeEnd = rangeEnd
      s.consume(first..<(last + 1))
      found.append(Found(tokens: first..<(last + 1), quantity: quantity))
      index = last + 1
    }
    return found
  }

  /// The noun phrase a quantity counts or measures, from `start`: up to four words before a
  /// stop word, a capitalised word after the first, a verb in the past, "left", or a number.
  private func countedPhrase(_ s: SentenceTokens, from start: Int) -> (noun: (text: String, term: Term?, lemma: String), last: Int)? {
    var words: [Int] = []
    var j = start
    while j < s.count, words.count < 4, s[j].kind == .word, !lexicon.phraseStops.contains(s[j].folded),
      !s[j].isCapitalized || words.isEmpty && !s[j].isAllCaps
    {
      // A verb in the past after the noun ends the phrase: "12 players played very well"
      // counts players ("12 injured people" still counts people).
      if language == .english, !words.isEmpty, s[j].folded.hasSuffix("ed") || Self.irregularPasts.contains(s[j].folded), !isCountable(s[j].folded) {
        break
      }
      // So does a word that follows the noun to say how many are left: "12 years left",
      // and a number word, which starts a quantity of its own: "i ragazzi tra gli 11 e i 18
      // anni possiede due profili".
      if !words.isEmpty, Self.remainders.contains(s[j].folded) || self.number(s, at: j) != nil { break }
      words.append(j)
      j += 1
    }
    guard let lastWord = words.last, let noun = countedNoun(s, words: words) else { return nil }
    return (noun, lastWord)
  }

  /// Units of mass, volume, area and length, whose quantity measures the noun after "of" / "di".
  static let measuredUnits: Set<String> = ["kg", "g", "mg", "t", "lb", "oz", "l", "ml", "gal", "ha", "acre", "km²", "mi²", "km", "m", "mi"]

  /// The unit of a match's points.
  /// An ordinal in words, as "5th" reads in figures: "fifth", "quinta", "decimo". Not within
  /// two words after an indefinite article or a figure, where it is a fraction's denominator
  /// ("a fifth", "un buon quinto", "due quinti"), nor capitalised before a capitalised word
  /// ("Fifth Avenue").
  private func ordinalWord(_ s: SentenceTokens, at i: Int, values: WordTable<Int>) -> NumberHit? {
    guard let value = values[s[i].folded] else { return nil }
    for before in max(0, i - 2)..<i where s[before].kind == .number || ["a", "an", "one", "un", "uno", "una"].contains(s[before].folded) {
      return nil
    }
    if s[i].isCapitalized, i + 1 < s.count, s[i + 1].isCapitalized, s[i + 1].kind == .word { return nil }
    return NumberHit(range: i..<(i + 1), value: Double(value), isWords: true, isAmbiguous: false, isOrdinal: true)
  }

  /// Unicode's vulgar fractions, as a figure's fractional part.
  static let vulgarFractions: [String: Double] = [
    "\u{00BD}": 0.5, "\u{00BC}": 0.25, "\u{00BE}": 0.75, "\u{2153}": 1.0 / 3, "\u{2154}": 2.0 / 3, "\u{2155}": 0.2,
    "\u{2156}": 0.4, "\u{2157}": 0.6, "\u{2158}": 0.8, "\u{2159}": 1.0 / 6, "\u{215A}": 5.0 / 6, "\u{215B}": 0.125,
    "\u{215C}": 0.375, "\u{215D}": 0.625, "\u{215E}": 0.875,
  ]

  /// The tens of a Fahrenheit decade ("the 80s", "widespread 90s") in an English sentence
  /// with a word of the weather; elsewhere "the 80s" is a decade of years or of age.
  private func fahrenheitDecade(_ s: SentenceTokens, at i: Int) -> Double? {
    guard language == .english, !s.consumed[i], s[i].kind == .number, s[i].text.utf8.count == 2, let tens = Int(s[i].text), tens % 10 == 0,
      s.folded(i + 1) == "s", !s[i + 1].isSpaced, s.hasWord(in: Self.weatherWords)
    else { return nil }
    return Double(tens)
  }

  /// Words that put an English sentence's figures in the weather.
  static let weatherWords: Set<String> = [
    "temperature", "temperatures", "highs", "lows", "warm", "warmer", "warmth", "hot", "hotter", "heat", "cold", "colder", "cool",
    "cooler", "chilly", "degrees", "weather", "forecast", "heatwave", "mild",
  ]

  /// The words a figure below zero is said with: "minus five", "negative 3", "meno 5 gradi".
  static let minusWords: WordSet = ["minus", "negative", "meno"]

  /// The words that are one, half or an article before a number's noun, each compared in
  /// `plainNumber`; every other word skips those comparisons.
  static let englishOneWords: WordSet = ["a", "an", "one", "half"]
  static let italianOneWords: WordSet = ["un", "una", "uno", "un'", "mezzo", "mezza"]

  /// The unhyphenated words an English or Italian fraction in words begins with.
  static let englishFractionWords: WordSet = ["half", "quarter", "a", "one"]
  static let italianFractionWords: WordSet = ["meta", "mezzo", "mezza", "un", "uno", "una"]

  /// English verbs in the past that do not end in "-ed": after a counted noun they end its
  /// phrase, as "played" does ("300 people came to the rally" counts people).
  static let irregularPasts: Set<String> = [
    "came", "went", "fled", "fell", "rose", "grew", "took", "made", "got", "began", "lost", "won", "ran", "fought", "met", "brought",
    "bought", "caught", "held", "kept", "led", "paid", "sent", "spent", "stood", "told", "thought", "wrote", "drove", "gave", "knew",
    "broke", "chose", "spoke", "became", "sought", "slept", "flew", "found", "heard", "felt", "sat", "struck", "threw", "saw", "did",
    "hid", "stole", "swam", "sang", "drank", "ate", "forgot", "froze", "rode", "woke", "wore", "tore", "shook", "sank",
  ]

  /// Words and marks that end an English clause within a sentence.
  static let clauseBreaks: Set<String> = [",", ";", ":", "and", "but", "while", "whereas", "or"]

  /// Words after a counted noun that say how many of it remain, ending its phrase.
  static let remainders: Set<String> = ["left", "remaining", "rimasti", "rimaste", "restanti"]

  static let scoreUnit = "score"

  /// The second figure of a score after the first: whole numbers joined by a dash ("31-27",
  /// "2–2") or by Italian "a" ("47 a 27", "3 a 1"), with a word of the match within a few
  /// words ("defeat", "draw", "won", "pareggio", "perso"), since "10-20" is otherwise a range.
  private func scoreContinuation(_ s: SentenceTokens, after index: Int, start: Int) -> (index: Int, value: Double)? {
    guard let connector = s.folded(index), index + 1 < s.count, s[index + 1].kind == .number else { return nil }
    let isDash = (connector == "-" || connector == "\u{2013}") && s[index].kind == .punctuation
    guard isDash || (language == .italian && connector == "a") else { return nil }
    let texts = (s[start].text, s[index + 1].text)
    let isDigits = { (text: String) in !text.isEmpty && text.utf8.allSatisfy { (0x30...0x39).contains($0) } }
    guard isDigits(texts.0), isDigits(texts.1), let points = Int(texts.0), let second = Int(texts.1), points < 200, second < 200 else { return nil }
    let window = max(0, start - 6)..<min(s.count, index + 5)
    let words = language == .english ? Self.englishScoreWords : Self.italianScoreWords
    guard window.contains(where: { position in words.contains { s[position].folded.hasPrefix($0) } }) else { return nil }
    return (index + 1, Double(second))
  }

  static let englishScoreWords = ["defeat", "victory", "win", "won", "draw", "drew", "loss", "lost", "beat", "lead", "score", "tie", "tied"]
  static let italianScoreWords = ["sconfitt", "vittori", "vint", "vinc", "pareggi", "pers", "batt", "punteggio", "risultato"]

  /// The second figure of a range after the first, with the token after it and the opening
  /// word ("between", "tra", "da") when there is one.
  private func rangeContinuation(_ s: SentenceTokens, after index: Int, start: Int, first: NumberHit) -> (end: Double, cursor: Int, opener: Int?)? {
    // "tra i 7,5 cm e i 15 cm", "from 10% to 20%": the unit may come after both figures; the
    // second one keeps it for the reading that follows.
    var index = index
    // So may a scale, said with both: "from 25 billion to 55 billion".
    let scaleWord = s.folded(index).flatMap { $0.count > 1 && lexicon.scales[$0] != nil && s[index].kind == .word ? [$0] : nil }
    let repeatedUnit = s.folded(index) == "%" ? ["%"] : lexicon.unitPhrase(at: index, in: s)?.words ?? scaleWord
    if let repeatedUnit { index += repeatedUnit.count }
    guard let connector = s.folded(index) else { return nil }
    // "tra il 30 e il 43%", "dai 2 ai 10 cm": articles and fused prepositions around the figures;
    // and a qualifier of the range after its opener: "between about 10 and 20", "tra gli oltre
    // 11 e i 18 anni".
    var openerIndex = (qualifier(s, before: start)?.start ?? start) - 1
    while openerIndex >= 0, lexicon.articles.contains(s[openerIndex].folded) { openerIndex -= 1 }
    var opener = openerIndex >= 0 ? s.folded(openerIndex) : nil
    if let fused = opener, ["dal", "dai", "dalle", "dall'", "dallo", "dagli"].contains(fused) { opener = "da" }
    var normalizedConnector = connector
    if ["al", "ai", "alle", "all'", "allo", "agli"].contains(connector) { normalizedConnector = "a" }
    let isDash = (connector == "-" || connector == "\u{2013}") && s[index].kind == .punctuation
    let isWord: Bool
    // "2 or 3 weeks", "due o tre settimane": a hedged range of small whole figures.
    let isAlternative = (connector == "or" || connector == "o") && repeatedUnit == nil && index + 1 < s.count && s[index + 1].kind == .number
      && number(value: s, at: start) < 100 && s[start].text.allSatisfy(\.isNumber)
    switch language {
    case .english:
      isWord = connector == "to" || (connector == "and" && opener == "between") || isAlternative
    case .italian:
      isWord = (normalizedConnector == "a" && opener == "da") || (connector == "e" && (opener == "tra" || opener == "fra")) || isAlternative
    }
    guard isDash || isWord else { return nil }
    var secondIndex = index + 1
    while secondIndex < s.count, lexicon.articles.contains(s[secondIndex].folded), secondIndex - index <= 2 { secondIndex += 1 }
    guard secondIndex < s.count, !s.consumed[secondIndex] else { return nil }
    // The second figure in digits, or in words after a first in words: "from two to five",
    // "between two and five", "tra due e cinque", "da uno a tre".
    let second: (value: Double, end: Int)
    if s[secondIndex].kind == .number, let reading = NumberReader(language: language).read(s[secondIndex].text) {
      second = (reading.value, secondIndex + 1)
    } else if first.isWords, !first.isOrdinal, !isDash, s[secondIndex].kind == .word, let hit = plainNumber(s, at: secondIndex), hit.isWords, !hit.isOrdinal,
      !hit.isCollective, hit.value >= 1, hit.value == hit.value.rounded()
    {
      second = (hit.value, hit.range.upperBound)
    } else {
      return nil
    }
    guard repeatedUnit.map({ s.matches($0, at: second.end) }) ?? true else { return nil }
    // "1950-53": the second figure abbreviates the first's hundreds.
    var end = second.value
    let firstValue = first.isWords ? first.value : number(value: s, at: start)
    if isDash, end < firstValue, s[secondIndex].kind == .number, s[secondIndex].text.count == 2, s[start].text.count == 4 {
      end += (firstValue / 100).rounded(.down) * 100
    }
    // "a 31-27 defeat" is a score, not a range: a range rises.
    guard end > firstValue else { return nil }
    let hasOpener = isWord && connector != "to" && !isAlternative && openerIndex >= 0
    return (end, second.end, hasOpener || (opener == "between" || opener == "from") ? max(0, openerIndex) : nil)
  }

  private func number(value s: SentenceTokens, at index: Int) -> Double {
    NumberReader(language: language).read(s[index].text)?.value ?? 0
  }

  /// Where the noun of a partitive after a figure starts: "12 of his players", "3 of the
  /// victims", "12 dei suoi giocatori", "3 delle vittime" count players and victims. Nil when
  /// no partitive follows.
  static func partitiveEnd(_ s: SentenceTokens, at cursor: Int, language: Language, afterFraction: Bool = false) -> Int? {
    switch language {
    case .english:
      guard s.folded(cursor) == "of", let determiner = s.folded(cursor + 1) else { return nil }
      return englishPartitiveDeterminers.contains(determiner) ? cursor + 2 : afterFraction ? cursor + 1 : nil
    case .italian:
      // After a fraction, a singular whole too: "un quinto della popolazione".
      guard let preposition = s.folded(cursor), (afterFraction ? italianPartitives : italianPartitivePrepositions).contains(preposition) else {
        return nil
      }
      return s.folded(cursor + 1).map(italianPossessives.contains) == true ? cursor + 2 : cursor + 1
    }
  }

  static let englishPartitiveDeterminers: Set<String> = ["the", "his", "her", "their", "its", "our", "your", "my", "these", "those"]
  static let italianPartitivePrepositions: Set<String> = ["dei", "degli", "delle"]
  static let italianPossessives: Set<String> = ["suoi", "sue", "loro", "nostri", "nostre", "vostri", "vostre", "miei", "mie", "tuoi", "tue"]

  /// Units an English figure joins with a hyphen, in the singular: "a 20-degree difference"
  /// is 20 degrees, "a 10-mile walk" 10 miles, as "quasi 25 gradi" and "16 chilometri" read.
  /// Not "pound", which is money as often as weight.
  static let joinedUnits: [String: String] = [
    "degree": "°", "mile": "mi", "kilometre": "km", "kilometer": "km", "metre": "m", "meter": "m", "yard": "yd", "inch": "in",
    "centimetre": "cm", "centimeter": "cm", "millimetre": "mm", "millimeter": "mm", "tonne": "t", "ton": "t", "hectare": "ha",
    "litre": "l", "liter": "l", "kilogram": "kg", "kilo": "kg", "dollar": "USD", "euro": "EUR",
  ]

  static let measureAdjectives: Set<String> = ["strong", "old", "long", "wide", "tall", "high", "deep", "thick", "odd", "plus", "year-old"]

  static let minusSigns: Set<String> = ["-", "\u{2212}"]

  /// A half or a quarter in Italian after the "e" (or a clock's "meno") of its whole, starting at
  /// `index`: "mezzo", "mezza", "un quarto", "tre quarti". Its value and the index after it.
  static func italianHalfOrQuarter(_ s: SentenceTokens, at index: Int) -> (value: Double, end: Int)? {
    if let word = s.folded(index), word == "mezzo" || word == "mezza" { return (0.5, index + 1) }
    if s.matches(["un", "quarto"], at: index) || s.matches(["un", "mezzo"], at: index) { return (s.folded(index + 1) == "mezzo" ? 0.5 : 0.25, index + 2) }
    if s.matches(["tre", "quarti"], at: index) { return (0.75, index + 2) }
    return nil
  }

  /// A fraction said after its whole, from the "and" / "e" at `index`: "and a half", "and one
  /// half", "and three quarters", "and two thirds" ("one million and a half", "two and a half
  /// years", "a year and a half"); "e mezzo", "e un quarto", "e tre quarti", "e due terzi"
  /// ("due anni e mezzo", "centotre e due terzi"). Its value and the index after it.
  static func fractionAfterWhole(_ s: SentenceTokens, at index: Int, language: Language) -> (value: Double, end: Int)? {
    switch language {
    case .english:
      guard s.folded(index) == "and", let numeratorWord = s.folded(index + 1) else { return nil }
      let numerator = ["a", "an", "one"].contains(numeratorWord) ? 1 : EnglishNumberWords.units[numeratorWord]
      return fraction(numerator, s.folded(index + 2), language: .english).map { ($0, index + 3) }
    case .italian:
      guard s.folded(index) == "e", let numeratorWord = s.folded(index + 1) else { return nil }
      if let part = italianHalfOrQuarter(s, at: index + 1) { return part }
      let numerator = ["un", "una", "uno"].contains(numeratorWord) ? 1 : ItalianNumberWords.value(of: numeratorWord)
      return fraction(numerator, s.folded(index + 2), language: .italian).map { ($0, index + 3) }
    }
  }

  /// A fraction after a whole whose last scale is `wholeScale` (1 for none), as the amount it
  /// adds: of that scale ("one million and a half" adds 500,000), or of a smaller scale written
  /// after the fraction ("one billion and a half million" adds 500,000, not half a billion
  /// read a million times over). The scale of a whole under a thousand is no scale: "two and a
  /// half million" is two and a half, which the million after it multiplies.
  func fractionOfScale(_ s: SentenceTokens, at index: Int, wholeScale: Double) -> (value: Double, end: Int)? {
    guard let part = Self.fractionAfterWhole(s, at: index, language: language) else { return nil }
    guard wholeScale >= 1000 else { return part }
    if let smaller = s.folded(part.end).flatMap({ lexicon.scales[$0] }), smaller >= 1000, smaller < wholeScale {
      return (part.value * smaller, part.end + 1)
    }
    return (part.value * wholeScale, part.end)
  }

  /// A proper fraction of a numerator and the fraction word that agrees with it ("two" and
  /// "thirds", "un" and "quarto"), or nil.
  static func fraction(_ numerator: Int?, _ denominatorWord: String?, language: Language) -> Double? {
    guard let numerator, numerator >= 1, let denominatorWord,
      let denominator = agreeingDenominator(denominatorWord, numerator: numerator, language: language), numerator < denominator
    else { return nil }
    return Double(numerator) / Double(denominator)
  }

  /// The denominator of a fraction word that agrees with its numerator: "a third", "two
  /// thirds", "un terzo", "due terzi" ("twenty fifth" is an ordinal, not twenty fifths).
  static func agreeingDenominator(_ word: String, numerator: Int, language: Language) -> Int? {
    switch language {
    case .english:
      guard let denominator = EnglishNumberWords.denominators[word] else { return nil }
      return word.hasSuffix("s") == (numerator > 1) ? denominator : nil
    case .italian:
      guard let denominator = ItalianNumberWords.denominators[word] else { return nil }
      return word.hasSuffix("i") == (numerator > 1) ? denominator : nil
    }
  }

  /// The hundredths of dollars, euros and pounds, in both languages.
  static let minorUnits: Set<String> = ["cents", "cent", "c", "pence", "p", "penny", "centesimi", "centesimo"]

  /// Units one of which an article counts: "a dollar", "a mile", "un litro", "una tonnellata".
  static let englishUnitsCountedByArticle: Set<String> = [
    "dollar", "euro", "pound", "mile", "kilometre", "kilometer", "metre", "meter", "litre", "liter", "kilogram", "kilo", "tonne",
    "ton", "ounce", "gram", "yard", "inch", "hectare", "gallon", "millilitre", "milliliter", "acre",
    // Spans of years with their number in the word, as the other language may give them in
    // figures: "a decade" is "dieci anni", "un ventennio" is "20 years".
    "decade", "century",
  ]
  static let italianUnitsCountedByArticle: Set<String> = [
    "dollaro", "euro", "sterlina", "miglio", "chilometro", "metro", "litro", "chilo", "chilogrammo", "tonnellata", "grammo", "iarda",
    "pollice", "ettaro", "gallone", "millilitro", "acro",
    "biennio", "triennio", "quinquennio", "decennio", "ventennio", "trentennio", "secolo",
  ]

  /// ISO 4217 codes as news writes them before or after a figure, in capitals: "EUR 125",
  /// "200 USD".
  static let currencyCodes: [String: String] = Dictionary(
    uniqueKeysWithValues: [
      "USD", "EUR", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD", "INR", "RUB", "SEK", "NOK", "DKK", "PLN", "BRL", "MXN", "TRY", "ZAR", "HUF",
      "CZK", "HKD", "SGD", "NZD", "KRW", "ILS", "UAH", "RON",
    ]
      .map { ($0, $0) })

  static let currencySigns: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"]

  /// Words after "100m" that make it a distance: races, dimensions, and the "and" of a list
  /// of races.
  static let metreFollowers: Set<String> = [
    "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "hurdles", "sprint", "race", "races", "relay", "final", "finals",
    "dash", "high", "long", "deep", "tall", "wide", "away", "above", "below", "and", "or", "in",
  ]

  /// Whether an English number word is a small one above one, "two" to "nine": "one to three"
  /// is a range, "one to forty" more often a ratio.
  static func isWordAboveOne(_ folded: String) -> Bool {
    EnglishNumberWords.units[folded].map { (2...9).contains($0) } ?? false
  }

  private struct NumberHit {
    var range: Range<Int>
    var value: Double
    var isWords: Bool
    var isAmbiguous: Bool
    /// A round figure said as a noun ("una ventina", "a dozen"), followed by "di"/"of" before
    /// what it counts; "una ventina" is about twenty.
    var isCollective = false
    var isApproximate = false
    /// What a number word joined by a hyphen counts or measures: "hour" in "a two-hour
    /// meeting", "year-old" in "a three-year-old".
    var compound: String?
    /// An ordinal in words ("the fifth seed"): a rank, which counts nothing, as "5th" does not.
    var isOrdinal = false
    /// The upper end of a range said in one word: Italian "due-tre settimane".
    var rangeEnd: Double?
  }

  /// The number at `i`, or the ratio one starts: "one in five", "one out of ten", "uno su tre",
  /// "1 su 3", read as the fraction they state (0.2, 0.1), as "a fifth" and "un terzo" are. A
  /// ratio of more than one ("41 out of 48", "36 concorrenti su 116") stays two counts, as "41
  /// of the 48" and "41 delle 48" read.
  private func number(_ s: SentenceTokens, at i: Int) -> NumberHit? {
    if s[i].folded == "one" || s[i].folded == "uno", let ratio = ratioOfOne(s, after: i + 1) {
      return NumberHit(range: i..<ratio.end, value: ratio.value, isWords: true, isAmbiguous: false)
    }
    guard var hit = plainNumber(s, at: i) else { return nil }
    if hit.value == 1, !hit.isWords, let ratio = ratioOfOne(s, after: hit.range.upperBound) {
      hit.range = i..<ratio.end
      hit.value = ratio.value
    }
    return hit
  }

  /// The denominator of a ratio of one, from `index`: English "in five" ("3 in 2010" is a
  /// date) and "out of ten", Italian "su tre": the ratio's value and the index after it; the
  /// denominator is a whole number up to a million and not a year. When the ratio's noun stands
  /// between ("one person in ten", "un bambino su cinque"), no noun the denominator counts
  /// follows it: "un sondaggio su 20.000 studenti" is a survey of students.
  private func ratioOfOne(_ s: SentenceTokens, after index: Int, nounBetween: Bool = false) -> (value: Double, end: Int)? {
    guard let word = s.folded(index) else { return nil }
    let denominatorIndex: Int
    switch language {
    case .english:
      if word == "in" {
        denominatorIndex = index + 1
      } else if word == "out", s.folded(index + 1) == "of" {
        denominatorIndex = index + 2
      } else {
        return nil
      }
    case .italian:
      guard word == "su" else { return nil }
      denominatorIndex = index + 1
    }
    guard denominatorIndex < s.count, s[denominatorIndex].kind == .number || s[denominatorIndex].kind == .word,
      let denominator = plainNumber(s, at: denominatorIndex), !denominator.isOrdinal, !denominator.isAmbiguous, denominator.value > 1,
      denominator.value <= 1_000_000, denominator.value == denominator.value.rounded(),
      !s.consumed[denominatorIndex], !(s[denominatorIndex].text.count == 4 && (1000...2100).contains(denominator.value))
    else { return nil }
    var end = denominator.range.upperBound
    var value = 1 / denominator.value
    // "una persona su 12 milioni", "one in 10 million".
    if let scaleWord = s.folded(end), s[end].kind == .word, scaleWord.count > 1, let scale = lexicon.scales[scaleWord] {
      value /= scale
      end += 1
    }
    if nounBetween, let next = s.folded(end), s[end].kind == .word, termBase.lookup(next, language: language).map(isCountableTerm) == true {
      return nil
    }
    return (value, end)
  }

  private func plainNumber(_ s: SentenceTokens, at i: Int) -> NumberHit? {
    let token = s[i]
    // "minus five", "negative 3", "meno 5 gradi": a figure below zero said in words; not "10
    // meno 3", nor "meno di 5", which bounds it.
    if token.kind == .word, Self.minusWords.contains(token.folded),
      !(i > 0 && s[i - 1].kind == .number), i + 1 < s.count, token.folded != "meno" || s[i + 1].kind == .number,
      let hit = number(s, at: i + 1), hit.value > 0, !hit.isOrdinal
    {
      var negative = hit
      negative.range = i..<hit.range.upperBound
      negative.value = -hit.value
      return negative
    }
    if token.kind == .number {
      // "3/4 of the members", "2/3 degli iscritti": a fraction in figures before what it divides.
      if s.folded(i + 1) == "/", !s[i + 1].isSpaced, i + 2 < s.count, s[i + 2].kind == .number, !s[i + 2].isSpaced,
        let top = Int(token.text), let bottom = Int(s[i + 2].text), (1...99).contains(top), (2...100).contains(bottom), top < bottom,
        let next = s.folded(i + 3), (language == .english ? ["of"] : Self.italianPartitives).contains(next)
      {
        return NumberHit(range: i..<(i + 3), value: Double(top) / Double(bottom), isWords: false, isAmbiguous: false)
      }
      // Part of a longer code or a time of day: "1.2.3.4", "15:30".
      if i + 1 < s.count, [":", "/"].contains(s[i + 1].text), !s[i + 1].isSpaced, i + 2 < s.count, s[i + 2].kind == .number {
        return nil
      }
      if i > 0, [":", "/"].contains(s[i - 1].text), !token.isSpaced { return nil }
      // "the 80s", "1960s": a decade or a range, not a count.
      if i + 1 < s.count, s[i + 1].folded == "s", !s[i + 1].isSpaced { return nil }
      // "85 000": thousands grouped with a plain space, as Italian (and French) print them.
      var end = i + 1
      var grouped = token.text
      while token.text.allSatisfy(\.isNumber), token.text.count <= 3, end < s.count, s[end].kind == .number, s[end].isSpaced,
        s[end].text.count == 3, s[end].text.allSatisfy(\.isNumber), grouped.count < 15
      {
        grouped += s[end].text
        end += 1
      }
      guard let reading = NumberReader(language: language).read(grouped) else { return nil }
      // A minus sign written against the figure and apart from what precedes it: "-5C",
      // "−9,2" (not the hyphen of a range, "10-20", which touches both figures).
      if i > 0, Self.minusSigns.contains(s[i - 1].text), !token.isSpaced, s[i - 1].isSpaced || i == 1 {
        return NumberHit(range: (i - 1)..<end, value: -reading.value, isWords: false, isAmbiguous: reading.isAmbiguous)
      }
      // An English decimal written without its zero: ".08", "a .45-calibre gun".
      if language == .english, i > 0, s[i - 1].text == ".", !token.isSpaced, s[i - 1].isSpaced || i == 1, end == i + 1,
        token.text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Double("0." + token.text)
      {
        return NumberHit(range: (i - 1)..<end, value: value, isWords: false, isAmbiguous: false)
      }
      // A fraction in figures after a whole one: "2 1/4 miles", "1 1/2 hours".
      if end == i + 1, !reading.isAmbiguous, reading.value == reading.value.rounded(), end + 2 < s.count, s[end].kind == .number, s[end].isSpaced,
        s.folded(end + 1) == "/", !s[end + 1].isSpaced, s[end + 2].kind == .number, !s[end + 2].isSpaced,
        let top = Int(s[end].text), let bottom = Int(s[end + 2].text), (1...15).contains(top), (2...16).contains(bottom), top < bottom,
        !(end + 3 < s.count && !s[end + 3].isSpaced && ["/", "-", "."].contains(s.folded(end + 3) ?? ""))
      {
        return NumberHit(range: i..<(end + 3), value: reading.value + Double(top) / Double(bottom), isWords: false, isAmbiguous: false)
      }
      // A vulgar fraction written against the figure: "29¾ inches", "24½".
      if end < s.count, !s[end].isSpaced, let fraction = Self.vulgarFractions[s[end].text] {
        return NumberHit(range: i..<(end + 1), value: reading.value + fraction, isWords: false, isAmbiguous: false)
      }
      // "2 terzi", "3 fifths of": a figure over a fraction word.
      if end == i + 1, !reading.isAmbiguous, reading.value >= 1, reading.value < 100, reading.value == reading.value.rounded(),
        let denominator = fractionDenominator(s, at: end, numerator: Int(reading.value)), reading.value < Double(denominator)
      {
        return NumberHit(range: i..<(end + 1), value: reading.value / Double(denominator), isWords: false, isAmbiguous: false)
      }
      // "2 and a half hours", "3 and a quarter miles".
      if language == .english, !reading.isAmbiguous, let part = Self.fractionAfterWhole(s, at: end, language: .english) {
        return NumberHit(range: i..<part.end, value: reading.value + part.value, isWords: false, isAmbiguous: false)
      }
      if !reading.isAmbiguous, reading.value == reading.value.rounded(), let decimals = spokenDecimals(s, at: end) {
        return NumberHit(range: i..<decimals.end, value: reading.value + decimals.value, isWords: true, isAmbiguous: false)
      }
      return NumberHit(range: i..<end, value: reading.value, isWords: false, isAmbiguous: reading.isAmbiguous)
    }
    guard token.kind == .word else { return nil }
    // Most words are no article, "one" or "half", and are spared the comparisons below.
    let isOneLike = (language == .english ? Self.englishOneWords : Self.italianOneWords).contains(token.folded)
    switch language {
    case .english:
      if let fraction = englishFraction(s, at: i) { return fraction }
      if let ordinal = ordinalWord(s, at: i, values: EnglishNumberWords.unambiguousOrdinals) { return ordinal }
      // "a person in 12 million", "one child in five": one, of a ratio whose noun is between.
      if isOneLike, token.folded == "a" || token.folded == "an" || token.folded == "one", i + 3 < s.count, s[i + 1].kind == .word,
        ratioOfOne(s, after: i + 2, nounBetween: true) != nil
      {
        return NumberHit(range: i..<(i + 1), value: 1, isWords: true, isAmbiguous: false)
      }
      // "a thousand years", "a hundred and fifty": "a" is "one" before a scale.
      if isOneLike, token.folded == "a", let scale = EnglishNumberWords.multipliers[s.folded(i + 1) ?? ""], scale >= 100 {
        var j = i + 1
        var words = ["one"]
        while j < s.count, s[j].kind == .word,
          EnglishNumberWords.isNumberWord(s[j].folded) || (s[j].folded == "and" && j + 1 < s.count && EnglishNumberWords.isNumberWord(s[j + 1].folded))
        {
          words.append(s[j].folded)
          j += 1
        }
        if let value = EnglishNumberWords.value(of: words) { return NumberHit(range: i..<j, value: Double(value), isWords: true, isAmbiguous: false) }
      }
      // "a dollar", "a mile", "an ounce": one of a unit of money or measure; not the unit of a
      // rate after a quantity ("six pence a litre", "$3 a gallon").
      if isOneLike, token.folded == "a" || token.folded == "an", !(i > 0 && s.consumed[i - 1]), let unitWord = s.folded(i + 1),
        Self.englishUnitsCountedByArticle.contains(unitWord)
      {
        return NumberHit(range: i..<(i + 1), value: 1, isWords: true, isAmbiguous: false)
      }
      // "half a litre", "half a mile": half of one.
      if isOneLike, token.folded == "half", s.folded(i + 1) == "a" || s.folded(i + 1) == "an", let unitWord = s.folded(i + 2),
        Self.englishUnitsCountedByArticle.contains(unitWord)
      {
        return NumberHit(range: i..<(i + 2), value: 0.5, isWords: true, isAmbiguous: false)
      }
      // "a year and a half", "an hour and a quarter": one, and its fraction after the noun.
      if isOneLike, token.folded == "a" || token.folded == "an", Self.fractionAfterWhole(s, at: i + 2, language: .english) != nil {
        return NumberHit(range: i..<(i + 1), value: 1, isWords: true, isAmbiguous: false)
      }
      // "a dozen", "half a dozen".
      if isOneLike, token.folded == "a", s.folded(i + 1) == "dozen" {
        return NumberHit(range: i..<(i + 2), value: 12, isWords: true, isAmbiguous: false, isCollective: true)
      }
      if isOneLike, token.folded == "half", s.folded(i + 1) == "a", s.folded(i + 2) == "dozen" {
        return NumberHit(range: i..<(i + 3), value: 6, isWords: true, isAmbiguous: false, isCollective: true)
      }
      // "a two-hour meeting", "the six-mile trip", "a three-year-old": a number word joined to
      // what it counts, as "a 48-hour operation" is in figures. "one" stays out ("one-sided",
      // "a one-off"), as it does alone, and so do fractions ("two-thirds").
      if let hit = Self.hyphenatedCount(token.folded) { return NumberHit(range: i..<(i + 1), value: hit.value, isWords: true, isAmbiguous: false, compound: hit.compound) }
      // "one" is an article or a pronoun far more often than a figure, unless a scale follows:
      // "one hundred fifteen", "one million".
      // So is "one and a half", "one and a quarter".
      // So is "one to three", the first end of a range in words.
      let oneBeforeScale = isOneLike && token.folded == "one"
        && (EnglishNumberWords.multipliers[s.folded(i + 1) ?? ""] != nil
          || s.folded(i + 1) == "to" && Self.isWordAboveOne(s.folded(i + 2) ?? "")
          || s.matches(["and", "a"], at: i + 1) && EnglishNumberWords.denominators[s.folded(i + 3) ?? ""] != nil)
      guard EnglishNumberWords.isNumberWord(token.folded), !isOneLike || token.folded != "one" || oneBeforeScale else { return nil }
      // "the Four Corners", "Seven Sisters": a capitalised number word before a name is a name.
      if token.isCapitalized, i > 0, i + 1 < s.count, s[i + 1].isCapitalized, s[i + 1].kind == .word { return nil }
      var j = i
      var words: [String] = []
      while j < s.count, s[j].kind == .word,
        EnglishNumberWords.isNumberWord(s[j].folded)
          || (s[j].folded == "and" && j > i && j + 1 < s.count && EnglishNumberWords.isNumberWord(s[j + 1].folded)
            && Self.fractionAfterWhole(s, at: j, language: .english) == nil
            // "one hundred and five", "two thousand and twenty"; "two and five" are two figures.
            && EnglishNumberWords.multipliers[words.last ?? ""] != nil)
      {
        words.append(s[j].folded)
        j += 1
      }
      // "hundred" or "thousand" alone ("hundreds", "thousands") are not figures.
      guard let value = EnglishNumberWords.value(of: words), EnglishNumberWords.multipliers[words[0]] == nil else { return nil }
      // "twenty fifth", "the thirty first": a ten and an ordinal unit written apart are one
      // ordinal, as "twenty-fifth" is; "thirty second" only after "the", since "a thirty
      // second spot" is half a minute.
      if let last = words.last, EnglishNumberWords.tens[last] != nil, let unitWord = s.folded(j), let unit = EnglishNumberWords.ordinals[unitWord],
        unit < 10, unitWord != "second" || (i > 0 && s[i - 1].folded == "the")
      {
        return NumberHit(range: i..<(j + 1), value: Double(value + unit), isWords: true, isAmbiguous: false, isOrdinal: true)
      }
      // "two and a half", "five and three quarters", "one million and a half" (a fraction of the
      // scale before it), "twenty and three fifths".
      if let part = fractionOfScale(s, at: j, wholeScale: words.last.flatMap { EnglishNumberWords.multipliers[$0] }.map(Double.init) ?? 1) {
        return NumberHit(range: i..<part.end, value: Double(value) + part.value, isWords: true, isAmbiguous: false)
      }
      // "two thirds of", "three quarters of".
      if words.count == 1, value < 100, let denominator = fractionDenominator(s, at: j, numerator: value) {
        return NumberHit(range: i..<(j + 1), value: Double(value) / Double(denominator), isWords: true, isAmbiguous: false)
      }
      // "two point two million", "twelve point five".
      if let decimals = spokenDecimals(s, at: j) {
        return NumberHit(range: i..<decimals.end, value: Double(value) + decimals.value, isWords: true, isAmbiguous: false)
      }
      return NumberHit(range: i..<j, value: Double(value), isWords: true, isAmbiguous: false)
    case .italian:
      if let fraction = italianFraction(s, at: i) { return fraction }
      if let ordinal = ordinalWord(s, at: i, values: ItalianNumberWords.unambiguousOrdinals) { return ordinal }
      // "due-tre settimane", "cinque-sei volte": a range in one word.
      if token.folded.containsByte(UInt8(ascii: "-")) {
        let parts = token.folded.split(separator: "-")
        if parts.count == 2, let low = ItalianNumberWords.value(of: String(parts[0])), let high = ItalianNumberWords.value(of: String(parts[1])), low < high {
          var hit = NumberHit(range: i..<(i + 1), value: Double(low), isWords: true, isAmbiguous: false)
          hit.rangeEnd = Double(high)
          return hit
        }
      }
      // "una ventina di persone" (about twenty), "un centinaio", "un migliaio", "una dozzina".
      let folded = token.folded
      if isOneLike, folded == "un" || folded == "una", let noun = s.folded(i + 1), let value = ItalianNumberWords.collectives[noun] {
        return NumberHit(
          range: i..<(i + 2), value: Double(value), isWords: true, isAmbiguous: false, isCollective: true, isApproximate: noun != "dozzina")
      }
      // "un", "uno", "una" are articles far more often than numbers; "Otto Ritter" is a name.
      // …unless a scale follows: "un miliardo", "un milione".
      // "un litro", "una tonnellata", "mezzo litro": one, or half, of a unit of money or measure.
      if isOneLike, folded == "un" || folded == "una" || folded == "uno" || folded == "mezzo" || folded == "mezza",
        let unitWord = s.folded(i + 1), Self.italianUnitsCountedByArticle.contains(unitWord)
      {
        return NumberHit(range: i..<(i + 1), value: folded.hasPrefix("mezz") ? 0.5 : 1, isWords: true, isAmbiguous: false)
      }
      // "da uno a tre", "da una a tre volte": one, the first end of a range in words.
      if isOneLike, folded == "uno" || folded == "una", s.folded(i - 1) == "da", s.folded(i + 1) == "a",
        let next = s.folded(i + 2), ItalianNumberWords.value(of: next).map({ (2...9).contains($0) }) == true
      {
        return NumberHit(range: i..<(i + 1), value: 1, isWords: true, isAmbiguous: false)
      }
      // "un anno e mezzo", "un'ora e mezza": one, and its half after the noun.
      if isOneLike, folded == "un" || folded == "una" || folded == "un'", s.folded(i + 2) == "e", Self.italianHalfOrQuarter(s, at: i + 3)?.value == 0.5 {
        return NumberHit(range: i..<(i + 1), value: 1, isWords: true, isAmbiguous: false)
      }
      let isArticle = isOneLike && (folded == "un" || folded == "uno" || folded == "una")
      // "un bambino su cinque", "una persona su dieci": one, of a ratio whose noun is between.
      if isArticle, i + 3 < s.count, s[i + 1].kind == .word, ratioOfOne(s, after: i + 2, nounBetween: true) != nil {
        return NumberHit(range: i..<(i + 1), value: 1, isWords: true, isAmbiguous: false)
      }
      // …or a fraction after it: "uno e mezzo", "uno e tre quarti".
      let articleBeforeScale = isArticle && folded != "una" && ItalianNumberWords.large[s.folded(i + 1) ?? ""] != nil
        || isArticle && folded == "uno" && Self.fractionAfterWhole(s, at: i + 1, language: .italian) != nil
      guard !isArticle || articleBeforeScale,
        let value = ItalianNumberWords.value(of: token.folded) ?? ItalianNumberWords.derived(of: token.folded)
      else { return nil }
      if token.isCapitalized, i + 1 < s.count, s[i + 1].isCapitalized, s[i + 1].kind == .word { return nil }
      // "sei" is also "you are", "venti" also "winds": a number only before a noun.
      if token.folded == "sei" || token.folded == "venti" {
        let next = s.folded(i + 1) ?? ""
        let isBeforeNoun = i + 1 < s.count && s[i + 1].kind == .word && !lexicon.phraseStops.contains(next)
          && termBase.lookup(next, language: .italian) != nil
        guard isBeforeNoun || token.isCapitalized || ItalianNumberWords.large[next] != nil else { return nil }
      }
      var end = i + 1
      var total = Double(value)
      // The unit of the number's last group, which "e mezzo" halves: "un milione e mezzo".
      var lastUnit = 1.0
      if let large = s.folded(end).flatMap({ ItalianNumberWords.large[$0] }) {
        total *= Double(large)
        lastUnit = Double(large)
        end += 1
      }
      // Further groups of a long number, each smaller than the round part before it:
      // "un miliardo venticinque milioni", "settecentosessantacinquemila duecento",
      // "tremila e seicento", "cento e uno".
      while end < s.count {
        var next = end
        if s.folded(next) == "e" { next += 1 }
        guard next < s.count, s[next].kind == .word, let word = s.folded(next), Self.fractionAfterWhole(s, at: end, language: .italian) == nil,
          let part = ItalianNumberWords.value(of: word) ?? (word == "un" ? 1 : nil)
        else { break }
        var group = Double(part)
        var after = next + 1
        if let large = s.folded(after).flatMap({ ItalianNumberWords.large[$0] }) {
          group *= Double(large)
          after += 1
        } else if word == "un" {
          break
        }
        var round = 10.0
        while round <= group { round *= 10 }
        guard group > 0, total.truncatingRemainder(dividingBy: round) == 0 else { break }
        total += group
        lastUnit = after > next + 1 ? group / Double(part) : 1
        end = after
      }
      // "un milione e mezzo", "due e mezzo", "cinque e un quarto": a fraction of the last group's
      // unit more.
      if let part = fractionOfScale(s, at: end, wholeScale: lastUnit) {
        total += part.value
        end = part.end
      } else if value < 100, let denominator = fractionDenominator(s, at: i + 1, numerator: value) {
        // "due terzi degli elettori", "tre quarti del totale".
        return NumberHit(range: i..<(i + 2), value: Double(value) / Double(denominator), isWords: true, isAmbiguous: false)
      }
      // "tre virgola cinque", "due virgola due milioni".
      if total == total.rounded(), let decimals = spokenDecimals(s, at: end) {
        return NumberHit(range: i..<decimals.end, value: total + decimals.value, isWords: true, isAmbiguous: false)
      }
      return NumberHit(range: i..<end, value: total, isWords: true, isAmbiguous: false)
    }
  }

  /// Decimals said in words after a whole, from the "point" / "virgola" at `index`: digit by
  /// digit ("point two five", "virgola uno quattro"), or as one number ("point seventy-one"):
  /// their value below one and the index after them.
  private func spokenDecimals(_ s: SentenceTokens, at index: Int) -> (value: Double, end: Int)? {
    guard s.folded(index) == (language == .english ? "point" : "virgola") else { return nil }
    var digits = ""
    var j = index + 1
    while j < s.count, s[j].kind == .word, let digit = Self.digitWord(s[j].folded, language: language) {
      digits += String(digit)
      j += 1
    }
    if digits.isEmpty, j < s.count, s[j].kind == .word {
      // "point seventy-one", "virgola settantuno": the decimals as one number.
      let word = s[j].folded
      let value = language == .english ? (EnglishNumberWords.isNumberWord(word) ? EnglishNumberWords.value(of: [word]) : nil) : ItalianNumberWords.value(of: word)
      guard let value, (10...99).contains(value) else { return nil }
      digits = String(value)
      j += 1
    }
    guard !digits.isEmpty, let fraction = Double("0." + digits) else { return nil }
    return (fraction, j)
  }

  /// A digit said as a word: "zero", "nought", "five", "cinque".
  private static func digitWord(_ folded: String, language: Language) -> Int? {
    switch language {
    case .english:
      if folded == "nought" || folded == "naught" || folded == "oh" { return 0 }
      return EnglishNumberWords.units[folded].flatMap { $0 < 10 ? $0 : nil }
    case .italian:
      if folded == "un" || folded == "una" { return 1 }
      return ItalianNumberWords.value(of: folded).flatMap { $0 < 10 ? $0 : nil }
    }
  }

  /// The denominator of a fraction word at `index` that a numerator before it divides and
  /// agrees with: "two thirds", "due terzi" anywhere; a singular one ("a third", "un terzo") and
  /// quarters only before "of" / "di" or at the end of a clause, since "un terzo mandato" (a
  /// third term) and "two quarters" of a year are other things.
  private func fractionDenominator(_ s: SentenceTokens, at index: Int, numerator: Int) -> Int? {
    guard let word = s.folded(index), let denominator = Self.agreeingDenominator(word, numerator: numerator, language: language) else { return nil }
    let next = s.folded(index + 1)
    let partitive: Set<String> = language == .english ? ["of"] : Self.italianPartitives
    if let next, partitive.contains(next) || (language == .italian && next.hasPrefix("d'")) { return denominator }
    // Plural, the word is a fraction wherever it stands ("a majority of two thirds in
    // parliament"), but for quarters, which are also a year's.
    let isQuarter = word.hasPrefix("quart")
    if numerator > 1, !isQuarter { return denominator }
    let endsClause = next == nil || (index + 1 < s.count && s[index + 1].kind == .punctuation)
    return endsClause && !isQuarter ? denominator : nil
  }

  static let italianPartitives: Set<String> = ["di", "del", "dello", "della", "dei", "degli", "delle", "dell'", "d'"]

  /// A number word of two or more and the word a hyphen joins it to: "two-hour", "six-mile",
  /// "twenty-five-year-old".
  static func hyphenatedCount(_ folded: String) -> (value: Double, compound: String)? {
    guard folded.containsByte(UInt8(ascii: "-")), !EnglishNumberWords.isNumberWord(folded) else { return nil }
    let parts = folded.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    // "a billion-dollar bailout", "a hundred-year flood": a scale alone is no figure.
    guard parts.count >= 2, !parts.contains(where: \.isEmpty), EnglishNumberWords.multipliers[parts[0]] == nil else { return nil }
    for cut in stride(from: parts.count - 1, through: 1, by: -1) {
      let head = parts[..<cut].joined(separator: "-")
      guard EnglishNumberWords.isNumberWord(head), let value = EnglishNumberWords.value(of: [head]) else { continue }
      let rest = parts[cut...].joined(separator: "-")
      guard value >= 2, !EnglishNumberWords.isNumberWord(parts[cut]), EnglishNumberWords.denominators[parts[cut]] == nil,
        parts[cut].unicodeScalars.allSatisfy(ScalarClass.isLetter)
      else { return nil }
      return (Double(value), rest)
    }
    return nil
  }

  /// English fractions that start with no figure: "half of the voters", "half the population",
  /// "half a million", "a third of", "a quarter of", "one fifth of".
  private func englishFraction(_ s: SentenceTokens, at i: Int) -> NumberHit? {
    let word = s[i].folded
    // "two-thirds of voters", "one-eighth", "a three-quarters majority".
    if word.containsByte(UInt8(ascii: "-")) {
      let parts = word.split(separator: "-", omittingEmptySubsequences: false)
      guard parts.count == 2, let value = Self.fraction(EnglishNumberWords.units[String(parts[0])], String(parts[1]), language: .english) else { return nil }
      return NumberHit(range: i..<(i + 1), value: value, isWords: true, isAmbiguous: false)
    }
    guard Self.englishFractionWords.contains(word) else { return nil }
    if word == "half" {
      let next = s.folded(i + 1) ?? ""
      if next == "of" || next == "the" { return NumberHit(range: i..<(i + 1), value: 0.5, isWords: true, isAmbiguous: false) }
      if next == "a", let scale = EnglishNumberWords.multipliers[s.folded(i + 2) ?? ""], scale >= 1000 {
        return NumberHit(range: i..<(i + 3), value: Double(scale) / 2, isWords: true, isAmbiguous: false)
      }
      // "half million", without its "a".
      if let scale = EnglishNumberWords.multipliers[next], scale >= 1000 {
        return NumberHit(range: i..<(i + 2), value: Double(scale) / 2, isWords: true, isAmbiguous: false)
      }
      return nil
    }
    // "a quarter million people", "quarter million".
    if word == "quarter", let scale = EnglishNumberWords.multipliers[s.folded(i + 1) ?? ""], scale >= 1000 {
      let start = i > 0 && s[i - 1].folded == "a" && !s.consumed[i - 1] ? i - 1 : i
      return NumberHit(range: start..<(i + 2), value: Double(scale) / 4, isWords: true, isAmbiguous: false)
    }
    guard ["a", "one"].contains(word), let denominatorWord = s.folded(i + 1), let denominator = EnglishNumberWords.denominators[denominatorWord],
      !denominatorWord.hasSuffix("s")
    else { return nil }
    // "a third of the vote"; or alone, where no noun follows that the word would rank as an
    // ordinal ("fell by a third", "one fifth in 2016", not "a third term"); "a second" and
    // "a quarter" alone are as often time.
    let next = s.folded(i + 2)
    guard next == "of"
      || (!["second", "quarter", "half"].contains(denominatorWord)
        && (i + 2 >= s.count || s[i + 2].kind == .punctuation || next.map(Self.englishAfterBareFraction.contains) == true))
    else { return nil }
    return NumberHit(range: i..<(i + 2), value: 1 / Double(denominator), isWords: true, isAmbiguous: false)
  }

  /// Words after which a bare English fraction ("a third") ends its phrase.
  static let englishAfterBareFraction: Set<String> = [
    "by", "in", "on", "since", "from", "to", "than", "and", "or", "but", "over", "this", "last", "compared", "while", "as", "after",
    "before", "during", "between", "among",
  ]

  /// Italian fractions: "la metà dei voti", "metà degli elettori" (not "a metà maggio", mid-May),
  /// "mezzo milione", "un terzo del bilancio", "un quarto d'ora".
  private func italianFraction(_ s: SentenceTokens, at i: Int) -> NumberHit? {
    let word = s[i].folded
    guard Self.italianFractionWords.contains(word) else { return nil }
    if word == "meta" {
      let previous = i > 0 ? s[i - 1].folded : ""
      guard !["a", "alla", "verso", "fino", "entro", "da", "dalla", "di"].contains(previous),
        let next = s.folded(i + 1), Self.italianPartitives.contains(next) || next.hasPrefix("d'")
      else { return nil }
      return NumberHit(range: i..<(i + 1), value: 0.5, isWords: true, isAmbiguous: false)
    }
    if word == "mezzo" || word == "mezza", let large = s.folded(i + 1).flatMap({ ItalianNumberWords.large[$0] }) {
      return NumberHit(range: i..<(i + 2), value: Double(large) / 2, isWords: true, isAmbiguous: false)
    }
    guard ["un", "uno", "una"].contains(word), let denominator = fractionDenominator(s, at: i + 1, numerator: 1), denominator > 2 else { return nil }
    return NumberHit(range: i..<(i + 2), value: 1 / Double(denominator), isWords: true, isAmbiguous: false)
  }

  /// "XIX" → 19: an uppercase Roman numeral written the standard way.
  static func romanNumeral(_ text: String) -> Int? {
    let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
    guard !text.isEmpty, text.count <= 8, text.allSatisfy({ values[$0] != nil }) else { return nil }
    let digits = text.compactMap { values[$0] }
    var total = 0
    for (index, value) in digits.enumerated() {
      total += index + 1 < digits.count && value < digits[index + 1] ? -value : value
    }
    // Only the canonical spelling: "IIII" or "IC" is not a numeral a writer would use.
    return total > 0 && Self.roman(total) == text ? total : nil
  }

  private static func roman(_ number: Int) -> String {
    let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    var rest = number
    var result = ""
    for (value, letters) in table {
      while rest >= value {
        result += letters
        rest -= value
      }
    }
    return result
  }

  /// The qualifier before a time the time reader took, its tokens already consumed: "about
  /// 7 p.m.", "circa il 29 settembre", and "intorno alle 19", where the time begins with the
  /// fused preposition the qualifier ends in.
  func qualifier(_ s: SentenceTokens, beforeTime range: Range<Int>) -> Qualifier? {
    let fused = s.folded(range.lowerBound).flatMap { lexicon.fusedPrepositions[$0] }
    // An article may stand between: "circa il 12 giugno", "about the 12th".
    let start = range.lowerBound > 0 && lexicon.articles.contains(s[range.lowerBound - 1].folded) ? range.lowerBound - 1 : range.lowerBound
    // Italian fuses the qualifier's preposition with the article: "intorno al 12 gennaio".
    let fusedBefore = s.folded(range.lowerBound - 1).flatMap { lexicon.fusedPrepositions[$0] }
    for (words, qualifier) in lexicon.qualifiers {
      if s.matchesBefore(words, at: range.lowerBound) || (start < range.lowerBound && s.matchesBefore(words, at: start)) { return qualifier }
      if let fused, words.count > 1, words.last == fused, s.matchesBefore(Array(words.dropLast()), at: range.lowerBound) { return qualifier }
      if let fusedBefore, words.count > 1, words.last == fusedBefore, s.matchesBefore(Array(words.dropLast()), at: range.lowerBound - 1) {
        return qualifier
      }
    }
    return nil
  }

  private func qualifier(_ s: SentenceTokens, before index: Int) -> (qualifier: Qualifier, start: Int)? {
    // Articles may stand between the qualifier and the figure: "oltre il 20%", "più del 10%",
    // "nearly a 20-degree difference". Italian fuses "di" and "a" with the article ("del",
    // "dell'", "al"), which reads as the bare preposition for matching.
    var end = index
    var fused: String?
    // A plus sign written against the figure: "above +30°C".
    if end > 0, s[end - 1].text == "+", !s[end].isSpaced, s.isFree((end - 1)..<end) { end -= 1 }
    // A qualifier that holds its article: "sotto il 40%", "sotto le 2 ore" ("sotto" alone is
    // also "under three governments").
    for (words, qualifier) in lexicon.index.articleQualifiers {
      let start = end - words.count
      if s.matchesBefore(words, at: end), s.isFree(start..<end) { return (qualifier, start) }
    }
    // An article that is itself a qualifier ("some 9,400 homes") is not skipped.
    while end > 0, lexicon.articles.contains(s[end - 1].folded), s.isFree((end - 1)..<end), index - end < 2,
      !lexicon.index.singleWordQualifiers.contains(s[end - 1].folded)
    {
      end -= 1
    }
    if end > 0, let bare = lexicon.fusedPrepositions[s[end - 1].folded], s.isFree((end - 1)..<end) {
      fused = bare
    }
    for (words, qualifier) in lexicon.qualifiers {
      if let fused, words.last == fused, s.matchesBefore(Array(words.dropLast()), at: end - 1) {
        let start = end - words.count
        if s.isFree(start..<end) { return (qualifier, start) }
      }
      guard s.matchesBefore(words, at: end) else { continue }
      let start = end - words.count
      guard s.isFree(start..<end) else { continue }
      // An English verb bounds the figure it takes straight after it ("exceeded 40C"), not one
      // an article sets in a noun phrase ("exceeded the four percent mark", which Italian
      // writes "superato la soglia del 4%").
      if language == .english, end < index, Lexicon.englishBoundingVerbs.contains(words[0]) { continue }
      return (qualifier, start)
    }
    return nil
  }

  /// Whether a bare English number is an age, as Italian writes "52 anni": set off by commas
  /// after a name or a noun ("Jones, 52,", "the actor, 31, has", "Rose Leslie, also 31,"),
  /// after "aged" or in a list after it ("aged 33, 34 and 39"), or after "as young as".
  func isAge(_ s: SentenceTokens, first: Int, after cursor: Int) -> Bool {
    var before = first - 1
    if let word = s.folded(before), word == "also" || word == "now" || word == "both" { before -= 1 }
    let closes = s.folded(cursor).map { [",", ")", ".", ";", "-", "\u{2013}"].contains($0) } ?? true
    if closes, before >= 1, s.folded(before) == ",", s[before - 1].kind == .word { return true }
    if s.matchesBefore(["as", "young", "as"], at: first) || s.matchesBefore(["as", "old", "as"], at: first) { return true }
    var index = first - 1
    while index >= 0, first - index <= 8 {
      let word = s.folded(index) ?? ""
      if word == "aged" { return true }
      guard word == "," || word == "and" || s[index].kind == .number else { return false }
      index -= 1
    }
    return false
  }

  /// Words before an Italian ordinal: a singular article, alone or joined to a preposition, or
  /// a possessive ("il 17° distretto", "nel 54° anniversario", "il suo 45° incontro").
  static let italianSingularDeterminers: Set<String> = [
    "il", "lo", "la", "l'", "del", "dello", "della", "dell'", "al", "allo", "alla", "all'", "nel", "nello", "nella", "nell'",
    "dal", "dallo", "dalla", "dall'", "sul", "sullo", "sulla", "sull'", "suo", "sua", "mio", "mia", "tuo", "tua", "nostro",
    "nostra", "vostro", "vostra", "loro", "quel", "quello", "quella", "questo", "questa",
  ]

  /// The head noun of the words after a number: the last known noun in English ("extremist
  /// items" → items), the first in Italian ("piattaforme di social media" → piattaforme).
  private func countedNoun(_ s: SentenceTokens, words: [Int]) -> (text: String, term: Term?, lemma: String)? {
    let stemmer = Stemmer(language: language)
    let head: Int
    switch language {
    case .english:
      // The noun closes the phrase: "extremist items", "social media platforms", "member
      // schools"; a closing participle ("were identified") is not the noun.
      guard let last = words.last(where: { !s[$0].folded.hasSuffix("ed") || isCountable(s[$0].folded) }) else { return nil }
      head = last
    case .italian:
      // The noun opens the phrase: "piattaforme di social media", "estremisti"; a few
      // adjectives may stand before it ("nuovi", "diversi").
      guard let first = words.first(where: { !lexicon.skippedAdjectives.contains(s[$0].folded) }) else { return nil }
      head = first
    }
    // Italian compounds name one thing in two words: "punti vendita", "posti di lavoro".
    let compound = language == .italian && head + 1 < s.count && s[head + 1].kind == .word
      ? termBase.lookup(s[head].folded + " " + s[head + 1].folded, language: language) : nil
    let term = (compound ?? termBase.lookup(s[head].folded, language: language)).flatMap { isCountableTerm($0) ? $0 : nil }
    return (textOf(s, words, head: head), term, term?.preferred(in: language) ?? stemmer.stem(s[head].folded))
  }

  /// What the word a hyphen joins to a figure says of it, after digits ("a 48-hour", "a
  /// 13-year-old", "a 6-foot") or a number word ("a two-hour", "a three-year-old"): feet; an
  /// age in years, as Italian "di 45 anni"; a measure adjective that counts nothing ("a
  /// 25,000-strong crowd"); or else the thing counted, which `noun` reads.
  private enum Joined {
    case feet
    case unit(String)
    case adjective
    case counted((text: String, term: Term?, lemma: String)?)
  }

  private func joined(_ word: String, noun: () -> (text: String, term: Term?, lemma: String)?) -> Joined {
    if word == "foot" || word == "feet" { return .feet }
    if let unit = Self.joinedUnits[word] { return .unit(unit) }
    if word.hasPrefix("year-old") || word.hasPrefix("years-old") {
      return .counted(noun().map { ($0.text, termBase.lookup("year", language: .english), $0.lemma) })
    }
    if Self.measureAdjectives.contains(word) { return .adjective }
    return .counted(noun())
  }

  /// `countedNoun` of one folded English word that is no token of its own: the part of "two-hour"
  /// after its number.
  private func countedWord(_ folded: String) -> (text: String, term: Term?, lemma: String)? {
    guard !folded.hasSuffix("ed") || isCountable(folded) else { return nil }
    let term = termBase.lookup(folded, language: language).flatMap { isCountableTerm($0) ? $0 : nil }
    return (folded, term, term?.preferred(in: language) ?? Stemmer(language: language).stem(folded))
  }

  /// People in general, and the employees they are when a verb says so.
  private var peopleTerm: Term? { termBase.lookup("people", language: .english) }
  private var staffTerm: Term? { termBase.lookup("staff", language: .english) }
  private var employeeTerm: Term? { termBase.lookup("employee", language: .english) }

  func isCountable(_ word: String) -> Bool {
    termBase.lookup(word, language: language).map(isCountableTerm) ?? false
  }

  private func isCountableTerm(_ term: Term) -> Bool {
    !term.category.isName && term.category != .speech && term.category != .nationality
  }

  /// The noun phrase as written, from the first word up to the head (English) or the head
  /// alone with what precedes it (Italian).
  private func textOf(_ s: SentenceTokens, _ words: [Int], head: Int) -> String {
    let first = words.first ?? head
    let last = language == .english ? head : head
    let start = language == .english ? first : min(first, head)
    return s.sentenceText(s.range(start, last))
  }
}

extension SentenceTokens {
  /// The text of a range inside this sentence.
  func sentenceText(_ range: TextRange) -> String { text[range] }
}
