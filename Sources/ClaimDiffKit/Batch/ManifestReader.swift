import Core
import Foundation
import Ingest

/// Reads a batch manifest: CSV with a header (`id,source,target` and optionally
/// `source_lang,target_lang,published`), JSON Lines with the same keys, or a directory in which
/// `NAME.en.EXT` pairs with `NAME.it.EXT`. Every line becomes an entry: a pair, or a problem
/// naming the line, so that a bad line is reported in the results and the good lines still run.
public struct ManifestReader: Sendable {
  /// Why a manifest cannot be read at all (as opposed to one bad line).
  public typealias Failure = FileProblem

  public init() {}

  /// Every entry of the manifest at `path`, in order.
  public func read(path: String) throws(Failure) -> [ManifestEntry] {
    let stream = try ManifestStream(path: path)
    var entries: [ManifestEntry] = []
    while let entry = stream.next() { entries.append(entry) }
    return entries
  }

  /// `NAME.en.EXT` with `NAME.it.EXT`, in name order; a file without its counterpart is a problem.
  func directory(_ path: String) throws(Failure) -> [ManifestEntry] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
      throw Failure(path: path, line: nil, reason: "cannot list the directory")
    }
    var sides: [String: (en: String?, it: String?)] = [:]
    for name in names {
      let parts = name.split(separator: ".", omittingEmptySubsequences: false)
      guard parts.count >= 3 else { continue }
      let language = parts[parts.count - 2].lowercased()
      guard language == "en" || language == "it" else { continue }
      let stem = parts[..<(parts.count - 2)].joined(separator: ".")
      let file = URL(fileURLWithPath: path).appendingPathComponent(name).path
      if language == "en" { sides[stem, default: (nil, nil)].en = file } else { sides[stem, default: (nil, nil)].it = file }
    }
    guard !sides.isEmpty else {
      throw Failure(path: path, line: nil, reason: "no NAME.en.EXT / NAME.it.EXT files in the directory")
    }
    return sides.keys.sorted().map { stem in
      let pair = sides[stem] ?? (nil, nil)
      guard let en = pair.en, let it = pair.it else {
        let missing = pair.en == nil ? "\(stem).en.*" : "\(stem).it.*"
        return .problem(ManifestProblem(id: stem, manifest: path, line: nil, message: "\(stem) has no counterpart \(missing)"))
      }
      return .pair(BatchPair(id: stem, line: nil, source: .file(path: en), target: .file(path: it), sourceLanguage: .english, targetLanguage: .italian))
    }
  }
}

/// Turns manifest lines into entries one at a time, for files and for standard input alike.
/// CSV is recognised by its header line; a line that starts with `{` is JSON.
public struct ManifestLineParser: Sendable {
  let manifest: String
  let folder: URL
  private var columns: [String]?
  private var ids: Set<String> = []
  public private(set) var sawContent = false

  static let known = ["id", "source", "target", "source_lang", "target_lang", "published", "source_text", "target_text", "source_format",
    "target_format"]

  public init(manifest: String, folder: URL) {
    self.manifest = manifest
    self.folder = folder
  }

  /// The entry for one line; nil for a blank line or the CSV header. A CSV header that lacks a
  /// required column makes the whole manifest unusable.
  public mutating func entry(_ raw: String, number: Int) throws(ManifestReader.Failure) -> ManifestEntry? {
    let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : raw
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard !trimmed.isEmpty else { return nil }
    let first = !sawContent
    sawContent = true
    if trimmed.hasPrefix("{") { return json(trimmed, number: number) }
    if first && columns == nil {
      let header = CSVLine.fields(trimmed)?.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? []
      for required in ["id", "source", "target"] where !header.contains(required) {
        throw ManifestReader.Failure(
          path: manifest, line: number,
          reason: "the CSV header lacks the '\(required)' column; the first line must name id,source,target (and optionally source_lang,target_lang,published)")
      }
      columns = header
      return nil
    }
    guard let columns else {
      return problem("line-\(number)", number, "not a JSON object, and the manifest has no CSV header")
    }
    guard let fields = CSVLine.fields(line) else { return problem("line-\(number)", number, "unbalanced quotes in the CSV line") }
    guard fields.count == columns.count else {
      return problem(
        fields.first.map { $0.isEmpty ? "line-\(number)" : $0 } ?? "line-\(number)", number,
        "expected \(columns.count) columns (\(columns.joined(separator: ","))), found \(fields.count)")
    }
    var values: [String: String] = [:]
    for (column, field) in zip(columns, fields) where !field.isEmpty { values[column] = field }
    return pair(values, number: number)
  }

  private func json(_ text: String, number: Int) -> ManifestEntry {
    guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
      return problem("line-\(number)", number, "not valid JSON; each line must be one JSON object")
    }
    var values: [String: String] = [:]
    for (key, value) in object {
      guard Self.known.contains(key) else { continue }
      if let string = value as? String { values[key] = string } else if let number = value as? NSNumber { values[key] = number.stringValue }
    }
    return pair(values, number: number)
  }

  private func pair(_ values: [String: String], number: Int) -> ManifestEntry {
    guard let id = values["id"], !id.isEmpty else { return problem("line-\(number)", number, "the pair has no id") }
    func input(_ side: String) -> PairInput? {
      if let text = values["\(side)_text"] {
        return .inline(text: text, name: "\(id).\(side)", format: values["\(side)_format"].flatMap { InputFormat(rawValue: $0.lowercased()) })
      }
      guard let path = values[side], !path.isEmpty else { return nil }
      return .file(path: path.hasPrefix("/") ? path : folder.appendingPathComponent(path).path)
    }
    guard let source = input("source") else { return problem(id, number, "the pair has no source (a path, or source_text)") }
    guard let target = input("target") else { return problem(id, number, "the pair has no target (a path, or target_text)") }
    var pair = BatchPair(id: id, line: number, source: source, target: target)
    for (key, language) in [("source_lang", \BatchPair.sourceLanguage), ("target_lang", \BatchPair.targetLanguage)] {
      guard let code = values[key] else { continue }
      guard let parsed = Language(code: code) else { return problem(id, number, "\(key) '\(code)' is not en or it") }
      pair[keyPath: language] = parsed
    }
    if let text = values["published"] {
      guard text.count == 10, let date = SimpleDate(iso: text) else {
        return problem(id, number, "published '\(text)' is not a date; write it as YYYY-MM-DD")
      }
      pair.published = date
    }
    return .pair(pair)
  }

  private func problem(_ id: String, _ number: Int, _ message: String) -> ManifestEntry {
    .problem(ManifestProblem(id: id, manifest: manifest, line: number, message: message))
  }

  /// Marks `id` as seen; a second pair with the same id becomes a problem, since ids key the
  /// results.
  public mutating func checkUnique(_ entry: ManifestEntry) -> ManifestEntry {
    guard case .pair(let pair) = entry else { return entry }
    guard ids.insert(pair.id).inserted else {
      // The record is keyed by its line, so that it never stands in for the first pair's result.
      return problem("line-\(pair.line ?? 0)", pair.line ?? 0, "duplicate id '\(pair.id)'; every pair needs its own id")
    }
    return entry
  }
}

/// RFC 4180 fields of one CSV line: commas separate, double quotes enclose, two double quotes
/// inside a quoted field stand for one.
enum CSVLine {
  static func fields(_ line: String) -> [String]? {
    var fields: [String] = []
    var field = ""
    var quoted = false
    var iterator = Array(line).makeIterator()
    var pending: Character? = nil
    while let character = pending ?? iterator.next() {
      pending = nil
      if quoted {
        if character == "\"" {
          if let next = iterator.next() {
            if next == "\"" { field.append("\"") } else {
              quoted = false
              pending = next
            }
          } else {
            quoted = false
          }
        } else {
          field.append(character)
        }
      } else if character == "\"" && field.isEmpty {
        quoted = true
      } else if character == "," {
        fields.append(field)
        field = ""
      } else {
        field.append(character)
      }
    }
    if quoted { return nil }
    fields.append(field)
    return fields
  }

  /// A field quoted when it must be.
  static func quote(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
