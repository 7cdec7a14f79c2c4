import Core
import Foundation

/// Splits a block of English or Italian text into sentences.
///
/// A sentence ends at ".", "!", "?" or "…" (with any closing quotes or brackets after it) when
/// what follows starts a new sentence: an uppercase letter, a digit, an opening quote or a dash.
/// It does not end after an abbreviation ("Mr.", "U.S.", "dott.", "ecc." before a lowercase
/// word), an initial ("J. Smith"), or inside a number ("4.5", "2.000").
///
/// EN: "Mr. Adams said 4.5 billion. It rose." → two sentences.
/// IT: "Il sig. Rossi ha detto – ha spiegato -. Poi è uscito." → two sentences.
public struct SentenceSplitter: Sendable {
  public var language: Language

  public init(language: Language) { self.language = language }

  static let englishAbbreviations = Set<String>([
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov",
    "sen", "rep", "rev", "hon", "pres", "supt", "det", "insp", "maj", "brig", "messrs", "mme", "mlle", "vs", "v", "etc",
    "e.g", "i.e", "cf", "al", "approx", "no", "nos", "vol", "pp", "p", "fig", "figs", "inc", "ltd", "co", "corp", "bros",
    "dept", "est", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "ave", "blvd", "rd",
    "ph.d", "d.c", "a.d", "b.c", "op", "art", "sec", "ch", "para", "min", "max", "govt", "rs",
  ]).union(pluralTitles)
  /// Plural titles before several names: "U.S. Sens. Lindsey Graham and Mike Lee".
  static let pluralTitles: Set<String> = ["sens", "reps", "govs", "drs", "profs", "gens", "cols", "lts", "sgts", "capts", "adms", "revs"]
  static let italianAbbreviations: Set<String> = [
    "sig", "sigg", "sig.ra", "sig.na", "dott", "dott.ssa", "dr", "prof", "prof.ssa", "avv", "ing", "arch", "geom", "rag",
    "on", "sen", "mons", "don", "gen", "col", "magg", "cap", "ten", "s", "ss", "sant", "ecc", "art", "artt", "pag", "pagg",
    "cfr", "es", "vol", "n", "nn", "nr", "tel", "fax", "ca", "c.a", "p.es", "d.c", "a.c", "d.lgs", "dl", "l", "sez",
    "cap", "par", "fig", "tab", "ed", "egr", "gent", "spett", "f.lli", "s.p.a", "s.r.l", "u.s.a", "p.m", "a.m", "cit",
    "ibid", "op", "cf", "pt", "reg", "dir", "amm", "prot", "gg", "mld", "mln", "sec", "st", "mr", "mrs", "dr", "jr", "sr",
    // Latin "versus", written in Italian as in English: "la sentenza Roe vs. Wade".
    "vs", "v",
    // Weekdays and months ("mar. 23 nov."), but not "set." and "ago.", which are also words.
    "lun", "mer", "gio", "ven", "sab", "dom", "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ott", "nov", "dic",
  ]

  /// Sentence ranges within `range` of `text`, trimmed of surrounding whitespace.
  public func split(_ text: ScalarText, range: TextRange) -> [TextRange] {
    let scalars = text.scalars
    var result: [TextRange] = []
    var sentenceStart = range.start
    var index = range.start
    let end = min(range.end, scalars.count)
    let abbreviations = language == .english ? Self.englishAbbreviations : Self.italianAbbreviations
    let itemStarts = Self.listItemStarts(scalars, range: TextRange(start: range.start, end: end))
    var nextItem = 0

    while index < end {
      // A list item in the paragraph's run of them starts a sentence, full stop before it or not.
      if nextItem < itemStarts.count, index >= itemStarts[nextItem] {
        if itemStarts[nextItem] > sentenceStart { result.append(TextRange(start: sentenceStart, end: itemStarts[nextItem])) }
        sentenceStart = max(sentenceStart, itemStarts[nextItem])
        nextItem += 1
      }
      let scalar = scalars[index]
      guard scalar == "." || scalar == "!" || scalar == "?" || scalar == "\u{2026}" else {
        index += 1
        continue
      }
      let markStart = index
      var cursor = index
      while cursor < end, ".!?\u{2026}".unicodeScalars.contains(scalars[cursor]) { cursor += 1 }
      let marksEnd = cursor
      while cursor < end, Self.closers.contains(scalars[cursor]) { cursor += 1 }
      // A full stop after a space is a dot of a spaced ellipsis (". . ."), which ends no
      // sentence, unless it is the fourth and last: an ellipsis and the sentence's full stop
      // (". . . . Next sentence.").
      if scalar == ".", cursor - markStart == 1, markStart > range.start, scalars[markStart - 1].properties.isWhitespace {
        var dots = 1
        var earlier = markStart
        while earlier - 2 >= range.start, scalars[earlier - 1] == " ", scalars[earlier - 2] == ".",
          earlier - 3 < range.start || scalars[earlier - 3].properties.isWhitespace
        {
          dots += 1
          earlier -= 2
        }
        let isLast = !(markStart + 2 < end && scalars[markStart + 1] == " " && scalars[markStart + 2] == ".")
        if !(isLast && dots >= 4) {
          index = cursor
          continue
        }
      }
      // An ellipsis in brackets ("[...]", "(…)") marks words left out of a quotation.
      if markStart > range.start, scalars[markStart - 1] == "[" || scalars[markStart - 1] == "(", marksEnd < end,
        scalars[marksEnd] == "]" || scalars[marksEnd] == ")", scalar == "\u{2026}" || marksEnd - markStart >= 3
      {
        index = cursor
        continue
      }
      // An Italian reporting dash closing the aside before the period: "– ha spiegato -."
      let boundaryEnd = cursor
      var next = cursor
      var sawSpace = false
      while next < end, scalars[next].properties.isWhitespace {
        sawSpace = true
        next += 1
      }
      index = cursor
      guard next < end else { break }
      guard sawSpace else { continue }
      // A word's full stop before a spaced ellipsis ("compounds. . . . The practice") ends its
      // sentence when a new one follows the ellipsis; the ellipsis opens that one.
      if scalar == ".", cursor - markStart == 1, scalars[next] == "." {
        var after = next
        while after < end, scalars[after] == "." || scalars[after].properties.isWhitespace { after += 1 }
        guard after < end, Self.startsSentence(scalars, at: after, end: end) else { continue }
        result.append(TextRange(start: sentenceStart, end: boundaryEnd))
        sentenceStart = next
        continue
      }
      guard Self.startsSentence(scalars, at: next, end: end) else { continue }
      // A name written with its "!" ("Yahoo! Research") ends a sentence only before a word
      // that opens one, as an abbreviation does.
      if scalar == "!", cursor - markStart == 1, Self.exclamationNames.contains(Folding.fold(Self.wordBefore(scalars, at: markStart, start: sentenceStart))),
        !endsSentence(after: "", next: Self.wordAfter(scalars, at: next, end: end))
      {
        continue
      }
      // An aside between dashes goes on after its "!" or "?": "and -- voila! -- you have cake".
      if scalar == "!" || scalar == "?", Self.isDash(scalars[next]) {
        var after = next
        while after < end, Self.isDash(scalars[after]) || scalars[after].properties.isWhitespace { after += 1 }
        if after < end, scalars[after].properties.isLowercase { continue }
      }
      // The period of a list item's number or letter ("1. The first item", "a. The first
      // item", "1.) The first item") opens its sentence; it does not end one.
      if scalar == ".", Self.enumerator(scalars, from: sentenceStart, end: markStart) != nil { continue }
      if scalar == ".", cursor - markStart == 1, boundaryEnd == markStart + 1 {
        let word = Self.wordBefore(scalars, at: markStart, start: sentenceStart)
        let folded = Folding.fold(word)
        let following = Self.wordAfter(scalars, at: next, end: end)
        if abbreviations.contains(folded) && !endsSentence(after: folded, next: following)
          && !Self.endsWithUppercaseTime(word, scalars, before: markStart - word.unicodeScalars.count, following: following)
        {
          continue
        }
        // "N°. 1026": the number sign's abbreviation, before a number.
        if markStart - sentenceStart >= 2, scalars[markStart - 1] == "\u{00B0}" || scalars[markStart - 1] == "\u{00BA}",
          scalars[markStart - 2] == "N" || scalars[markStart - 2] == "n"
        {
          continue
        }
        // An initial: "J. Smith", "U. S." — a single uppercase letter; but the pronoun "I"
        // before a word that opens sentences ends one ("you and I. Did you see…").
        if word.unicodeScalars.count == 1, word.unicodeScalars.first?.properties.isUppercase == true,
          !(language == .english && word == "I" && Self.englishStarters.contains(Folding.fold(Self.wordAfter(scalars, at: next, end: end))))
        {
          continue
        }
      }
      if scalar == "\u{2026}" || (scalar == "." && cursor - markStart >= 3) {
        // An ellipsis ends a sentence only before an uppercase letter or an opening quote.
        guard next < end, scalars[next].properties.isUppercase || Self.openers.contains(scalars[next]) else { continue }
      }
      result.append(TextRange(start: sentenceStart, end: boundaryEnd))
      sentenceStart = next
    }
    if sentenceStart < end { result.append(TextRange(start: sentenceStart, end: end)) }
    return result.compactMap { trim($0, in: scalars) }
  }

  /// Bullets a list item may start with.
  static let bullets: Set<Unicode.Scalar> = ["\u{2022}", "\u{2043}", "\u{25E6}", "\u{2023}", "*", "-"]

  /// The value of a list item's number or letter that fills `start..<end` after whitespace and
  /// a bullet: 1 to 999 written in digits, or a lowercase letter a to z as 1 to 26. Nil for
  /// anything else.
  static func enumerator(_ scalars: [Unicode.Scalar], from start: Int, end: Int) -> Int? {
    var index = start
    while index < end, scalars[index].properties.isWhitespace || bullets.contains(scalars[index]) { index += 1 }
    guard index < end else { return nil }
    let length = end - index
    if length == 1, ("a"..."z").contains(scalars[index]) { return Int(scalars[index].value) - 0x60 }
    guard length <= 3 else { return nil }
    var value = 0
    for scalar in scalars[index..<end] {
      guard ("0"..."9").contains(scalar) else { return nil }
      value = value * 10 + Int(scalar.value) - 0x30
    }
    return value > 0 ? value : nil
  }

  /// Where the items of a list written in one paragraph start ("1. The first item 2. The
  /// second item", "a) … b) …"): when the paragraph opens with an item's number or letter,
  /// each next one in order after a space. The first item, at the paragraph's start, is left out.
  static func listItemStarts(_ scalars: [Unicode.Scalar], range: TextRange) -> [Int] {
    guard range.start < range.end, let first = listMarker(scalars, at: range.start, end: range.end) else { return [] }
    var expected = first.value + 1
    var starts: [Int] = []
    var index = first.end
    while index + 1 < range.end {
      if scalars[index].properties.isWhitespace, let marker = listMarker(scalars, at: index + 1, end: range.end), marker.value == expected,
        marker.isLetter == first.isLetter
      {
        starts.append(index + 1)
        expected += 1
        index = marker.end
        continue
      }
      index += 1
    }
    return starts
  }

  /// A list item's marker at `index`: a bullet or none, a number or a letter, then ".", ")"
  /// or ".)" and a space. Its value, whether it is a letter, and where its text begins.
  private static func listMarker(_ scalars: [Unicode.Scalar], at index: Int, end: Int) -> (value: Int, isLetter: Bool, end: Int)? {
    var cursor = index
    while cursor < end, bullets.contains(scalars[cursor]) || (cursor > index && scalars[cursor] == " ") { cursor += 1 }
    let bodyStart = cursor
    while cursor < end, ("0"..."9").contains(scalars[cursor]) || ("a"..."z").contains(scalars[cursor]) { cursor += 1 }
    guard cursor > bodyStart, let value = enumerator(scalars, from: bodyStart, end: cursor) else { return nil }
    let isLetter = ("a"..."z").contains(scalars[bodyStart])
    var close = cursor
    if close < end, scalars[close] == "." { close += 1 }
    if close < end, scalars[close] == ")" { close += 1 }
    // A letter needs its full stop or bracket; so does a number, which "2 items" is not.
    guard close > cursor, close < end, scalars[close] == " " else { return nil }
    return (value, isLetter, close + 1)
  }

  /// Whether an abbreviation closes its sentence: one that never precedes a name or a number
  /// ("Co.", "U.S.", "ecc.") does when a word that typically opens a sentence follows it
  /// ("…with Pitt, Briggs & Co. It closed", "I live in the U.S. How about you?").
  func endsSentence(after abbreviation: String, next: String) -> Bool {
    if Self.titles.contains(abbreviation) { return false }
    let following = Folding.fold(next)
    return (language == .english ? Self.englishStarters : Self.italianStarters).contains(following)
  }

  /// Whether a time written in capitals after its figure, "6 P.M.", closes its sentence before a
  /// capitalised word that is no time zone ("at 6 P.M. Mr. Smith then went…"); written in
  /// lowercase, "5 a.m. Mr. Smith went…", it runs on, as style guides write times inside a
  /// sentence.
  static func endsWithUppercaseTime(_ word: String, _ scalars: [Unicode.Scalar], before start: Int, following: String) -> Bool {
    guard word == "A.M" || word == "P.M", !following.isEmpty, !timeZones.contains(Folding.fold(following)) else { return false }
    var cursor = start
    while cursor > 0, scalars[cursor - 1] == " " { cursor -= 1 }
    return cursor > 0 && ("0"..."9").contains(scalars[cursor - 1])
  }

  static let timeZones: Set<String> = [
    "eastern", "central", "mountain", "pacific", "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt",
    "pst", "pdt", "bst", "cet", "cest", "local", "time",
  ]

  /// Names written with an exclamation mark of their own.
  static let exclamationNames: Set<String> = ["yahoo", "jeopardy"]

  /// Abbreviations that stand before a name, a number or a reference, never at a sentence's end.
  static let titles = Set<String>([
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "rev", "hon", "pres",
    "supt", "det", "insp", "maj", "brig", "messrs", "mme", "mlle", "st", "mt", "ft", "vs", "v", "no", "nos", "pp", "p", "fig",
    "figs", "vol", "op", "art", "sec", "ch", "para", "cf", "e.g", "i.e", "sig", "sigg", "sig.ra", "sig.na", "dott", "dott.ssa",
    "prof.ssa", "avv", "ing", "arch", "geom", "rag", "on", "mons", "don", "magg", "cap", "ten", "s", "ss", "sant", "artt", "pag",
    "pagg", "cfr", "es", "n", "nn", "nr", "tel", "fax", "egr", "gent", "spett", "f.lli", "par", "tab", "reg", "prot", "pt", "dir",
    "amm", "rs",
  ]).union(pluralTitles)
  static let englishStarters: Set<String> = [
    "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "how", "what", "when", "where", "why", "who", "this",
    "that", "these", "those", "there", "but", "and", "so", "yet", "his", "her", "their", "our", "my", "in", "on", "at", "for",
    "if", "as", "after", "before", "meanwhile", "however", "then", "also", "some", "many", "most", "both", "each", "all", "did",
    "do", "does", "is", "are", "was", "were", "can", "will", "would", "should", "could", "has", "have", "had", "while",
  ]
  static let italianStarters: Set<String> = [
    "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "non", "ma", "e", "poi", "questo", "questa", "questi", "queste",
    "quello", "quella", "in", "per", "se", "come", "quando", "dove", "perche", "anche", "lui", "lei", "loro", "noi", "io", "ci",
    "si", "secondo", "inoltre", "tuttavia", "intanto", "dopo", "prima", "nel", "nella", "sono", "era", "ha", "hanno", "e'",
  ]

  private static func wordAfter(_ scalars: [Unicode.Scalar], at index: Int, end: Int) -> String {
    var cursor = index
    var view = String.UnicodeScalarView()
    while cursor < end, scalars[cursor].properties.isAlphabetic || scalars[cursor] == "'" {
      view.append(scalars[cursor])
      cursor += 1
    }
    return String(view)
  }

  private func trim(_ range: TextRange, in scalars: [Unicode.Scalar]) -> TextRange? {
    var start = range.start
    var end = range.end
    while start < end, scalars[start].properties.isWhitespace { start += 1 }
    while end > start, scalars[end - 1].properties.isWhitespace { end -= 1 }
    return start < end ? TextRange(start: start, end: end) : nil
  }

  static let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", "\u{00BB}", ")", "]", "\u{203A}"]
  static let openers: Set<Unicode.Scalar> = ["\"", "'", "\u{201C}", "\u{2018}", "\u{00AB}", "(", "[", "\u{2039}", "\u{201E}"]

  private static func isDash(_ scalar: Unicode.Scalar) -> Bool { scalar == "-" || scalar == "\u{2013}" || scalar == "\u{2014}" }

  private static func startsSentence(_ scalars: [Unicode.Scalar], at index: Int, end: Int) -> Bool {
    let first = scalars[index]
    if first.properties.isUppercase || ("0"..."9").contains(first) { return true }
    if openers.contains(first) || first == "-" || first == "\u{2013}" || first == "\u{2014}" || first == "\u{2022}" {
      return true
    }
    return !first.properties.isLowercase && !first.properties.isAlphabetic && first.properties.isEmojiPresentation
  }

  private static func wordBefore(_ scalars: [Unicode.Scalar], at index: Int, start: Int) -> String {
    var cursor = index
    while cursor > start, scalars[cursor - 1].properties.isAlphabetic || scalars[cursor - 1] == "." { cursor -= 1 }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[cursor..<index])
    return String(view)
  }
}
