import Core
import Foundation

/// What a rule is, for listings, SARIF metadata, help text and tests: its id, default
/// severity, what it means, why it matters, and examples that must and must not trigger it.
public struct RuleSpec: Sendable, Equatable {
  public var id: String
  public var severity: Severity
  public var summary: String
  public var rationale: String
  /// Pairs the rule must stay silent on.
  public var nonTriggering: [RuleExample]
  /// Pairs the rule must report; "↓" marks where the evidence starts, once per reported side.
  public var triggering: [RuleExample]

  public init(
    id: String, severity: Severity, summary: String, rationale: String, nonTriggering: [RuleExample],
    triggering: [RuleExample]
  ) {
    self.id = id
    self.severity = severity
    self.summary = summary
    self.rationale = rationale
    self.nonTriggering = nonTriggering
    self.triggering = triggering
  }

  /// The rule's kind, the part of the id before the dot: "quantity" for "quantity.value".
  public var kind: String { String(id.prefix { $0 != "." }) }
}

/// An English/Italian example for a rule, as raw text.
public struct RuleExample: Sendable, Equatable {
  public var english: String
  public var italian: String
  /// The publication date both articles share, for time examples.
  public var published: SimpleDate
  /// The message the finding must carry, when the example pins it.
  public var message: String?

  public static let marker: Character = "↓"

  public static func pair(en: String, it: String, published: SimpleDate = SimpleDate(year: 2017, month: 5, day: 3), message: String? = nil)
    -> RuleExample
  {
    RuleExample(english: en, italian: it, published: published, message: message)
  }
}
