import Claims
import Testing

@testable import Diff

/// Names Italian writes in its own form meet their English form word by word, and stay apart
/// from names that merely look alike.
@Suite struct NameWordsTests {
  func mention(_ text: String) -> EntityMention { EntityMention(canonical: text, category: nil, term: nil) }

  @Test func italianFormsMeetTheirEnglishNames() {
    #expect(EntityMatching.same(mention("Queen Elizabeth"), mention("Elisabetta")))
    #expect(EntityMatching.same(mention("Abraham"), mention("Abramo")))
    #expect(EntityMatching.same(mention("Pharaoh Khufu"), mention("Cheope")))
    #expect(EntityMatching.same(mention("Marie Antoinette"), mention("Maria Antonietta")))
    #expect(EntityMatching.same(mention("Constantinople"), mention("Costantinopoli")))
  }

  @Test func differentNamesStayApart() {
    #expect(!EntityMatching.same(mention("Isaac"), mention("Giacobbe")))
    #expect(!EntityMatching.same(mention("Louis"), mention("Maria Antonietta")))
    #expect(!EntityMatching.same(mention("Rhine"), mention("Valle della Loira")))
  }
}
