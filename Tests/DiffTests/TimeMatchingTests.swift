import Claims
import Core
import Testing

@testable import Diff

/// Times the publication date did not resolve: an expression relative to it meets only another
/// such expression, and a month or a day given without its year lies within the same month.
@Suite struct TimeMatchingTests {
  private func open(_ expression: String, relative: Bool = true) -> TimeReference {
    TimeReference(from: nil, to: nil, isRelative: relative, expression: expression)
  }

  private func interval(_ from: String, _ to: String) -> TimeReference {
    TimeReference(from: SimpleDate(iso: from), to: SimpleDate(iso: to), isRelative: false, expression: "\(from)..\(to)")
  }

  @Test func aRelativeTimeMeetsOnlyAnotherWithoutADate() {
    // "next week" may fall in "novembre": without the date nothing says they differ.
    #expect(!TimeMatching.comparable(open("next-week"), open("month-11")))
    #expect(!TimeMatching.comparable(open("next-week"), interval("2019-11-01", "2019-11-30")))
    // "last week" against "la settimana prossima" still differs.
    #expect(TimeMatching.comparable(open("last-week"), open("next-week")))
    #expect(TimeMatching.comparable(interval("2016-01-01", "2016-12-31"), interval("2018-01-01", "2018-12-31")))
  }

  @Test func aMonthWithoutItsYearHoldsItsDays() {
    #expect(TimeMatching.nests(open("day-10-1"), open("month-10")))
    #expect(TimeMatching.nests(open("month-3"), interval("2020-03-01", "2020-03-31")))
    #expect(TimeMatching.nests(open("month-3"), open("day-3-5")))
    #expect(!TimeMatching.nests(open("day-10-1"), open("day-10-2")))
    #expect(!TimeMatching.nests(open("month-3"), open("month-4")))
    #expect(!TimeMatching.nests(open("month-3"), interval("2020-03-01", "2020-04-30")))
  }

  /// Without a date, "earlier this year" lies within "this year" and shares its start with "the
  /// beginning of the year"; "later this month" shares its end with "the end of the month", not
  /// its start.
  @Test func thePartsOfAPeriodBeforeAndAfterPublication() {
    #expect(TimeMatching.nests(open("this-year-sofar"), open("this-year")))
    #expect(TimeMatching.nests(open("this-year-early"), open("this-year-sofar")))
    #expect(TimeMatching.nests(open("this-month-late"), open("this-month-rest")))
    #expect(!TimeMatching.nests(open("this-month-early"), open("this-month-rest")))
    #expect(!TimeMatching.nests(open("this-year-sofar"), open("next-year")))
  }

  /// "over the weekend" is this weekend or the last as the tense says; a weekend lies within
  /// its week ("at the end of this week" and "nel fine settimana").
  @Test func aWeekendMeetsItsWeek() {
    #expect(TimeMatching.agree(open("the-weekend"), open("last-weekend")))
    #expect(TimeMatching.agree(open("this-weekend"), open("the-weekend")))
    #expect(!TimeMatching.agree(open("this-weekend"), open("last-weekend")))
    #expect(TimeMatching.nests(open("the-weekend"), open("this-week")))
    #expect(TimeMatching.nests(open("last-week"), open("last-weekend")))
    #expect(!TimeMatching.nests(open("next-weekend"), open("last-week")))
  }

  @Test func weekdaysMeetWhateverTheirDirection() {
    #expect(TimeMatching.agree(open("last-weekday-1"), open("weekday-1")))
    #expect(!TimeMatching.agree(open("last-weekday-1"), open("weekday-4")))
    #expect(TimeMatching.overlap(open("last-weekday-1"), open("weekday-4")))
    #expect(!TimeMatching.agree(open("last-weekday-1"), open("next-weekday-1")))
  }

  @Test func aPeriodWithoutADateHoldsItsEnds() {
    #expect(TimeMatching.nests(open("month-3"), open("period-month-3-to-month-5")))
    #expect(TimeMatching.nests(open("period-day-7-13-to-day-7-15"), open("month-7")))
    #expect(!TimeMatching.nests(open("month-4"), open("period-month-3-to-month-5")))
    // Two periods that differ differ at an end, resolved or not.
    #expect(!TimeMatching.nests(open("period-day-7-13-to-day-7-15"), open("period-day-7-13-to-day-7-16")))
    #expect(!TimeMatching.nests(interval("2016-07-13", "2016-07-15").with("period"), interval("2016-07-13", "2016-07-16").with("period")))
  }

  /// Without a publication date, a third of a relative month or year lies within it: "inizio
  /// dell'anno" within "earlier this year".
  @Test func aThirdLiesWithinItsWhole() {
    #expect(TimeMatching.nests(open("this-year-early"), open("this-year")))
    #expect(TimeMatching.nests(open("next-month"), open("next-month-late")))
    #expect(!TimeMatching.nests(open("this-year-early"), open("next-year")))
  }

  /// A period with an end resolved against publication is relative, but "period" names no
  /// time: "from 24 August to 5 September 2021" and "dal 24 agosto al 5 settembre 2012" differ
  /// (they had agreed as two relative expressions alike).
  @Test func relativePeriodsDifferByTheirDates() {
    var english = interval("2021-08-24", "2021-09-05").with("period")
    var italian = interval("2012-08-24", "2012-09-05").with("period")
    english.isRelative = true
    italian.isRelative = true
    #expect(!TimeMatching.agree(english, italian))
    #expect(TimeMatching.agree(english, english))
  }
}

extension TimeReference {
  fileprivate func with(_ expression: String) -> TimeReference {
    var copy = self
    copy.expression = expression
    return copy
  }
}
