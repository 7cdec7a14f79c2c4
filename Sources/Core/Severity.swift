import Foundation

/// How much a finding matters. Ordered: `info` < `warning` < `error`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable, Hashable {
  case info
  case warning
  case error

  private var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

  /// One level below: what a rule reports when the difference it found is a lesser one (a
  /// dropped hedge, a name the other side gives elsewhere). Info stays info.
  public var lowered: Severity {
    switch self {
    case .error: .warning
    case .warning, .info: .info
    }
  }
}
