import Core
import Diff
import Foundation

/// Findings a team has accepted, recorded by their stable ids so that a later run reports only
/// new ones.
///
/// The file is JSON Lines, one finding per line after a header line, so that a review sees one
/// changed line per accepted or withdrawn finding and an error points at its line:
///
///     {"baseline":"claimdiff","schemaVersion":1}
///     {"id":"9f2c…","rule":"quantity.value","source":"2,000","target":"3.000"}
public struct Baseline: Sendable, Equatable {
  public struct Entry: Sendable, Codable, Equatable {
    public var id: String
    public var rule: String
    public var source: String?
    public var target: String?
  }

  public var entries: [Entry]

  public init(findings: [Finding]) {
    entries = findings.map { Entry(id: $0.id, rule: $0.rule, source: $0.source?.text, target: $0.target?.text) }
  }

  /// Why a baseline file cannot be used.
  public typealias Failure = FileProblem

  struct Header: Codable {
    var baseline: String
    var schemaVersion: Int
  }

  /// The file's text: the header, then one entry per line in the findings' order.
  public var text: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var lines = [String(decoding: (try? encoder.encode(Header(baseline: ToolInfo.name, schemaVersion: 1))) ?? Data(), as: UTF8.self)]
    for entry in entries {
      lines.append(String(decoding: (try? encoder.encode(entry)) ?? Data(), as: UTF8.self))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Reads a baseline written by `--write-baseline`, every line checked.
  public init(path: String) throws(Failure) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure(path: path, line: nil, reason: "cannot read the baseline; check the path, or create it with --write-baseline")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw Failure(path: path, line: nil, reason: "the baseline is not UTF-8 text; write it again with --write-baseline")
    }
    try self.init(text: text, path: path)
  }

  public init(text: String, path: String) throws(Failure) {
    let decoder = JSONDecoder()
    var entries: [Entry] = []
    var sawHeader = false
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty { continue }
      let lineData = Data(trimmed.utf8)
      if !sawHeader {
        guard let header = try? decoder.decode(Header.self, from: lineData), header.baseline == ToolInfo.name else {
          throw Failure(
            path: path, line: index + 1,
            reason: "not a claimdiff baseline (its first line must be {\"baseline\":\"claimdiff\",\"schemaVersion\":1}); write it with --write-baseline")
        }
        guard header.schemaVersion == 1 else {
          throw Failure(
            path: path, line: index + 1,
            reason: "baseline schema version \(header.schemaVersion) is not one this claimdiff reads (1); write it again with --write-baseline")
        }
        sawHeader = true
        continue
      }
      do {
        let entry = try decoder.decode(Entry.self, from: lineData)
        guard entry.id.count == 16, entry.id.allSatisfy(\.isHexDigit) else {
          throw Failure(path: path, line: index + 1, reason: "'\(entry.id)' is not a finding id (16 hexadecimal digits)")
        }
        entries.append(entry)
      } catch let failure as Failure {
        throw failure
      } catch {
        throw Failure(
          path: path, line: index + 1, reason: "not a baseline entry (a JSON object with id and rule); fix or delete the line")
      }
    }
    guard sawHeader else {
      throw Failure(path: path, line: nil, reason: "the baseline is empty; write it with --write-baseline")
    }
    self.entries = entries
  }

  /// Splits findings into new ones and accepted ones, and counts the entries no finding
  /// matched. Each entry accepts one finding, so a difference that now occurs twice is new once.
  public func apply(to findings: [Finding]) -> (new: [Finding], outcome: BaselineOutcome) {
    var remaining: [String: Int] = [:]
    for entry in entries { remaining[entry.id, default: 0] += 1 }
    var fresh: [Finding] = []
    var accepted = 0
    for finding in findings {
      if let count = remaining[finding.id], count > 0 {
        remaining[finding.id] = count - 1
        accepted += 1
      } else {
        fresh.append(finding)
      }
    }
    return (fresh, BaselineOutcome(accepted: accepted, stale: remaining.values.reduce(0, +)))
  }
}

/// What a baseline did to a run.
public struct BaselineOutcome: Sendable, Equatable, Codable {
  /// Findings the baseline accepted, not reported.
  public var accepted: Int
  /// Baseline entries that match no finding any more: fixed, or changed.
  public var stale: Int
}
