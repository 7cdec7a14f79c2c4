import ClaimDiffKit
import Foundation
import Testing
import TestSupport

/// Every rule's own examples, run through the whole pipeline (STYLE.md §2): triggering
/// examples report at their markers, non-triggering ones stay silent, and both hold behind a
/// multi-byte prefix and with the rule disabled.
@Suite struct RuleExampleTests {
  static let rules: [String] = RuleRegistry.specs.map(\.id)

  /// A sentence of accents, typographic quotes, a no-break space and an emoji, put before each
  /// example so that offsets are checked in Unicode scalars.
  static let prefixes = [
    ExamplePrefix.none,
    ExamplePrefix(
      english: "Émile’s café\u{00A0}— “naïve” 🙂 — reopened.\n\n", italian: "Il caffè di Émile\u{00A0}— “naïve” 🙂 — ha riaperto.\n\n",
      label: "behind a multi-byte prefix"),
  ]

  @Test(arguments: rules)
  func triggeringExamplesReportAtTheirMarkers(id: String) throws {
    let spec = try #require(RuleRegistry.rule(id: id)).spec
    let runner = try ExampleRunner()
    for example in spec.triggering {
      let en = ExampleRunner.strip(example.english)
      let it = ExampleRunner.strip(example.italian)
      for prefix in Self.prefixes {
        let label = prefix.label
        let comparison = try runner.compare(english: en.text, italian: it.text, published: example.published, prefix: prefix)
        let findings = comparison.findings.filter { $0.rule == id }
        let shiftEN = prefix.english.unicodeScalars.count
        let shiftIT = prefix.italian.unicodeScalars.count
        let messages = findings.map { $0.message }
        let sourceStarts = Set(findings.compactMap { $0.source?.range.start })
        let targetStarts = Set(findings.compactMap { $0.target?.range.start })
        #expect(
          sourceStarts == Set(en.markers.map { $0 + shiftEN }),
          "\(id) \(label): source evidence at \(sourceStarts), markers at \(en.markers) in \(example.english); findings \(messages)")
        #expect(
          targetStarts == Set(it.markers.map { $0 + shiftIT }),
          "\(id) \(label): target evidence at \(targetStarts), markers at \(it.markers) in \(example.italian); findings \(messages)")
        if let message = example.message {
          #expect(messages.contains(message), "\(id) \(label): messages \(messages)")
        }
        let disabled = try runner.compare(english: en.text, italian: it.text, published: example.published, prefix: prefix, disabled: [id])
        #expect(!disabled.findings.contains { $0.rule == id }, "\(id) \(label): reported while disabled")
      }
    }
  }

  @Test(arguments: rules)
  func nonTriggeringExamplesStaySilent(id: String) throws {
    let spec = try #require(RuleRegistry.rule(id: id)).spec
    let runner = try ExampleRunner()
    for example in spec.nonTriggering {
      for prefix in Self.prefixes {
        let comparison = try runner.compare(english: example.english, italian: example.italian, published: example.published, prefix: prefix)
        let findings = comparison.findings.filter { $0.rule == id }
        #expect(findings.isEmpty, "\(id) false alarm (\(prefix.label)) on \(example.english) / \(example.italian): \(findings.map { $0.message })")
      }
    }
  }
}

@Suite struct RuleRegistryTests {
  /// DESIGN.md's rule table.
  static let designIDs = [
    "quantity.value", "quantity.counted-thing", "quantity.approximation", "quantity.missing", "time.mismatch", "time.missing",
    "entity.mismatch", "entity.missing", "entity.spelling", "quote.speaker", "quote.content", "polarity.mismatch",
    "claim.omitted", "claim.added",
  ]

  @Test func idsAreUniqueAndWellFormed() {
    let ids = RuleRegistry.specs.map(\.id)
    #expect(Set(ids).count == ids.count)
    for id in ids {
      let parts = id.split(separator: ".")
      #expect(parts.count == 2, "\(id)")
      #expect(id.allSatisfy { $0.isLowercase || $0 == "." || $0 == "-" }, "\(id)")
      #expect(["quantity", "time", "entity", "quote", "polarity", "claim"].contains(String(parts[0])), "\(id)")
    }
  }

  @Test func everyRuleHasRationaleAndExamples() {
    for spec in RuleRegistry.specs {
      #expect(!spec.rationale.isEmpty, "\(spec.id)")
      #expect(!spec.summary.isEmpty, "\(spec.id)")
      #expect(!spec.triggering.isEmpty, "\(spec.id) has no triggering example")
      #expect(!spec.nonTriggering.isEmpty, "\(spec.id) has no non-triggering example")
      for example in spec.triggering {
        #expect(example.english.contains(RuleExample.marker) || example.italian.contains(RuleExample.marker), "\(spec.id): no marker")
      }
    }
  }

  @Test func everyDesignRuleIsImplementedOrPending() {
    let known = Set(RuleRegistry.specs.map(\.id)).union(RuleRegistry.pending)
    for id in Self.designIDs { #expect(known.contains(id), "\(id) is neither implemented nor pending") }
    #expect(Set(RuleRegistry.specs.map(\.id)).isDisjoint(with: RuleRegistry.pending))
  }
}
