import Core
import Diff
import Foundation

/// The JSON report of DESIGN.md, schema version 1.
public struct JSONRenderer: ReportRenderer {
  public init() {}

  struct Document: Encodable {
    var schemaVersion = 1
    var tool = JSONTool()
    var source: JSONArticle
    var target: JSONArticle
    var alignment: [JSONAlignment]
    var findings: [Finding]
    var summary: JSONSummary
    var suppressed: Int
    var baseline: BaselineOutcome?
  }

  public func render(_ comparison: Comparison) -> String {
    let summary = comparison.summary
    return JSONOutput.encode(
      Document(
        source: JSONArticle(comparison.source), target: JSONArticle(comparison.target),
        alignment: comparison.pairs.map(JSONAlignment.init),
        findings: comparison.findings,
        summary: JSONSummary(error: summary[.error] ?? 0, warning: summary[.warning] ?? 0, info: summary[.info] ?? 0),
        suppressed: comparison.suppressed.count, baseline: comparison.baseline))
  }
}
