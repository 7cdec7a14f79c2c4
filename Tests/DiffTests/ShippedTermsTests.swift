import ClaimDiffKit
import Core
import Foundation
import Testing
import TestSupport

/// Names the shipped glossary holds so that a faithful translation raises nothing: a measure
/// each language abbreviates its own way, a spelling of each side of the Atlantic, a
/// nationality said as an adjective.
@Suite struct ShippedTermsTests {
  static let runner: ExampleRunner? = try? ExampleRunner()

  func entityFindings(_ english: String, _ italian: String) throws -> [Finding] {
    let runner = try #require(Self.runner)
    return try runner.compare(english: english, italian: italian, published: SimpleDate(year: 2018, month: 10, day: 1))
      .findings.filter { $0.rule.hasPrefix("entity.") }
  }

  @Test func faithfulTranslationsRaiseNoNameFinding() throws {
    #expect(try entityFindings("Emissions per unit of GDP will fall by 2020.", "Le emissioni per unità di PIL caleranno entro il 2020.").isEmpty)
    #expect(try entityFindings("The World Health Organisation said the outbreak is over.", "L'Organizzazione Mondiale della Sanità ha detto che l'epidemia è finita.").isEmpty)
    #expect(try entityFindings("Australian and New Zealand wines may travel better.", "I vini australiani e neozelandesi potrebbero affrontare meglio il viaggio.").isEmpty)
    #expect(try entityFindings("Doctors Without Borders said the situation is serious.", "Medici Senza Frontiere ha detto che la situazione è grave.").isEmpty)
  }
}
