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
    var text = text
    // Lines and fields are cut on the UTF-8 bytes: a 100,000-entry term base must load in well
    // under a second, and Character-by-Character splitting does not.
    let (terms, problems) = text.withUTF8 { parse($0, path: path) }
    if !problems.isEmpty { throw .invalid(problems: problems) }
    return terms
  }

  /// What a run of lines yields: its terms, each with its folded id and line for the duplicate
  /// check, and its problems, in line order.
  private struct Run: Sendable {
    var sawHeader: Bool
    var terms: [Term] = []
    var keys: [String] = []
    var lines: [Int] = []
    var problems: [GlossaryProblem] = []
  }

  /// Files this large are parsed in runs of lines on every core.
  public static let parallelBytes = 1 << 20

  private func parse(_ bytes: UnsafeBufferPointer<UInt8>, path: String) -> (terms: [Term], problems: [GlossaryProblem]) {
    // The header is the first line that is neither blank nor a comment; the runs after it can be
    // read apart, each starting on a line of its own.
    var headerEnd = 0
    while headerEnd < bytes.count {
      let lineEnd = Self.lineEnd(bytes, from: headerEnd)
      let isSkipped = Self.isSkipped(Self.line(bytes, headerEnd..<lineEnd))
      headerEnd = min(bytes.count, lineEnd + 1)
      if !isSkipped { break }
    }
    var bounds = [0, headerEnd]
    let workers = ProcessInfo.processInfo.activeProcessorCount
    if bytes.count - headerEnd >= Self.parallelBytes, workers > 1 {
      for worker in 1..<workers {
        let middle = headerEnd + (bytes.count - headerEnd) * worker / workers
        bounds.append(max(bounds[bounds.count - 1], min(bytes.count, Self.lineEnd(bytes, from: middle) + 1)))
      }
    }
    bounds.append(bytes.count)
    // Each run's first line number: one more than the line breaks before it.
    var firstLines = [1]
    for run in 1..<bounds.count - 1 {
      var breaks = firstLines[run - 1]
      for index in bounds[run - 1]..<bounds[run] where bytes[index] == UInt8(ascii: "\n") { breaks += 1 }
      firstLines.append(breaks)
    }
    let runCount = bounds.count - 1
    let results = ChunkResults<Run>(count: runCount)
    // The workers only read the buffer, which outlives them: concurrentPerform returns after all.
    nonisolated(unsafe) let text = bytes
    let runBounds = bounds
    let runLines = firstLines
    DispatchQueue.concurrentPerform(iterations: runCount) { run in
      results.set(run, parseLines(text, runBounds[run]..<runBounds[run + 1], firstLine: runLines[run], path: path, sawHeader: run > 0))
    }
    let runs = results.values

    // Duplicates in file order: the first definition stands and every later one is reported.
    var terms: [Term] = []
    terms.reserveCapacity(runs.reduce(0) { $0 + $1.terms.count })
    var firstLine: [String: Int] = [:]
    firstLine.reserveCapacity(terms.capacity)
    var problems = runs.flatMap(\.problems)
    for run in runs {
      for (offset, term) in run.terms.enumerated() {
        let key = run.keys[offset]
        let lineNumber = run.lines[offset]
        if let previous = firstLine[key] {
          problems.append(
            GlossaryProblem(
              path: path, line: lineNumber,
              message: "duplicate entry '\(term.id)', first defined on line \(previous); merge the two lines into one"))
          continue
        }
        firstLine[key] = lineNumber
        terms.append(term)
      }
    }
    problems = problems.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
    if !runs[0].sawHeader {
      problems.append(GlossaryProblem(path: path, line: 1, message: "the file has no entries; add the header line and at least one entry"))
    }
    return (terms, problems)
  }

  private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var end = start
    while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
    return end
  }

  /// A line without its byte-order mark (EF BB BF) and Windows line ending.
  private static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
    var start = range.lowerBound
    var end = range.upperBound
    if end - start >= 3, bytes[start] == 0xEF, bytes[start + 1] == 0xBB, bytes[start + 2] == 0xBF { start += 3 }
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return UnsafeBufferPointer(rebasing: bytes[start..<end])
  }

  /// A blank line or a comment.
  private static func isSkipped(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    line.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } || line.first == UInt8(ascii: "#")
  }

  /// The terms and problems of the lines in `range`, the first of which is line `firstLine`.
  private func parseLines(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, firstLine: Int, path: String, sawHeader: Bool) -> Run {
    var run = Run(sawHeader: sawHeader)
    run.terms.reserveCapacity(range.count / 48)
    var lineStart = range.lowerBound
    var lineNumber = firstLine - 1
    var fields: [String] = []
    while lineStart < range.upperBound {
      let lineEnd = Self.lineEnd(bytes, from: lineStart)
      defer { lineStart = lineEnd + 1 }
      lineNumber += 1
      let line = Self.line(bytes, lineStart..<lineEnd)
      if Self.isSkipped(line) { continue }
      fields.removeAll(keepingCapacity: true)
      var fieldStart = 0
      for index in 0...line.count where index == line.count || line[index] == UInt8(ascii: "\t") {
        fields.append(Self.trimmed(UnsafeBufferPointer(rebasing: line[fieldStart..<index])))
        fieldStart = index + 1
      }
      if !run.sawHeader {
        run.sawHeader = true
        let header = fields.map { $0.lowercased() }
        if Array(header.prefix(3)) != Array(Self.columns.prefix(3)) {
          run.problems.append(
            GlossaryProblem(
              path: path, line: lineNumber,
              message: "expected the header 'en<TAB>it<TAB>category<TAB>aliases<TAB>note', found '\(fields.joined(separator: "<TAB>"))'; add the header as the first line"))
          if fields.count < 3 { continue }
        } else {
          continue
        }
      }
      guard fields.count >= 3 else {
        run.problems.append(
          GlossaryProblem(
            path: path, line: lineNumber,
            message: "expected at least 3 tab-separated columns (en, it, category), found \(fields.count); separate the columns with tabs"))
        continue
      }
      guard fields.count <= 5 else {
        run.problems.append(
          GlossaryProblem(
            path: path, line: lineNumber,
            message: "expected at most 5 tab-separated columns (en, it, category, aliases, note), found \(fields.count); remove the extra tabs"))
        continue
      }
      let english = Self.forms(fields[0])
      let italian = Self.forms(fields[1])
      let aliases = fields.count > 3 ? Self.forms(fields[3]) : []
      guard let category = Self.category(fields[2]) else {
        let names = TermCategory.allCases.map(\.rawValue)
        let nearest = Folding.nearest(fields[2].lowercased(), among: names, limit: 9)
        run.problems.append(
          GlossaryProblem(
            path: path, line: lineNumber,
            message: "unknown category '\(fields[2])'\(nearest.map { "; did you mean '\($0)'?" } ?? ""); use one of \(names.joined(separator: ", "))"))
        continue
      }
      guard !english.isEmpty || !aliases.isEmpty, !italian.isEmpty || !aliases.isEmpty else {
        run.problems.append(
          GlossaryProblem(
            path: path, line: lineNumber, message: "the entry needs an English and an Italian form, or an alias used in both; fill in the en and it columns"))
        continue
      }
      let id = english.first ?? aliases[0]
      let note = fields.count > 4 && !fields[4].isEmpty ? fields[4] : nil
      run.terms.append(
        Term(id: id, english: english, italian: italian, aliases: aliases, category: category, note: note, origin: path + ":" + String(lineNumber)))
      run.keys.append(Folding.fold(id))
      run.lines.append(lineNumber)
    }
    return run
  }

  /// The category a field names, in any case: "people", "People".
  private static func category(_ field: String) -> TermCategory? {
    if let category = TermCategory(rawValue: field) { return category }
    return TermCategory(rawValue: field.lowercased())
  }

  static func forms(_ field: String) -> [String] {
    guard field.utf8.contains(UInt8(ascii: "|")) else { return field.isEmpty ? [] : [field] }
    return field.utf8.split(separator: UInt8(ascii: "|")).map { trimmed(Substring($0)) }.filter { !$0.isEmpty }
  }

  /// The field without spaces, tabs and no-break spaces (U+00A0, bytes C2 A0) at either end,
  /// trimmed on its bytes.
  static func trimmed(_ field: Substring) -> String {
    var field = field
    return field.withUTF8 { trimmed($0) }
  }

  static func trimmed(_ field: UnsafeBufferPointer<UInt8>) -> String {
    var start = 0
    var end = field.count
    while start < end {
      if field[start] == 0x20 || field[start] == 0x09 {
        start += 1
      } else if end - start >= 2, field[start] == 0xC2, field[start + 1] == 0xA0 {
        start += 2
      } else {
        break
      }
    }
    while end > start {
      if field[end - 1] == 0x20 || field[end - 1] == 0x09 {
        end -= 1
      } else if end - start >= 2, field[end - 1] == 0xA0, field[end - 2] == 0xC2 {
        end -= 2
      } else {
        break
      }
    }
    return String(decoding: UnsafeBufferPointer(rebasing: field[start..<end]), as: UTF8.self)
  }
}
