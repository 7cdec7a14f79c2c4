import Testing

@testable import Ingest

/// Commas weigh a paragraph in the main-text score; they are counted on UTF-8 bytes, ASCII and
/// full-width alike, as counting characters did.
@Suite struct CommaCountTests {
  @Test(arguments: [
    ("", 0), ("no commas here", 0), ("one, two, three", 2), ("città, paese, e così via", 2),
    ("北京，上海，广州", 2), ("mixed, 中文，text", 2), ("ends with a comma,", 1), ("，", 1), ("\u{FF0B}\u{FF0D}", 0),
  ])
  func countsAsCharactersDo(_ text: String, _ expected: Int) {
    #expect(HTMLCleaner.commaCount(text) == expected)
    #expect(HTMLCleaner.commaCount(text) == text.filter { $0 == "," || $0 == "，" }.count)
  }
}
