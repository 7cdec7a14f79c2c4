import Foundation

/// Something a stage wants the user to know that did not stop the run: a figure that did
/// not parse, a rule that failed, a glossary line skipped. Findings are the product; notices
/// are about the run.
public struct Notice: Sendable, Codable, Hashable, CustomStringConvertible {
  /// Where it happened: a file path, "glossary", or a rule id.
  public var location: String
  public var message: String

  public init(location: String, message: String) {
    self.location = location
    self.message = message
  }

  public var description: String { "\(location): \(message)" }
}
