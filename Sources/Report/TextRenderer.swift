import Align
import Core
import Diff
import Foundation
import Ingest

/// The report a person reads in a terminal: each finding with its rule, severity and message,
/// then both sentences with the evidence marked »like this«, source first.
public struct TextRenderer: ReportRenderer {
  public init() {}

  public func render(_ comparison: Comparison) -> String {
    var lines: [String] = []
    let source = comparison.source
    let target = comparison.target
    lines.append("claimdiff \(ToolInfo.version): \(source.path) (\(source.language.name)) → \(target.path) (\(target.language.name))")
    lines.append(
      "\(source.sentences.count) and \(target.sentences.count) sentences, \(comparison.pairs.filter(\.isMatched).count) aligned groups")
    lines.append("")
    for finding in comparison.findings {
      lines.append("\(finding.severity.rawValue): \(finding.rule): \(finding.message)")
      if let evidence = finding.source { lines.append("  \(source.language.rawValue) [\(evidence.sentence)] \(Self.marked(evidence, in: source))") }
      if let evidence = finding.target { lines.append("  \(target.language.rawValue) [\(evidence.sentence)] \(Self.marked(evidence, in: target))") }
      lines.append("")
    }
    for note in comparison.closingNotes { lines.append("note: \(note)") }
    let summary = comparison.summary
    lines.append("\(summary[.error] ?? 0) errors, \(summary[.warning] ?? 0) warnings, \(summary[.info] ?? 0) infos")
    return lines.joined(separator: "\n") + "\n"
  }

  /// The evidence's sentence with the evidence between » and «.
  static func marked(_ evidence: Evidence, in article: Article) -> String {
    guard article.sentences.indices.contains(evidence.sentence) else { return evidence.text }
    let sentence = article.sentences[evidence.sentence]
    let scalars = Array(sentence.text.unicodeScalars)
    let start = evidence.range.start - sentence.range.start
    let end = evidence.range.end - sentence.range.start
    guard start >= 0, end <= scalars.count, start <= end else { return evidence.text }
    if start == 0 && end == scalars.count { return sentence.text }
    func text(_ slice: ArraySlice<Unicode.Scalar>) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: slice)
      return String(view)
    }
    return text(scalars[..<start]) + "»" + text(scalars[start..<end]) + "«" + text(scalars[end...])
  }
}
