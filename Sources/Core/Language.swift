import Foundation

/// A language claimdiff reads. Source and target may each be either one.
public enum Language: String, Sendable, Codable, CaseIterable, Hashable, CustomStringConvertible {
  case english = "en"
  case italian = "it"

  /// The language's name in English, for messages: "English", "Italian".
  public var name: String {
    switch self {
    case .english: "English"
    case .italian: "Italian"
    }
  }

  public var description: String { rawValue }

  /// Parses a code such as "en", "EN", "it-IT" or "en_GB".
  public init?(code: String) {
    let base = code.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
    self.init(rawValue: base)
  }
}
