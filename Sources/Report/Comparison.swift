import Align
import Claims
import Core
import Diff
import Foundation
import Ingest

/// The result of comparing two articles: both articles and their claims, the alignment, the
/// findings, and the notices the run produced. Every renderer reads this one value.
public struct Comparison: Sendable {
  public var source: Article
  public var target: Article
  public var sourceClaims: [Claim]
  public var targetClaims: [Claim]
  public var pairs: [ClaimPair]
  public var findings: [Finding]
  public var notices: [Notice]

  public init(
    source: Article, target: Article, sourceClaims: [Claim], targetClaims: [Claim], pairs: [ClaimPair], findings: [Finding],
    notices: [Notice]
  ) {
    self.source = source
    self.target = target
    self.sourceClaims = sourceClaims
    self.targetClaims = targetClaims
    self.pairs = pairs
    self.findings = findings
    self.notices = notices
  }

  /// How many findings there are of each severity.
  public var summary: [Severity: Int] {
    var counts: [Severity: Int] = [.error: 0, .warning: 0, .info: 0]
    for finding in findings { counts[finding.severity, default: 0] += 1 }
    return counts
  }
}

/// A renderer turns a comparison into the bytes of one output format.
public protocol ReportRenderer: Sendable {
  func render(_ comparison: Comparison) -> String
}

/// The tool's name and version, as reports state them.
public enum ToolInfo {
  public static let name = "claimdiff"
  public static let version = "0.1.0"
}
