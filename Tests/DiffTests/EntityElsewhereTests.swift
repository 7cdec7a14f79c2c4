import ClaimDiffKit
import Claims
import Core
import Foundation
import Testing
import TestSupport

/// `entity.missing` for a name one sentence leaves out: a warning when the other article never
/// gives it, one level lower when it gives it in another sentence, where its reader learns it
/// ("she" for "la Schroeder", "the 17th" for "Pennsylvania's 17th").
@Suite struct EntityElsewhereTests {
  static let runner: ExampleRunner? = try? ExampleRunner()

  func missing(_ english: String, _ italian: String) throws -> [Finding] {
    let runner = try #require(Self.runner)
    return try runner.compare(english: english, italian: italian, published: SimpleDate(year: 2018, month: 10, day: 1))
      .findings.filter { $0.rule == "entity.missing" }
  }

  @Test func aNameGivenInAnotherSentenceIsReportedLower() throws {
    let findings = try missing(
      "Pat Schroeder ran for president in 1987.\n\nThe race was crowded.\n\nIowa voted first.\n\nBecause it was late in the campaign, she was behind on fund-raising and vowed to raise $2 million.",
      "Pat Schroeder si candidò alla presidenza nel 1987.\n\nLa corsa era affollata.\n\nL'Iowa votò per primo.\n\nDato che la campagna era avanzata, la Schroeder era in ritardo con la raccolta fondi e giurò di raccogliere 2 milioni di dollari.")
    #expect(findings.count == 1)
    #expect(findings.first?.severity == .info)
    #expect(findings.first?.message.contains("elsewhere") == true)
  }

  @Test func aNameTheOtherArticleNeverGivesStaysAWarning() throws {
    let findings = try missing(
      "The team lost on Saturday.\n\nAthletic director Joe Alleva thanked the police for their work.",
      "La squadra ha perso sabato.\n\nIl direttore atletico ha ringraziato la polizia per il suo lavoro.")
    #expect(findings.count == 1)
    #expect(findings.first?.severity == .warning)
  }
}
