import Core
import Diff
import Foundation
import Ingest

/// JUnit XML, which CI systems show as test results: the comparison is a test suite and each
/// rule that ran is a test case, failed by every finding at or above the gate (`--fail-on`);
/// findings below it are listed in the case's output, so nothing is hidden.
public struct JUnitRenderer: ReportRenderer {
  /// The gate: findings at or above it fail their rule's case; nil (`--fail-on never`) fails none.
  public var failOn: Severity?
  /// Rules that did not run, left out of the suite.
  public var disabled: Set<String>

  public init(failOn: Severity?, disabled: Set<String> = []) {
    self.failOn = failOn
    self.disabled = disabled
  }

  public func render(_ comparison: Comparison) -> String {
    let rules = RuleRegistry.specs.map(\.id).filter { !disabled.contains($0) }
    let locators = (source: SourceLocator(comparison.source), target: SourceLocator(comparison.target))
    var byRule: [String: [Finding]] = [:]
    for finding in comparison.findings { byRule[finding.rule, default: []].append(finding) }
    let suite = "\(comparison.source.path) → \(comparison.target.path)"
    var cases: [String] = []
    var failed = 0
    for rule in rules {
      let findings = byRule[rule] ?? []
      let failing = findings.filter { finding in failOn.map { finding.severity >= $0 } ?? false }
      if !failing.isEmpty { failed += 1 }
      var body: [String] = []
      for finding in failing {
        body.append(
          "      <failure type=\"\(Self.escape(finding.severity.rawValue))\" message=\"\(Self.escape(finding.message))\">"
            + Self.escape(describe(finding, comparison, locators)) + "</failure>")
      }
      let passing = findings.filter { !failing.contains($0) }
      if !passing.isEmpty {
        let text = passing.map { "\($0.severity.rawValue): \($0.message)\n" + describe($0, comparison, locators) }.joined(separator: "\n\n")
        body.append("      <system-out>" + Self.escape(text) + "</system-out>")
      }
      let open = "    <testcase classname=\"claimdiff.\(Self.escape(rule))\" name=\"\(Self.escape(rule)) · \(Self.escape(suite))\" time=\"0\""
      cases.append(body.isEmpty ? open + "/>" : open + ">\n" + body.joined(separator: "\n") + "\n    </testcase>")
    }
    let counts = "tests=\"\(rules.count)\" failures=\"\(failed)\" errors=\"0\""
    return """
      <?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="claimdiff" \(counts) time="0">
        <testsuite name="\(Self.escape(suite))" \(counts) skipped="0" time="0">
      \(cases.joined(separator: "\n"))
        </testsuite>
      </testsuites>

      """
  }

  /// Where the finding is, and both sentences: "it.html:29:40: Nel 2016 …".
  private func describe(_ finding: Finding, _ comparison: Comparison, _ locators: (source: SourceLocator?, target: SourceLocator?)) -> String {
    var lines: [String] = []
    for (evidence, article, locator) in [
      (finding.source, comparison.source, locators.source), (finding.target, comparison.target, locators.target),
    ] {
      guard let evidence else { continue }
      let place = locator?.region(of: evidence.range, sentence: evidence.sentence).map { ":\($0.start.line):\($0.start.column)" } ?? ""
      lines.append("\(article.path)\(place): \(TextRenderer.marked(evidence, in: article))")
    }
    return lines.joined(separator: "\n")
  }

  static func escape(_ text: String) -> String { Markup.escape(text, keepingNewlines: false) }
}
