import Core
import Foundation

/// A block of text as a cleaner found it, before the article is assembled.
struct RawBlock: Sendable, Equatable {
  var text: String
  var role: Role
  /// Whether the cleaner is sure of the role (from markup) or guessed it (from plain text).
  var isMarkedUp: Bool

  init(text: String, role: Role, isMarkedUp: Bool) {
    self.text = text
    self.role = role
    self.isMarkedUp = isMarkedUp
  }
}

/// What a page says about itself, apart from its text.
struct PageMetadata: Sendable, Equatable {
  var titles: [String] = []
  var published: SimpleDate?
  /// Whether `published` was read from a UTC timestamp ("…T02:25:54Z"), whose date may be
  /// the day after the publisher's own.
  var publishedInUTC = false
  var author: String?
  var declaredLanguage: String?
}
