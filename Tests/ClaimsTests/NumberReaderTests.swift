import Claims
import Core
import Testing

@Suite struct NumberReaderTests {
  @Test(arguments: [
    ("2,000", 2000.0, false), ("4.5", 4.5, false), ("1.500", 1.5, true), ("1.500.000", 1_500_000, true),
    ("2,000,000.5", 2_000_000.5, false), ("85 000", 85000, false), ("12", 12, false),
  ])
  func english(text: String, value: Double, ambiguous: Bool) {
    let reading = NumberReader(language: .english).read(text)
    #expect(reading?.value == value)
    #expect(reading?.isAmbiguous == ambiguous)
  }

  @Test(arguments: [
    ("2.000", 2000.0, false), ("4,5", 4.5, false), ("85 000", 85000, false), ("1.234.567,89", 1_234_567.89, false),
    ("2,000", 2.0, true),
  ])
  func italian(text: String, value: Double, ambiguous: Bool) {
    let reading = NumberReader(language: .italian).read(text)
    #expect(reading?.value == value)
    #expect(reading?.isAmbiguous == ambiguous)
  }

  @Test func absurdFiguresAreNotRead() {
    let reader = NumberReader(language: .english)
    #expect(reader.read(String(repeating: "9", count: 400)) == nil)
    #expect(reader.read("1.2.3.4") == nil)
    #expect(reader.read("12,34,56") == nil)
  }
}
