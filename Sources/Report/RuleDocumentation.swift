import Core
import Diff
import Foundation

/// Rule documentation generated from the rules' own specs, never written twice.
public enum RuleDocumentation {
  /// `quantity.value  error  Aligned claims give different values for the same quantity`
  public static func short(_ spec: RuleSpec) -> String {
    let id = spec.id.padding(toLength: 24, withPad: " ", startingAt: 0)
    let severity = spec.severity.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
    return "\(id)\(severity)\(spec.summary)"
  }

  public static func long(_ spec: RuleSpec) -> String {
    var lines = ["\(spec.id) (\(spec.severity.rawValue))", spec.summary, "", spec.rationale, "", "Reports:"]
    for example in spec.triggering {
      lines.append("  en: \(example.english)")
      lines.append("  it: \(example.italian)")
      if let message = example.message { lines.append("  → \(message)") }
      lines.append("")
    }
    lines.append("Stays silent on:")
    for example in spec.nonTriggering {
      lines.append("  en: \(example.english)")
      lines.append("  it: \(example.italian)")
      lines.append("")
    }
    return lines.joined(separator: "\n")
  }
}
