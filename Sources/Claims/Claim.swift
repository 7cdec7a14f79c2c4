import Core
import Foundation
import Glossary

/// What a claim is about.
public enum ClaimKind: String, Sendable, Codable, CaseIterable, Hashable {
  case quantity
  case time
  case entity
  case quote
  /// A negation: "not", "never", "no" ↔ "non", "mai", "nessuno".
  case negation
}

/// One checkable fact a sentence asserts: a quantity, a time, a named entity or a quote.
public struct Claim: Sendable, Equatable, Hashable {
  public var kind: ClaimKind
  /// The index of the sentence in the article.
  public var sentence: Int
  public var range: TextRange
  /// The claim's text as written.
  public var text: String
  public var quantity: Quantity?
  public var time: TimeReference?
  public var entity: EntityMention?
  public var quote: QuoteClaim?
  /// For a negation: whether a faithful translation may as well render it without one: the
  /// "not … until" kind ("did not open until March" is "only in March"), a "nor" that may go
  /// on the negation before it ("– nor that of his equivalents", Italian "né"), a doubled
  /// negative ("don't see no tail"), "can't help but", and "the last thing they needed",
  /// which Italian may write with a "non".
  public var isOptionalNegation = false
  /// For a date or a time of day: the qualifier before it, if any ("circa il 29 settembre",
  /// "around 3 p.m."); nil when it is given exactly.
  public var timeQualifier: Qualifier?

  public init(
    kind: ClaimKind, sentence: Int, range: TextRange, text: String, quantity: Quantity? = nil, time: TimeReference? = nil,
    entity: EntityMention? = nil, quote: QuoteClaim? = nil
  ) {
    self.kind = kind
    self.sentence = sentence
    self.range = range
    self.text = text
    self.quantity = quantity
    self.time = time
    self.entity = entity
    self.quote = quote
  }
}

/// How a figure is bounded: "more than 2,000" is a lower bound, "about 30" approximate.
public enum Qualifier: String, Sendable, Codable, CaseIterable, Hashable {
  case exact
  case approximately
  case moreThan
  case atLeast
  case lessThan
  case atMost
  case nearly

  /// Qualifiers that say the same thing in practice: translators render "more than" as
  /// "oltre" or "più di", and "at least" as "almeno" or "oltre".
  public var family: String {
    switch self {
    case .exact: "exact"
    case .approximately, .nearly: "approximate"
    case .moreThan, .atLeast: "lower bound"
    case .lessThan, .atMost: "upper bound"
    }
  }

  /// Whether two qualifiers can render each other in a faithful translation. "Up to" and the
  /// plain figure meet because Italian "fino a" means both "up to" and "to" ("raddoppiate fino a
  /// 1,6 milioni"); "more than" and "at least", "fewer than" and "at most" are the same bound.
  public func isCompatible(with other: Qualifier) -> Bool {
    if family == other.family { return true }
    let pair: Set<String> = [family, other.family]
    return pair == ["exact", "upper bound"] && (self == .atMost || other == .atMost)
  }

  /// Whether the difference is only a hedge ("about 2" against "2"): translators add and drop
  /// "about" and "circa" freely, so it is worth a note, not a warning.
  public func isHedge(against other: Qualifier) -> Bool {
    let pair: Set<String> = [family, other.family]
    return pair == ["exact", "approximate"]
  }

  /// English words for messages: "more than", "about".
  public var phrase: String {
    switch self {
    case .exact: "exactly"
    case .approximately: "about"
    case .moreThan: "more than"
    case .atLeast: "at least"
    case .lessThan: "fewer than"
    case .atMost: "at most"
    case .nearly: "nearly"
    }
  }
}

/// A number with what it counts or measures.
public struct Quantity: Sendable, Codable, Equatable, Hashable {
  public var value: Double
  /// The upper end of a range ("1 to 4 inches", "tra 5 e 10 cm"); `value` is the lower end.
  public var rangeEnd: Double?
  public var qualifier: Qualifier
  /// A unit for measures and money: "%", "EUR", "km".
  public var unit: String?
  /// The thing counted as written ("extremist items", "estremisti").
  public var counted: String?
  /// The counted thing's glossary lemma in the article's language, or its stem.
  public var countedLemma: String?
  /// The counted thing's glossary id, which is the same in both languages.
  public var countedTerm: String?
  public var countedClass: TermCategory?
  /// Whether the number was written in words ("forty-eight", "duemila").
  public var isSpelledOut: Bool
  /// Whether the reading is uncertain ("1.500" in English: 1.5 or 1500?).
  public var isAmbiguous: Bool

  public init(
    value: Double, qualifier: Qualifier = .exact, unit: String? = nil, counted: String? = nil, countedLemma: String? = nil,
    countedTerm: String? = nil, countedClass: TermCategory? = nil, isSpelledOut: Bool = false, isAmbiguous: Bool = false
  ) {
    self.value = value
    self.rangeEnd = nil
    self.qualifier = qualifier
    self.unit = unit
    self.counted = counted
    self.countedLemma = countedLemma
    self.countedTerm = countedTerm
    self.countedClass = countedClass
    self.isSpelledOut = isSpelledOut
    self.isAmbiguous = isAmbiguous
  }

  public var isApproximate: Bool { qualifier == .approximately || qualifier == .nearly }
  public var minimum: Double? {
    switch qualifier {
    case .moreThan, .atLeast: value
    case .exact: value
    default: nil
    }
  }
  public var maximum: Double? {
    if let rangeEnd { return rangeEnd }
    switch qualifier {
    case .lessThan, .atMost, .nearly, .exact: return value
    default: return nil
    }
  }

  /// The value as people write it: 2000, 4.5, 2000000, or a range "1–4".
  public var valueText: String { Quantity.format(value) + (rangeEnd.map { "–" + Quantity.format($0) } ?? "") }

  public static func format(_ value: Double) -> String {
    if value.rounded() == value, abs(value) < 1e18 { return String(Int64(value)) }
    var text = String(format: "%.6f", value)
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}

/// A time expression resolved to an interval of days, inclusive.
public struct TimeReference: Sendable, Codable, Equatable, Hashable {
  public var from: SimpleDate?
  public var to: SimpleDate?
  /// Whether the expression is relative to the publication date ("last week", "ieri").
  public var isRelative: Bool
  /// A language-neutral name for relative expressions ("past-year", "last-week", "weekday-3"),
  /// so that two relative expressions compare equal even before they are resolved.
  public var expression: String

  public init(from: SimpleDate?, to: SimpleDate?, isRelative: Bool, expression: String) {
    self.from = from
    self.to = to
    self.isRelative = isRelative
    self.expression = expression
  }

  /// A year written out: its first to its last day.
  static func year(_ year: Int) -> TimeReference {
    TimeReference(from: SimpleDate(year: year, month: 1, day: 1), to: SimpleDate(year: year, month: 12, day: 31), isRelative: false, expression: "year")
  }

  /// A month of a year written out: its first to its last day.
  static func month(_ month: Int, of year: Int) -> TimeReference {
    TimeReference(
      from: SimpleDate(year: year, month: month, day: 1), to: SimpleDate(year: year, month: month, day: SimpleDate.daysIn(month: month, year: year)),
      isRelative: false, expression: "month")
  }

  /// Whether the expression counts its way from publication: a distance ("three weeks ago",
  /// "tra due anni") or a span ("over the past three years", "negli ultimi tre anni"), whose
  /// count of days or years the quantity readers read too.
  public var isCountedFromPublication: Bool { expression.hasPrefix("offset-") || expression.hasPrefix("span-") }

  /// The times of day a clock time states, as "H:MM": one, or two for an English time
  /// written without "am" or "pm" ("clock-7:30/19:30"); none for any other time.
  public var clockTimes: [Substring] {
    guard expression.hasPrefix("clock-") else { return [] }
    return expression.dropFirst(6).split(separator: "/")
  }

  /// Whether the time can be one end of a period ("from 2014 to 2018", "dal 13 al 15 luglio"):
  /// a year, month or day, resolved or not; not a time of day, a distance or a relative week.
  /// A part of a month or year ("late March", "l'inizio di aprile") ends no period: "late March
  /// or early April" is as often written as two times as "tra la fine di marzo e l'inizio di
  /// aprile" as one.
  var isPeriodEnd: Bool {
    if ["year", "month", "date"].contains(expression) || expression.hasPrefix("day-") { return true }
    return expression.hasPrefix("month-") && expression.split(separator: "-").count == 2
  }

  /// The names of a month's or a year's thirds, first to last, as expressions end in them
  /// ("month-3-late", "this-year-early").
  public static let thirdNames = ["early", "mid", "late"]

  /// Whether the time is a third of a month or year: "late March", "l'inizio del 2016".
  var isPartOfPeriod: Bool {
    if expression == "year-part" || expression == "month-part" { return true }
    return expression.hasPrefix("month-") && expression.split(separator: "-").count == 3
  }

  /// "2016-01-01..2016-12-31", or the expression when unresolved.
  public var intervalText: String {
    guard let from, let to else { return expression }
    return from == to ? from.iso : "\(from.iso)..\(to.iso)"
  }
}

/// A named entity: a person, organisation, place or event.
public struct EntityMention: Sendable, Codable, Equatable, Hashable {
  /// The English name from the glossary or CLDR ("Belgium" for "Belgio"), or the name as
  /// written when it is not known.
  public var canonical: String
  public var category: TermCategory?
  /// The glossary id when the name is known.
  public var term: String?

  public init(canonical: String, category: TermCategory?, term: String?) {
    self.canonical = canonical
    self.category = category
    self.term = term
  }

  public var isKnown: Bool { term != nil }
}

/// A quotation and who said it.
public struct QuoteClaim: Sendable, Codable, Equatable, Hashable {
  public var speaker: String?
  /// Whether the sentence names the speaker beside a verb of saying ("Wainwright said"), rather
  /// than the speaker being inferred from a pronoun ("he said") and the last person named.
  public var isAttributedByName: Bool

  public init(speaker: String?, isAttributedByName: Bool = false) {
    self.speaker = speaker
    self.isAttributedByName = isAttributedByName
  }
}
