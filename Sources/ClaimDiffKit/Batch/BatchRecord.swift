import Core
import Diff
import Foundation

/// The one result every pair of a batch yields: its findings, or the reason it could not be
/// compared.
public struct BatchRecord: Sendable, Codable, Equatable {
  public enum Status: String, Sendable, Codable { case ok, error }

  public var id: String
  /// The manifest line, when the pair came from one.
  public var line: Int?
  public var status: Status
  /// Why the pair could not be compared; nil when it was.
  public var error: String?
  public var source: String?
  public var target: String?
  public var sourceLang: String?
  public var targetLang: String?
  public var summary: Counts
  public var findings: [Finding]
  /// The pair's resume key: a hash of its id, both inputs, the engine version and the glossary.
  public var key: String
  /// Milliseconds spent on the pair.
  public var elapsed: Double

  public struct Counts: Sendable, Codable, Equatable {
    public var error = 0
    public var warning = 0
    public var info = 0

    public init(_ findings: [Finding] = []) {
      for finding in findings {
        switch finding.severity {
        case .error: error += 1
        case .warning: warning += 1
        case .info: info += 1
        }
      }
    }
  }

  public init(
    id: String, line: Int?, status: Status, error: String? = nil, source: String?, target: String?, sourceLang: String? = nil,
    targetLang: String? = nil, findings: [Finding] = [], key: String, elapsed: Double = 0
  ) {
    self.id = id
    self.line = line
    self.status = status
    self.error = error
    self.source = source
    self.target = target
    self.sourceLang = sourceLang
    self.targetLang = targetLang
    self.summary = Counts(findings)
    self.findings = findings
    self.key = key
    self.elapsed = elapsed
  }

  /// One JSON object on one line, keys sorted, for JSON Lines.
  public var jsonLine: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: (try? encoder.encode(self)) ?? Data("{}".utf8), as: UTF8.self)
  }

  public static let csvHeader = "id,status,source,target,source_lang,target_lang,errors,warnings,infos,rules,error"

  /// One CSV row: the pair's counts, and the rules that found something.
  public var csvLine: String {
    let rules = Array(Set(findings.map(\.rule))).sorted().joined(separator: " ")
    return [
      id, status.rawValue, source ?? "", target ?? "", sourceLang ?? "", targetLang ?? "", String(summary.error),
      String(summary.warning), String(summary.info), rules, error ?? "",
    ].map(CSVLine.quote).joined(separator: ",")
  }
}
