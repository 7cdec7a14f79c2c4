import ClaimDiffKit
import Claims
import Foundation
import Testing
import TestSupport

/// The number readers against text2num's cases (Fixtures/number-words): each number written in
/// words is put in a sentence ("They counted … boxes.", "Hanno contato … scatole.") and must be
/// read as the quantity text2num gives. Prints the pass rate per language and fails under the
/// pinned floor.
@Suite struct NumberWordConformanceTests {
  struct Case: Decodable {
    var lang: String
    var id: String
    var function: String
    var input: String
    var expected: String?
    var valid: Bool?
  }

  static let comparer: Comparer? = try? Comparer(options: CompareOptions())

  /// Floors pinned at the rates measured when the test was written (2026-11-23).
  static let floors: [String: Double] = ["en": 0.58, "it": 0.95]

  @Test func numberWordsReadAsText2numReadsThem() throws {
    let comparer = try #require(Self.comparer)
    var results: [String: (passed: Int, total: Int, failed: [String])] = [:]
    for name in ["text2num_rs_en.jsonl", "text2num_rs_it.jsonl"] {
      let text = try String(contentsOfFile: Repository.fixture("number-words", name), encoding: .utf8)
      for line in text.split(separator: "\n") {
        let item = try JSONDecoder().decode(Case.self, from: Data(line.utf8))
        guard item.function == "text2digits", item.valid != false, let expected = item.expected,
          let value = Double(expected.filter { $0.isNumber }), !expected.hasPrefix("0") || expected == "0"
        else { continue }
        let language: Language = item.lang == "it" ? .italian : .english
        let sentence = language == .italian ? "Hanno contato \(item.input) scatole." : "They counted \(item.input) boxes."
        let article = try ArticleReader().read(
          bytes: Array(sentence.utf8), path: "case.txt", options: IngestOptions(language: language, format: .text))
        let read = comparer.claims(in: article).first { $0.kind == .quantity }?.quantity?.value
        var entry = results[item.lang] ?? (0, 0, [])
        entry.total += 1
        if read == value { entry.passed += 1 } else { entry.failed.append("\(item.input) → \(read.map { String($0) } ?? "nothing")") }
        results[item.lang] = entry
      }
    }
    for (language, entry) in results.sorted(by: { $0.key < $1.key }) {
      let rate = Double(entry.passed) / Double(max(1, entry.total))
      print(String(format: "number words %@: %d/%d = %.1f%%", language, entry.passed, entry.total, rate * 100))
      print("  misread: \(entry.failed.joined(separator: "; "))")
      #expect(rate >= Self.floors[language] ?? 1, "\(language) fell to \(rate)")
    }
  }
}
