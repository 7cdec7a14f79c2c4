import Core
import Diff
import Foundation
import Ingest

/// A report for a pull-request comment: a summary table by severity and rule, then each
/// finding with both sentences, evidence in bold, source first.
public struct MarkdownRenderer: ReportRenderer {
  /// Findings listed in full; the rest are counted, so that a comment stays readable.
  public var maximumListed = 50

  public init() {}

  public func render(_ comparison: Comparison) -> String {
    let summary = comparison.summary
    var lines = [
      "### claimdiff: \(Self.escape(comparison.source.path)) → \(Self.escape(comparison.target.path))", "",
      "**\(summary[.error] ?? 0) errors, \(summary[.warning] ?? 0) warnings, \(summary[.info] ?? 0) infos**", "",
    ]
    if !comparison.findings.isEmpty {
      var counts: [String: (Severity, Int)] = [:]
      for finding in comparison.findings { counts[finding.rule] = (finding.severity, (counts[finding.rule]?.1 ?? 0) + 1) }
      lines += ["| rule | severity | findings |", "|---|---|---|"]
      for (rule, value) in counts.sorted(by: { ($0.value.0, $1.key) > ($1.value.0, $0.key) }) {
        lines.append("| `\(rule)` | \(value.0.rawValue) | \(value.1) |")
      }
      lines.append("")
    }
    let ordered = comparison.findings.sorted { $0.severity > $1.severity }
    for finding in ordered.prefix(maximumListed) {
      lines.append("- **\(finding.severity.rawValue)** `\(finding.rule)`: \(Self.escape(finding.message))")
      if let evidence = finding.source {
        lines.append("  - \(comparison.source.language.rawValue): \(Self.marked(evidence, in: comparison.source))")
      }
      if let evidence = finding.target {
        lines.append("  - \(comparison.target.language.rawValue): \(Self.marked(evidence, in: comparison.target))")
      }
    }
    if ordered.count > maximumListed {
      lines += ["", "…and \(ordered.count - maximumListed) more; run `claimdiff compare` for the full report."]
    }
    let notes = comparison.closingNotes
    if !notes.isEmpty { lines += [""] + notes.map { "> \(Self.escape($0))" } }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The evidence's sentence with the evidence in bold.
  static func marked(_ evidence: Evidence, in article: Article) -> String {
    let plain = TextRenderer.marked(evidence, in: article)
    return escape(plain).replacingOccurrences(of: "»", with: "**").replacingOccurrences(of: "«", with: "**")
  }

  /// Markdown's active characters made literal.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      if "\\`*_[]<>|#".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
