import Core
import Foundation

/// A discrepancy between the two articles: the rule that found it, how much it matters, what
/// differs, and the evidence on each side (one side only for an omission or an addition).
public struct Finding: Sendable, Codable, Equatable, Hashable {
  /// Stable across runs: a hash of the rule and both evidences' texts.
  public var id: String
  public var rule: String
  public var severity: Severity
  public var message: String
  public var source: Evidence?
  public var target: Evidence?

  public init(rule: String, severity: Severity, message: String, source: Evidence?, target: Evidence?) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.source = source
    self.target = target
    self.id = StableHash.hex(of: [rule, source?.text ?? "", target?.text ?? ""])
  }
}

extension Finding {
  /// A finding whose main evidence is on `side`, with `other` (if any) on the other side.
  init(rule: String, severity: Severity, message: String, evidence: Evidence, on side: Side, other: Evidence?) {
    self.init(
      rule: rule, severity: severity, message: message, source: side == .source ? evidence : other,
      target: side == .target ? evidence : other)
  }
}
