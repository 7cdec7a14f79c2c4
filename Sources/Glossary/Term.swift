import Core

/// One concept of the term base with its forms in each language.
public struct Term: Sendable, Codable, Equatable, Hashable {
  /// A stable id: the first English form, or "region:BE" for CLDR countries.
  public var id: String
  /// Forms by language, preferred first: en ["extremist"], it ["estremista"].
  public var english: [String]
  public var italian: [String]
  /// Forms valid in either language: acronyms and names ("ISIL", "Daesh", "Europol").
  public var aliases: [String]
  public var category: TermCategory
  public var note: String?
  /// Where the term came from: "Glossary/en-it.tsv:12", "CLDR".
  public var origin: String

  public init(
    id: String, english: [String], italian: [String], aliases: [String] = [], category: TermCategory, note: String? = nil,
    origin: String
  ) {
    self.id = id
    self.english = english
    self.italian = italian
    self.aliases = aliases
    self.category = category
    self.note = note
    self.origin = origin
  }

  public func forms(in language: Language) -> [String] {
    switch language {
    case .english: english
    case .italian: italian
    }
  }

  /// The name to show for the term in a language: its preferred form, or an alias.
  public func preferred(in language: Language) -> String {
    forms(in: language).first ?? aliases.first ?? id
  }
}
