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
  /// Findings that suppression comments in the articles silenced.
  public var suppressed: [Finding] = []
  /// What a baseline accepted, when the run used one.
  public var baseline: BaselineOutcome?

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

  /// Reports only the findings `baseline` has not accepted.
  public mutating func apply(_ baseline: Baseline) {
    let (fresh, outcome) = baseline.apply(to: findings)
    findings = fresh
    self.baseline = outcome
  }

  /// The notes a report prints after its findings: the run's notices, then what suppressions
  /// and the baseline left out.
  public var closingNotes: [String] {
    var notes = notices.map(\.description)
    if !suppressed.isEmpty { notes.append("\(suppressed.count) findings suppressed by claimdiff-disable comments") }
    if let baseline {
      notes.append(
        "\(baseline.accepted) findings accepted by the baseline; \(baseline.stale) baseline entries no longer occur"
          + (baseline.stale > 0 ? " (write the baseline again to drop them)" : ""))
    }
    return notes
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
