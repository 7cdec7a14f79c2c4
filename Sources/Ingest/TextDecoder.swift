import Foundation

/// Turns an input's bytes into text, choosing the encoding the way browsers do: a byte-order
/// mark first, then a declaration (`<meta charset>`, `<meta http-equiv>`, the XML
/// declaration), then detection: valid UTF-8 is UTF-8, anything else is windows-1252, which
/// Italian and English sites still serve and which is a superset of ISO-8859-1's printable range.
struct TextDecoder {
  struct Decoded {
    var text: String
    var encoding: String
  }

  let path: String

  func decode(_ bytes: [UInt8], isMarkup: Bool) throws(IngestError) -> Decoded {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return try utf8(Array(bytes.dropFirst(3)))
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let littleEndian = bytes[0] == 0xFF
      guard let text = String(data: Data(bytes.dropFirst(2)), encoding: littleEndian ? .utf16LittleEndian : .utf16BigEndian)
      else { throw .undecodable(path: path, encoding: littleEndian ? "UTF-16LE" : "UTF-16BE") }
      return Decoded(text: text, encoding: littleEndian ? "utf-16le" : "utf-16be")
    }
    let declared = isMarkup ? Self.declaredCharset(in: bytes) : nil
    switch declared {
    case .some(let name) where Self.isWindows1252Family(name):
      return windows1252(bytes)
    case .some(let name) where name == "utf-8" || name == "utf8":
      // A page that says UTF-8 but is not is common enough; fall back rather than fail.
      if let decoded = try? utf8(bytes) { return decoded }
      return windows1252(bytes)
    default:
      if let decoded = try? utf8(bytes) { return decoded }
      return windows1252(bytes)
    }
  }

  private func utf8(_ bytes: [UInt8]) throws(IngestError) -> Decoded {
    guard let text = String(validating: bytes, as: UTF8.self) else { throw .undecodable(path: path, encoding: "UTF-8") }
    return Decoded(text: text, encoding: "utf-8")
  }

  private func windows1252(_ bytes: [UInt8]) -> Decoded {
    // Foundation maps the five bytes windows-1252 leaves undefined to U+FFFD-free C1 controls.
    let text = String(data: Data(bytes), encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
    return Decoded(text: text, encoding: "windows-1252")
  }

  static func isWindows1252Family(_ name: String) -> Bool {
    ["windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "iso-8859-15", "iso8859-15", "us-ascii", "ascii"]
      .contains(name)
  }

  /// The charset named in the first 4 KiB of markup: `<meta charset="…">`,
  /// `<meta http-equiv="Content-Type" content="…; charset=…">` or `<?xml … encoding="…"?>`.
  static func declaredCharset(in bytes: [UInt8]) -> String? {
    // The head lowercased, with every byte beyond ASCII a space, searched on its bytes.
    let head = bytes.prefix(4096).map { byte -> UInt8 in (0x41...0x5A).contains(byte) ? byte + 0x20 : byte < 0x80 ? byte : 0x20 }
    func isValueByte(_ byte: UInt8) -> Bool {
      (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }
    for marker in ["charset=", "encoding="].map({ Array($0.utf8) }) where marker.count <= head.count {
      for start in 0...(head.count - marker.count) where head[start..<(start + marker.count)].elementsEqual(marker) {
        var index = start + marker.count
        while index < head.count, [UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: " ")].contains(head[index]) { index += 1 }
        let valueStart = index
        while index < head.count, isValueByte(head[index]) { index += 1 }
        if index > valueStart { return String(decoding: head[valueStart..<index], as: UTF8.self) }
      }
    }
    return nil
  }
}
