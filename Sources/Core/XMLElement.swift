/// An element of an XML document as plain data: what Ingest reads with libxml2 and other stages
/// (the TBX glossary reader) walk without touching libxml2.
public struct XMLElement: Sendable, Equatable {
  /// The local name, without a namespace prefix: "termEntry", "langSec".
  public var name: String
  /// Attributes by local name; `xml:lang` is under "lang".
  public var attributes: [String: String]
  public var children: [XMLElement]
  /// The element's own text, its children's excluded, whitespace kept.
  public var text: String
  /// The line the element starts on in the file.
  public var line: Int

  public init(name: String, attributes: [String: String] = [:], children: [XMLElement] = [], text: String = "", line: Int = 0) {
    self.name = name
    self.attributes = attributes
    self.children = children
    self.text = text
    self.line = line
  }

  /// The element's text and all its descendants' text, in document order.
  public var allText: String { text + children.map(\.allText).joined() }

  /// Every descendant element named `name`, in document order.
  public func descendants(named name: String) -> [XMLElement] {
    children.flatMap { ($0.name == name ? [$0] : []) + $0.descendants(named: name) }
  }
}
