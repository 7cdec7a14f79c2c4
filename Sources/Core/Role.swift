import Foundation

/// What a block of an article is. Only title, heading, body, quote and list blocks make claims;
/// captions and credits are kept so that reports can show them, and datelines feed the date.
public enum Role: String, Sendable, Codable, CaseIterable, Hashable {
  case title
  case heading
  case body
  case quote
  case list
  case caption
  case credit
  case dateline

  /// Whether sentences in this role assert facts that are compared across languages.
  public var makesClaims: Bool {
    switch self {
    case .title, .heading, .body, .quote, .list: true
    case .caption, .credit, .dateline: false
    }
  }
}
