import Core
import Foundation

/// Reads the TSV glossary format documented in `Glossary/README.md`:
///
/// ```
/// en<TAB>it<TAB>category<TAB>aliases<TAB>note
/// extremist<TAB>estremista<TAB>people<TAB><TAB>a person, never content
/// Islamic State|ISIL<TAB>Stato Islamico<TAB>organisation<TAB>Daesh|IS|ISIS|Isis<TAB>
/// ```
///
/// The header line is required; lines starting with "#" and blank lines are skipped. Several
/// forms in a column are separated by "|", the preferred first. Every problem is collected
/// before failing, each with its line.
public struct TSVGlossaryReader: Sendable {
  public static let columns = ["en", "it", "category", "aliases", "note"]

  public init() {}

  public func read(path: String) throws(GlossaryError) -> [Term] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(path: path, reason: FileManager.default.fileExists(atPath: path) ? "permission denied or a directory" : "no such file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .invalid(problems: [GlossaryProblem(path: path, line: 1, message: "the file is not UTF-8; save it as UTF-8")])
    }
    return try parse(text, path: path)
  }

  public func parse(_ text: String, path: String) throws(GlossaryError) -> [Term] {
    var problems: [GlossaryProblem] = []
    var terms: [Term] = []
    var sawHeader = false
    var firstLine: [String: Int] = [:]
    // Lines and fields are cut on their UTF-8 bytes: a 100,000-entry term base must load in
    // well under a second, and Character-by-Character splitting does not.
    let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    for (offset, rawLine) in lines.enumerated() {
      let lineNumber = offset + 1
      var line = Substring(rawLine)
      if line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
      if line.utf8.last == UInt8(ascii: "\r") { line = line.dropLast() }
      if line.utf8.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) || line.utf8.first == UInt8(ascii: "#") { continue }
      let fields = line.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
        Self.trimmed(Substring($0))
      }
      if !sawHeader {
        sawHeader = true
        let header = fields.map { $0.lowercased() }
        if Array(header.prefix(3)) != Array(Self.columns.prefix(3)) {
          problems.append(
            GlossaryProblem(
              path: path, line: lineNumber,
              message: "expected the header 'en<TAB>it<TAB>category<TAB>aliases<TAB>note', found '\(fields.joined(separator: "<TAB>"))'; add the header as the first line"))
          if fields.count < 3 { continue }
        } else {
          continue
        }
      }
      guard fields.count >= 3 else {
        problems.append(
          GlossaryProblem(
            path: path, line: lineNumber,
            message: "expected at least 3 tab-separated columns (en, it, category), found \(fields.count); separate the columns with tabs"))
        continue
      }
      guard fields.count <= 5 else {
        problems.append(
          GlossaryProblem(
            path: path, line: lineNumber,
            message: "expected at most 5 tab-separated columns (en, it, category, aliases, note), found \(fields.count); remove the extra tabs"))
        continue
      }
      let english = Self.forms(fields[0])
      let italian = Self.forms(fields[1])
      let aliases = fields.count > 3 ? Self.forms(fields[3]) : []
      guard let category = TermCategory(rawValue: fields[2].lowercased()) else {
        let names = TermCategory.allCases.map(\.rawValue)
        let nearest = Folding.nearest(fields[2].lowercased(), among: names, limit: 9)
        problems.append(
          GlossaryProblem(
            path: path, line: lineNumber,
            message: "unknown category '\(fields[2])'\(nearest.map { "; did you mean '\($0)'?" } ?? ""); use one of \(names.joined(separator: ", "))"))
        continue
      }
      guard !english.isEmpty || !aliases.isEmpty, !italian.isEmpty || !aliases.isEmpty else {
        problems.append(
          GlossaryProblem(
            path: path, line: lineNumber, message: "the entry needs an English and an Italian form, or an alias used in both; fill in the en and it columns"))
        continue
      }
      let id = english.first ?? aliases[0]
      let key = Folding.fold(id)
      if let previous = firstLine[key] {
        problems.append(
          GlossaryProblem(
            path: path, line: lineNumber,
            message: "duplicate entry '\(id)', first defined on line \(previous); merge the two lines into one"))
        continue
      }
      firstLine[key] = lineNumber
      let note = fields.count > 4 && !fields[4].isEmpty ? fields[4] : nil
      terms.append(
        Term(id: id, english: english, italian: italian, aliases: aliases, category: category, note: note, origin: path + ":" + String(lineNumber)))
    }
    if !sawHeader {
      problems.append(GlossaryProblem(path: path, line: 1, message: "the file has no entries; add the header line and at least one entry"))
    }
    if !problems.isEmpty { throw .invalid(problems: problems) }
    return terms
  }

  static func forms(_ field: String) -> [String] {
    guard field.utf8.contains(UInt8(ascii: "|")) else { return field.isEmpty ? [] : [field] }
    return field.utf8.split(separator: UInt8(ascii: "|")).map { trimmed(Substring($0)) }.filter { !$0.isEmpty }
  }

  /// The field without the spaces around it.
  /// The field without spaces, tabs and no-break spaces (U+00A0, bytes C2 A0) at either end,
  /// trimmed on its bytes.
  static func trimmed(_ field: Substring) -> String {
    var bytes = field.utf8[...]
    while true {
      if bytes.first == 0x20 || bytes.first == 0x09 {
        bytes = bytes.dropFirst()
      } else if bytes.first == 0xC2, bytes.dropFirst().first == 0xA0 {
        bytes = bytes.dropFirst(2)
      } else {
        break
      }
    }
    while true {
      if bytes.last == 0x20 || bytes.last == 0x09 {
        bytes = bytes.dropLast()
      } else if bytes.last == 0xA0, bytes.dropLast().last == 0xC2 {
        bytes = bytes.dropLast(2)
      } else {
        break
      }
    }
    return String(Substring(bytes))
  }
}
