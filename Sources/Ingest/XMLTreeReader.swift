import CLibXML2
import Core
import Foundation

/// Reads an XML file (a TBX term base) into plain `XMLElement` values, safely: no network, no
/// external DTD or entities, entity references left unexpanded, and a depth limit, so that a
/// hostile file can neither reach out nor blow up.
public struct XMLTreeReader: Sendable {
  /// Elements nested deeper than this are not read.
  public var maximumDepth = 256

  public init() {}

  private static let parserInitialized: Bool = {
    xmlInitParser()
    return true
  }()

  public func read(bytes: [UInt8], path: String) throws(IngestError) -> XMLElement {
    _ = Self.parserInitialized
    guard !bytes.isEmpty else { throw .empty(path: path) }
    let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
    let document = bytes.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { xmlReadMemory($0.baseAddress, Int32(clamping: $0.count), path, nil, options) }
    }
    guard let document else {
      let reason = xmlGetLastError().map { error -> String in
        let message = error.pointee.message.map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) } ?? "malformed"
        return "line \(error.pointee.line): \(message)"
      } ?? "malformed XML"
      throw .unreadable(path: path, reason: "not well-formed XML (\(reason))")
    }
    defer { xmlFreeDoc(document) }
    guard let root = xmlDocGetRootElement(document) else { throw .noText(path: path) }
    return element(root, depth: 0)
  }

  private func element(_ node: xmlNodePtr, depth: Int) -> XMLElement {
    var result = XMLElement(name: String(cString: node.pointee.name), line: Int(xmlGetLineNo(node)))
    var attribute = node.pointee.properties
    while let current = attribute {
      let name = String(cString: current.pointee.name)
      if let value = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 0) {
        result.attributes[name] = String(cString: value)
        claimdiff_xml_free(value)
      }
      attribute = current.pointee.next
    }
    var child = node.pointee.children
    while let current = child {
      switch current.pointee.type {
      case XML_ELEMENT_NODE:
        if depth < maximumDepth { result.children.append(element(current, depth: depth + 1)) }
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = current.pointee.content { result.text += String(cString: content) }
      default:
        // Entity references, comments and processing instructions carry no terms; an entity
        // reference is never expanded.
        break
      }
      child = current.pointee.next
    }
    return result
  }
}
