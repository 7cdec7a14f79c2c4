import ClaimDiffKit
import Claims
import Foundation
import Testing
import TestSupport

/// The claim readers against other projects' test suites (`Fixtures/conformance`, with their
/// licences): Microsoft Recognizers-Text's Number, NumberWithUnit and DateTime specs,
/// Facebook Duckling's corpora, and num2words' cases read in reverse (from `../shared`, which
/// holds them under the LGPL; skipped without it). Each case's text is read as a one-line
/// article and passes when the claims carry what the suite expects. The test prints the pass
/// rate of every suite, language and category, and fails under the floors pinned below.
///
/// What a case must yield:
/// - a number, ordinal, percentage or range: every expected value among the quantities read
///   (a range's two ends); a case that expects nothing must yield no quantity;
/// - money and measures: the value (both ends of a range, or the bound of "more than…");
/// - a date, month, year or period: a time claim with the same first and last day; a date
///   with a time of day, or a time alone: the clock time as well (an English time written
///   without "am" or "pm", "7:30", is read as both the hours it may be, and passes with either).
///
/// Categories out of scope, reported but not held to a floor, and why:
/// - durations ("for 3 hours", "48 ore") and sets ("every Monday", "ogni lunedì"): news
///   states them as quantities of time units, which the quantity readers read and the diff
///   compares as such, not as intervals of days;
/// - times of day with seconds or parts of days ("this morning", "stasera alle 8"),
///   time spans within a day ("from 9 to 11am") and date-time ranges: fact-checking compares
///   the day and the clock time, which are in scope on their own;
/// - holidays and calendar arithmetic ("Thanksgiving", "the third Tuesday of next month",
///   "two weeks after Christmas"): rare in news claims and resolved by no translation. Duckling
///   names the holiday it resolves, and those cases are left out of the groups; Recognizers-Text
///   does not, and its holidays and arithmetic count as misses in the groups. Distances and
///   spans from publication ("three weeks ago", "the past three years") are read and in scope;
/// - Duckling's latent examples (found only when ambiguity is allowed) and its alternative
///   reference time corpus;
/// - numbers in mathematical notation ("1.1^23", "1e10", "one over three", "192.168.1.2").
@Suite struct ClaimConformanceTests {
  static let comparer: Comparer? = try? Comparer(options: CompareOptions())

  /// Floors of the in-scope groups, pinned just under the rates measured when the test was
  /// written (2026-11-24): number en 53.6%, it 61.8%; unit en 71.4%, it 90.5%; time en 14.4%,
  /// it 12.2%; raised on 2026-12-07 to the rates then (number en 57.3%, it 58.9%; unit en
  /// 73.0%), and again at session 13's end (number en 60.9%, it 64.2%; unit en 76.3%, it 92.7%;
  /// time en 31.7%, it 33.3%, with Duckling's holidays out of the groups), and again in
  /// session 14 (number en 66.2%, it 71.0%; unit en 78.5%; time en 33.3%, it 34.6%; num2words
  /// en 78.6%, it 80.5%), and in session 15 (number en 67.1%, it 74.1%; unit it 93.5%; time en
  /// 34.9%, it 35.8%), and in session 16 (number en 67.7%; unit en 78.8%, it 93.8%; time en
  /// 35.1%), and in session 17 (number en 69.0%; time en 36.2%, it 37.1%), and in session 18 (time en 36.3%). The issue's targets (95% of numbers, 90% of news dates and times) are far above.
  /// Floors on the cases the repository carries, so that the test holds for someone who has
  /// only the repository.
  static let floors: [String: Double] = [
    "in scope: number en": 0.685, "in scope: number it": 0.74, "in scope: unit en": 0.785, "in scope: unit it": 0.935,
    "in scope: time en": 0.362, "in scope: time it": 0.365,
  ]

  /// Floors on num2words' cases, held only when `../shared` is there to read them from.
  static let sharedFloors: [String: Double] = ["in scope: num2words en": 0.78, "in scope: num2words it": 0.80]

  // MARK: Tallies

  final class Tally {
    private(set) var rows: [String: (passed: Int, total: Int, misses: [String])] = [:]

    /// Counts a case under its suite's row and, when the category is in scope, its group
    /// ("number en", "unit it", "time en"), which the floors hold.
    func record(_ key: String, group: String?, _ passed: Bool, _ miss: @autoclosure () -> String) {
      for name in [key] + (group.map { ["in scope: " + $0] } ?? []) {
        var row = rows[name] ?? (0, 0, [])
        row.total += 1
        if passed { row.passed += 1 } else if name == key && row.misses.count < (ProcessInfo.processInfo.environment["CLAIMDIFF_MISSES"].flatMap { Int($0) } ?? 12) { row.misses.append(miss()) }
        rows[name] = row
      }
    }

    func rate(_ key: String) -> Double {
      guard let row = rows[key], row.total > 0 else { return 1 }
      return Double(row.passed) / Double(row.total)
    }

    func report() {
      for (key, row) in rows.sorted(by: { $0.key < $1.key }) {
        print(String(format: "conformance %@: %d/%d = %.1f%%", key, row.passed, row.total, Double(row.passed) / Double(row.total) * 100))
        if !row.misses.isEmpty { print("  misses: " + row.misses.joined(separator: " | ")) }
      }
    }
  }

  // MARK: Reading

  /// The claims of `text` read as a sentence of an article. The suites' cases are mostly
  /// fragments ("3 km", "twenty percent", "on 2/15"), which alone are not an article (a page
  /// of one number is refused as having no text): each is read inside a neutral clause,
  /// "They reported … ." / "Hanno riferito … .".
  func claims(_ text: String, _ language: Language, published: SimpleDate? = nil) -> [Claim] {
    guard let comparer = Self.comparer else { return [] }
    let fragment = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
    let line = (language == .italian ? "Hanno riferito " : "They reported ") + fragment + (fragment.last.map { ".!?".contains($0) } == true ? "" : ".")
    guard
      var article = try? ArticleReader().read(
        bytes: Array(line.utf8), path: "case.txt", options: IngestOptions(language: language, format: .text))
    else { return [] }
    article.published = published
    return comparer.claims(in: article)
  }

  static func values(_ claims: [Claim]) -> [Double] {
    claims.compactMap(\.quantity).flatMap { [$0.value] + ($0.rangeEnd.map { [$0] } ?? []) }
  }

  static func holds(_ values: [Double], _ expected: Double) -> Bool {
    values.contains { abs($0 - expected) <= 1e-9 * max(1, abs(expected)) }
  }

  /// A number as a suite writes it: "1,234.5" in English, "0,08" and "1.234" in Italian,
  /// "1e4", "1/2", "20%".
  static func number(_ text: String, language: Language) -> Double? {
    var text = text.trimmingCharacters(in: .whitespaces)
    if text.hasSuffix("%") { text.removeLast() }
    if let slash = text.firstIndex(of: "/"), let a = Double(text[..<slash]), let b = Double(text[text.index(after: slash)...]), b != 0 {
      return a / b
    }
    if language == .italian { return Double(text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")) }
    return Double(text.replacingOccurrences(of: ",", with: ""))
  }

  /// Powers, scientific notation, "one over three", addresses: forms of mathematics and
  /// computing that news prose does not write.
  static func isMathematicalNotation(_ input: String) -> Bool {
    input.contains("^") || input.range(of: #"\d[eE][+-]?\d"#, options: .regularExpression) != nil
      || input.range(of: #"\b(\d+|one|a)\s+over\s+(\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|hundred)"#, options: .regularExpression) != nil
      || input.range(of: #"\d+\.\d+\.\d+"#, options: .regularExpression) != nil
  }

  static func json(_ path: String) throws -> Any {
    var data = try Data(contentsOf: URL(fileURLWithPath: path))
    if data.starts(with: [0xEF, 0xBB, 0xBF]) { data = data.dropFirst(3) }
    return try JSONSerialization.jsonObject(with: data)
  }

  static func lines(_ path: String) throws -> [[String: Any]] {
    try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").compactMap {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
    }
  }

  static let languages: [(folder: String, code: String, language: Language)] = [("English", "en", .english), ("Italian", "it", .italian)]

  // MARK: Recognizers-Text

  /// Number specs: numbers, ordinals, percentages, ranges.
  func recognizersNumbers(_ tally: Tally) throws {
    for (folder, code, language) in Self.languages {
      for model in ["NumberModel", "OrdinalModel", "PercentModel", "NumberRangeModel"] {
        let cases = try Self.json(Repository.fixture("conformance", "recognizers-text/Number/\(folder)/\(model).json")) as? [[String: Any]] ?? []
        for item in cases {
          guard let input = item["Input"] as? String, let results = item["Results"] as? [[String: Any]] else { continue }
          var expected: [Double] = []
          var relative = false
          for result in results {
            let resolution = result["Resolution"] as? [String: Any] ?? [:]
            guard let value = resolution["value"] as? String else { continue }
            if model == "NumberRangeModel" {
              // "(10,20]" and the like: both ends that are given, written the English way.
              let ends = value.trimmingCharacters(in: CharacterSet(charactersIn: "[]()")).split(separator: ",", omittingEmptySubsequences: false)
              expected += ends.compactMap { Self.number(String($0), language: .english) }
            } else if let number = Self.number(value, language: language) {
              expected.append(number)
            } else {
              // "end-1" for "the penultimate", "current+1" for "next": positions, not numbers.
              relative = true
            }
          }
          guard !relative else { continue }
          let read = Self.values(claims(input, language))
          if Self.isMathematicalNotation(input) {
            tally.record("recognizers-text \(code) number \(model) (mathematical notation)", group: nil, !expected.isEmpty && expected.allSatisfy { Self.holds(read, $0) }, input)
            continue
          }
          let passed = results.isEmpty ? read.isEmpty : !expected.isEmpty && expected.allSatisfy { Self.holds(read, $0) }
          tally.record("recognizers-text \(code) number \(model)", group: "number \(code)", passed, "\(input.trimmingCharacters(in: .whitespaces)) → \(read)")
        }
      }
    }
  }

  /// NumberWithUnit specs: money, dimensions, temperatures, ages.
  func recognizersUnits(_ tally: Tally) throws {
    for (folder, code, language) in Self.languages {
      for model in ["CurrencyModel", "DimensionModel", "TemperatureModel", "AgeModel"] {
        let cases = try Self.json(Repository.fixture("conformance", "recognizers-text/NumberWithUnit/\(folder)/\(model).json")) as? [[String: Any]] ?? []
        for item in cases {
          guard let input = item["Input"] as? String, let results = item["Results"] as? [[String: Any]] else { continue }
          let read = Self.values(claims(input, language))
          let expected = results.compactMap { ($0["Resolution"] as? [String: Any])?["value"] as? String }.compactMap {
            Self.number($0, language: language)
          }
          let passed = results.isEmpty ? read.isEmpty : !expected.isEmpty && expected.allSatisfy { Self.holds(read, $0) }
          tally.record("recognizers-text \(code) unit \(model)", group: "unit \(code)", passed, "\(input.trimmingCharacters(in: .whitespaces)) → \(read)")
        }
      }
    }
  }

  /// DateTime model specs, by the kind of time the suite expects.
  func recognizersDates(_ tally: Tally) throws {
    for (folder, code, language) in Self.languages {
      let cases = try Self.json(Repository.fixture("conformance", "recognizers-text/DateTime/\(folder)/DateTimeModel.json")) as? [[String: Any]] ?? []
      for item in cases {
        guard let input = item["Input"] as? String, let results = item["Results"] as? [[String: Any]], !results.isEmpty,
          let context = item["Context"] as? [String: Any], let reference = (context["ReferenceDateTime"] as? String).flatMap({ SimpleDate(iso: $0) })
        else { continue }
        let read = claims(input, language, published: reference).compactMap(\.time)
        for result in results {
          guard let type = (result["TypeName"] as? String)?.replacingOccurrences(of: "datetimeV2.", with: "") else { continue }
          let values = ((result["Resolution"] as? [String: Any])?["values"] as? [[String: Any]]) ?? []
          // Any of the resolutions a suite allows (past and future readings of "Monday").
          let passed = !values.isEmpty && values.contains { Self.matches($0, type: type, read, reference: reference) }
          let inScope = ["date", "daterange", "datetime", "time"].contains(type)
          tally.record("recognizers-text \(code) time \(type)", group: inScope ? "time \(code)" : nil, passed, "\(input.trimmingCharacters(in: .whitespaces)) [\(result["Text"] ?? "")] → \(read.map(\.intervalText))")
        }
      }
    }
  }

  /// Whether the times read state a Recognizers-Text resolution: its days, and its clock
  /// time when it has one.
  static func matches(_ value: [String: Any], type: String, _ read: [TimeReference], reference: SimpleDate) -> Bool {
    func days(_ from: SimpleDate, _ to: SimpleDate) -> Bool { read.contains { $0.from == from && $0.to == to } }
    func clock(_ text: String) -> Bool {
      let parts = text.split(separator: ":")
      guard parts.count >= 2, let hour = Int(parts[0]), let minute = Int(parts[1]) else { return false }
      let time = "\(hour):\(minute < 10 ? "0" : "")\(minute)"
      return read.contains { $0.clockTimes.contains(Substring(time)) }
    }
    switch type {
    case "date":
      guard let day = (value["value"] as? String).flatMap({ SimpleDate(iso: $0) }) else { return false }
      return days(day, day)
    case "daterange":
      // The end is exclusive.
      guard let start = (value["start"] as? String).flatMap({ SimpleDate(iso: $0) }),
        let end = (value["end"] as? String).flatMap({ SimpleDate(iso: $0) })
      else { return false }
      if days(start, end.adding(days: -1)) { return true }
      // A span back to the reference time ("last 3 months", "gli ultimi 3 mesi") ends, in
      // Recognizers-Text, the day before it; claimdiff, as Duckling does, ends it on the day of
      // publication, which the article reports on too.
      if end == reference, read.contains(where: { $0.isRelative && $0.from == start && $0.to == end }) { return true }
      // A period between two ends ("between 2007 and 2009", "November 19-20", "from March to
      // May") ends, in Recognizers-Text, where its second end begins; claimdiff, as Duckling
      // does and as news means it, takes the second end in: the period passes when it ends on
      // the last day of the day, month or year that Recognizers-Text's end begins.
      let lastOfMonth = SimpleDate(year: end.year, month: end.month, day: SimpleDate.daysIn(month: end.month, year: end.year))
      let lastOfYear = SimpleDate(year: end.year, month: 12, day: 31)
      return read.contains { time in
        time.expression.hasPrefix("period") && time.from == start
          && (time.to == end || (end.day == 1 && time.to == lastOfMonth) || (end.day == 1 && end.month == 1 && time.to == lastOfYear))
      }
    case "time":
      return (value["value"] as? String).map(clock) ?? false
    case "datetime":
      guard let text = value["value"] as? String, let day = SimpleDate(iso: text) else { return false }
      return days(day, day) && clock(String(text.split(separator: " ").last ?? ""))
    default:
      return false
    }
  }

  // MARK: Duckling

  func duckling(_ tally: Tally) throws {
    for (_, code, language) in Self.languages {
      for item in try Self.lines(Repository.fixture("conformance", "duckling/duckling_\(code).jsonl")) {
        guard let text = item["text"] as? String, let dimension = item["dimension"] as? String,
          (item["section"] as? String) == "allExamples", item["negative"] as? Bool == false,
          let expected = item["expected"] as? [String: Any], let kind = expected["kind"] as? String,
          let reference = (item["reference_time"] as? String).flatMap({ SimpleDate(iso: $0) })
        else { continue }
        let read = claims(text, language, published: reference)
        let values = Self.values(read)
        let times = read.compactMap(\.time)
        func number(_ key: String) -> Double? { (expected[key] as? String).flatMap { Double($0) } }
        var passed = false
        var category = "\(dimension)"
        var group: String? = ["Numeral", "Ordinal"].contains(dimension) ? "number \(code)" : dimension == "Duration" ? nil : "unit \(code)"
        switch kind {
        case "number", "ordinal", "quantity", "quantity_above", "quantity_under":
          // Duckling gives every mass in kilograms or milligrams in grams ("0.002 kg" is 2 g).
          let grams = expected["unit"] as? String == "Gram"
            ? read.compactMap(\.quantity).compactMap { q in q.unit.flatMap { Self.gramsPer[$0] }.map { q.value * $0 } } : []
          passed = number("value").map { Self.holds(values + grams, $0) } ?? false
          if let product = expected["product"] as? String {
            let counted = read.compactMap { $0.quantity?.counted.map(Folding.fold) }
            passed = passed && counted.contains { $0.contains(Folding.fold(product)) }
          }
        case "quantity_range":
          passed = [number("from"), number("to")].allSatisfy { $0.map { Self.holds(values, $0) } ?? false }
        case "datetime":
          let grain = expected["grain"] as? String ?? ""
          category = "Time \(grain)"
          group = grain == "second" ? nil : "time \(code)"
          // Holidays are out of scope (see above); Duckling names the one it resolves.
          if expected["holiday"] != nil {
            category = "Time holiday"
            group = nil
          }
          guard let stamp = expected["value"] as? String, let day = SimpleDate(iso: stamp) else { break }
          switch grain {
          case "year": passed = times.contains { $0.from == SimpleDate(year: day.year, month: 1, day: 1) && $0.to == SimpleDate(year: day.year, month: 12, day: 31) }
          case "month":
            let last = SimpleDate(year: day.year, month: day.month, day: SimpleDate.daysIn(month: day.month, year: day.year))
            passed = times.contains { $0.from == day && $0.to == last }
          case "day": passed = times.contains { $0.from == day && $0.to == day }
          // Duckling gives a week by its Monday and a quarter by its first day.
          case "week": passed = times.contains { $0.from == day && $0.to == day.adding(days: 6) }
          case "quarter": passed = times.contains { $0.from == day && $0.to == day.adding(months: 3).adding(days: -1) }
          case "hour", "minute":
            let clock = stamp.split(separator: "T").last.map { String($0.prefix(5)) } ?? ""
            let hour = Int(clock.prefix(2)) ?? -1
            let time = Substring("\(hour):\(clock.suffix(2))")
            let sameDay = day == reference
            passed = times.contains { $0.clockTimes.contains(time) } && (sameDay || times.contains { $0.from == day && $0.to == day })
          default: passed = false
          }
        case "interval":
          let grain = expected["grain"] as? String ?? ""
          category = "Time interval \(grain)"
          group = ["day", "week", "month", "year"].contains(grain) ? "time \(code)" : nil
          if expected["holiday"] != nil {
            category = "Time interval holiday"
            group = nil
          }
          guard let from = (expected["from"] as? String).flatMap({ SimpleDate(iso: $0) }),
            let to = (expected["to"] as? String).flatMap({ SimpleDate(iso: $0) })
          else { break }
          passed = times.contains { $0.from == from && ($0.to == to.adding(days: -1) || $0.to == to) }
        default:
          category = "\(dimension) \(kind)"
          group = nil
        }
        tally.record("duckling \(code) \(category)", group: group, passed, "\(text) → \(values) \(times.map(\.intervalText))")
      }
    }
  }

  static let gramsPer: [String: Double] = ["g": 1, "kg": 1000, "mg": 0.001]

  // MARK: num2words, in reverse

  func num2words(_ tally: Tally, shared: URL) throws {
    for (_, code, language) in Self.languages {
      let path = shared.appendingPathComponent("testsuites/num2words/num2words_\(code).jsonl").path
      for item in try Self.lines(path) {
        guard let to = item["to"] as? String, ["cardinal", "ordinal"].contains(to), let words = item["words"] as? String,
          let number = (item["number"] as? String).flatMap(Double.init) ?? (item["number"] as? Double) ?? (item["number"] as? Int).map(Double.init)
        else { continue }
        let values = Self.values(claims(words, language))
        tally.record("num2words \(code) \(to)", group: "num2words \(code)", Self.holds(values, number), "\(words) → \(values)")
      }
    }
  }

  // MARK: The test

  @Test func claimReadersAgainstPeersTestSuites() throws {
    try #require(Self.comparer != nil)
    let tally = Tally()
    try recognizersNumbers(tally)
    try recognizersUnits(tally)
    try recognizersDates(tally)
    try duckling(tally)
    var floors = Self.floors
    if let shared = Repository.shared {
      try num2words(tally, shared: shared)
      floors.merge(Self.sharedFloors) { $1 }
    }
    tally.report()
    for (key, floor) in floors {
      #expect(tally.rate(key) >= floor, "\(key) fell to \(tally.rate(key)), under its floor \(floor)")
    }
  }
}
