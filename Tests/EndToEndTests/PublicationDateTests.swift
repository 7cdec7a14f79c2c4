import ClaimDiffKit
import Foundation
import Testing
import TestSupport

/// Publication dates the two articles disagree on.
@Suite struct PublicationDateTests {
  @Test func aFarApartTranslationDateIsReadAsTheSourcesAndReported() throws {
    let folder = Repository.temporaryFolder()
    let en = folder.appendingPathComponent("en.xhtml")
    let it = folder.appendingPathComponent("it.xhtml")
    try "<html newsdate=\"2021-07-21\"><body><p>The foundation was created last year, its director said on Monday in Berlin.</p></body></html>"
      .write(to: en, atomically: true, encoding: .utf8)
    try "<html newsdate=\"2031-07-21\"><body><p>La fondazione è stata creata l'anno scorso, ha detto lunedì a Berlino il suo direttore.</p></body></html>"
      .write(to: it, atomically: true, encoding: .utf8)
    let comparison = try Comparer(options: CompareOptions()).compare(sourcePath: en.path, targetPath: it.path)
    #expect(comparison.target.published == SimpleDate(year: 2021, month: 7, day: 21))
    #expect(comparison.notices.contains { $0.message.contains("publication date 2031-07-21 is far from") })
    #expect(!comparison.findings.contains { $0.rule == "time.mismatch" })
  }
}
