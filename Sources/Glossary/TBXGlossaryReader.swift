import Core
import Foundation

/// Reads a TBX term base (ISO 30042): TBX-Basic v3 (`<tbx>`, `conceptEntry`, `langSec`,
/// `termSec`) and the older TBX v2 (`<martif>`, `termEntry`, `langSet`, `tig`/`ntig`), the
/// formats translation teams' tools export.
///
/// Each entry with an English and an Italian term becomes a term of the base: its terms in each
/// language are its forms, preferred first. TBX has no claimdiff category, so an entry names
/// one in `<descrip type="category">` (or `<admin type="category">`): person, organisation,
/// place, content… (`Glossary/README.md`); without it a proper noun is read as an organisation
/// (a name, matched as written) and anything else as a thing. Entries with one language only
/// are skipped, since they pair nothing. The XML itself is read by Ingest's `XMLTreeReader`,
/// with the network and external entities off.
public struct TBXGlossaryReader: Sendable {
  public init() {}

  public func parse(_ root: XMLElement, path: String) throws(GlossaryError) -> [Term] {
    guard root.name == "tbx" || root.name == "martif" else {
      throw .invalid(problems: [
        GlossaryProblem(path: path, line: root.line, message: "the root element is <\(root.name)>, not <tbx> or <martif>; give a TBX file")
      ])
    }
    var problems: [GlossaryProblem] = []
    var terms: [Term] = []
    var seen: [String: Int] = [:]
    let entries = root.descendants(named: "conceptEntry") + root.descendants(named: "termEntry")
    for entry in entries {
      var english: [String] = []
      var italian: [String] = []
      var properNoun = false
      for section in entry.children where section.name == "langSec" || section.name == "langSet" {
        let language = (section.attributes["lang"] ?? "").lowercased()
        let forms = section.descendants(named: "term").map { $0.allText.trimmingCharacters(in: .whitespacesAndNewlines) }
          .filter { !$0.isEmpty }
        properNoun = properNoun
          || section.descendants(named: "termNote").contains {
            $0.attributes["type"] == "partOfSpeech" && $0.allText.trimmingCharacters(in: .whitespaces).lowercased() == "propernoun"
          }
        if language == "en" || language.hasPrefix("en-") || language.hasPrefix("en_") { english += forms }
        if language == "it" || language.hasPrefix("it-") || language.hasPrefix("it_") { italian += forms }
      }
      guard !english.isEmpty, !italian.isEmpty else { continue }
      let stated = (entry.children.filter { ($0.name == "descrip" || $0.name == "admin") && $0.attributes["type"] == "category" })
        .first.map { $0.allText.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
      let category: TermCategory
      if let stated {
        guard let known = TermCategory(rawValue: stated) else {
          problems.append(
            GlossaryProblem(
              path: path, line: entry.line,
              message: "unknown category '\(stated)'; use one of \(TermCategory.allCases.map(\.rawValue).joined(separator: ", "))"))
          continue
        }
        category = known
      } else {
        category = properNoun ? .organisation : .thing
      }
      let id = english[0]
      if let first = seen[Folding.fold(id)] {
        problems.append(
          GlossaryProblem(path: path, line: entry.line, message: "duplicate entry '\(id)', first defined on line \(first); merge the two entries"))
        continue
      }
      seen[Folding.fold(id)] = entry.line
      let note = entry.descendants(named: "note").first.map { $0.allText.trimmingCharacters(in: .whitespacesAndNewlines) }
      terms.append(
        Term(id: id, english: unique(english), italian: unique(italian), category: category, note: note, origin: "\(path):\(entry.line)"))
    }
    if !problems.isEmpty { throw .invalid(problems: problems) }
    if terms.isEmpty {
      throw .invalid(problems: [
        GlossaryProblem(path: path, line: root.line, message: "no entry has both an English and an Italian term; add langSec/langSet sections for en and it")
      ])
    }
    return terms
  }

  private func unique(_ forms: [String]) -> [String] {
    var seen = Set<String>()
    return forms.filter { seen.insert($0).inserted }
  }
}
