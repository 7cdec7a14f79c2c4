/// What a term names. Categories decide how a claim is read: a number that counts `people`
/// and one that counts `content` count different things even when the values agree.
public enum TermCategory: String, Sendable, Codable, CaseIterable, Hashable {
  /// A named person: "Rob Wainwright".
  case person
  /// A noun for people: extremist/estremista, official/funzionario, hostage/ostaggio.
  case people
  /// A named organisation or group: Europol, Daesh, NATO.
  case organisation
  /// A named place: country, city, region.
  case place
  /// A noun for pieces of content: item/elemento, video, post, account, message.
  case content
  /// A noun for a tool, service or channel: platform/piattaforma, app, website.
  case platform
  /// A role or title: director/direttore, minister/ministro.
  case role
  /// A unit of measure: metre, mile, kilogram, percent.
  case unit
  /// A currency: euro, dollar, pound.
  case currency
  /// A word of time: hour/ora, day/giorno, year/anno.
  case time
  /// A named event, operation or law: Brexit, Article 50.
  case event
  /// A verb of saying: said/ha detto, told, explained/ha spiegato.
  case speech
  /// A nationality, religion or language adjective: British/britannico, Arabic/arabo.
  case nationality
  /// Any other countable thing: vehicle, building, weapon, case.
  case thing

  /// A plural noun for messages: "people", "content items".
  public var displayName: String {
    switch self {
    case .person: "a person"
    case .people: "people"
    case .organisation: "an organisation"
    case .place: "a place"
    case .content: "content"
    case .platform: "platforms or services"
    case .role: "a role"
    case .unit: "a unit"
    case .currency: "money"
    case .time: "time"
    case .event: "an event"
    case .speech: "speech"
    case .nationality: "a nationality"
    case .thing: "things"
    }
  }

  /// Whether terms of this category are proper names (entities) rather than common nouns.
  public var isName: Bool {
    switch self {
    case .person, .organisation, .place, .event: true
    default: false
    }
  }
}
