import Core
import Foundation
import Testing

/// Folding reads Latin, Greek and Cyrillic letters from tables built one scalar at a time:
/// the tables must fold every text as Foundation folds it whole.
@Suite struct FoldingTests {
  private func foundationFolded(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
  }

  @Test func everyGreekAndCyrillicScalarFoldsAsFoundationFoldsIt() {
    for value in UInt32(0x370)..<0x530 {
      let scalar = Unicode.Scalar(value)!
      let text = "a" + String(scalar) + "b"
      #expect(Folding.fold(text) == foundationFolded(text), "U+\(String(value, radix: 16, uppercase: true))")
    }
  }

  @Test func greekAndCyrillicWordsFoldWhole() {
    let words = ["Москва", "Ёлка", "Україна їжак", "йод", "ΣΟΦΊΑ", "Σίσυφος", "ΐ ΰ", "Αθήνα, 5 μαΐου"]
    for word in words { #expect(Folding.fold(word) == foundationFolded(word), "\(word)") }
    #expect(Folding.fold("Ёлка") == "елка")
    #expect(Folding.fold("ΣΟΦΊΑ") == "σοφια")
  }

  /// Latin text with a Cyrillic or Greek word folds both, and other scripts still fold.
  @Test func mixedScriptsFold() {
    #expect(Folding.fold("Città di Москва") == "citta di москва")
    #expect(Folding.fold("L’Ἀθῆναι") == "l'" + foundationFolded("Ἀθῆναι"))
    #expect(Folding.fold("東京 Tōkyō") == "東京 tokyo")
  }
}
