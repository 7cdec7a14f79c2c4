import Core
import Diff
import Foundation
import Yams

/// A `.claimdiff.yml`: a team's defaults for every run in a repository, found by walking up
/// from the working directory. Flags given on the command line override it. An unknown key is an
/// error, not a warning: a misspelt `fail_on` must not silently open a CI gate.
///
///     version: 1                           # optional; the file's format version
///     glossaries: [terms/newsroom.tsv]     # relative to the file's folder
///     severity: {time.missing: warning}
///     disable: [claim.added]
///     fail-on: warning
///     format: sarif
///     baseline: .claimdiff-baseline.jsonl
public struct Configuration: Sendable, Equatable {
  public var path: String?
  public var glossaries: [String] = []
  public var severities: [String: Severity] = [:]
  public var disabledRules: [String] = []
  public var failOn: String?
  public var format: String?
  public var sourceLanguage: Language?
  public var targetLanguage: Language?
  public var baseline: String?

  public static let fileNames = [".claimdiff.yml", ".claimdiff.yaml"]
  static let keys = ["version", "glossaries", "severity", "disable", "fail-on", "format", "source-lang", "target-lang", "baseline"]
  public static let formats = ["text", "json", "markdown", "sarif", "junit", "html"]
  public static let failLevels = ["error", "warning", "info", "never"]

  public init() {}

  /// Why a configuration file cannot be used: its path, the line, and what to do.
  public typealias Failure = FileProblem

  /// The nearest `.claimdiff.yml` in `folder` or a folder above it, read; an empty
  /// configuration when there is none.
  public static func discover(from folder: URL) throws(Failure) -> Configuration {
    var current = folder.standardizedFileURL
    while true {
      for name in fileNames {
        let candidate = current.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: candidate.path) { return try Configuration(path: candidate.path) }
      }
      let parent = current.deletingLastPathComponent()
      if parent.path == current.path { return Configuration() }
      current = parent
    }
  }

  public init(path: String) throws(Failure) {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw Failure(path: path, line: nil, reason: "cannot read the configuration file; check its permissions")
    }
    guard data.count <= 1 << 20 else { throw Failure(path: path, line: nil, reason: "the configuration file is over 1 MiB; it should be a few lines") }
    guard let text = String(data: data, encoding: .utf8) else {
      throw Failure(path: path, line: nil, reason: "the configuration file is not UTF-8 text; save it as UTF-8")
    }
    try self.init(yaml: text, path: path)
  }

  public init(yaml: String, path: String) throws(Failure) {
    self.path = path
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    let root: Node?
    do {
      root = try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw Failure(path: path, line: Self.line(of: error), reason: "not valid YAML (\(Self.problem(of: error))); fix the syntax")
    } catch {
      throw Failure(path: path, line: nil, reason: "not valid YAML; fix the syntax")
    }
    guard let root else { return }
    guard case .mapping(let mapping) = root else {
      throw Failure(path: path, line: root.mark?.line, reason: "expected a mapping of settings (key: value) at the top level")
    }
    var seen: Set<String> = []
    for (keyNode, value) in mapping {
      let line = keyNode.mark?.line
      guard let key = keyNode.string else { throw Failure(path: path, line: line, reason: "a key must be a plain word") }
      guard Self.keys.contains(key) else {
        let suggestion = Self.nearest(key, among: Self.keys)
        throw Failure(
          path: path, line: line,
          reason: "unknown key '\(key)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "") + " (keys: \(Self.keys.joined(separator: ", ")))")
      }
      guard seen.insert(key).inserted else { throw Failure(path: path, line: line, reason: "'\(key)' is set twice; keep one") }
      func fail(_ reason: String) -> Failure { Failure(path: path, line: value.mark?.line ?? line, reason: "\(key): \(reason)") }
      switch key {
      case "version":
        guard value.int == 1 else { throw fail("'\(value.string ?? "")' is not a configuration version this claimdiff reads; write 1") }
      case "glossaries":
        glossaries = try Self.strings(value, fail: fail).map { Self.resolve($0, in: folder) }
      case "severity":
        guard case .mapping(let levels) = value else { throw fail("expected a mapping of rule ids to error, warning or info") }
        for (ruleNode, levelNode) in levels {
          let rulePath = Failure(path: path, line: ruleNode.mark?.line, reason: "")
          let rule = try Self.ruleID(ruleNode.string ?? "", failure: rulePath, key: key)
          guard let text = levelNode.string, let level = Severity(rawValue: text.lowercased()) else {
            throw Failure(path: path, line: levelNode.mark?.line, reason: "severity: '\(levelNode.string ?? "")' for \(rule) is not error, warning or info")
          }
          severities[rule] = level
        }
      case "disable":
        guard case .sequence(let items) = value else { throw fail("expected a list of rule ids") }
        for item in items {
          disabledRules.append(try Self.ruleID(item.string ?? "", failure: Failure(path: path, line: item.mark?.line, reason: ""), key: key))
        }
      case "fail-on":
        failOn = try Self.choice(value, among: Self.failLevels, fail: fail)
      case "format":
        format = try Self.choice(value, among: Self.formats, fail: fail)
      case "source-lang", "target-lang":
        guard let code = value.string, let language = Language(code: code) else { throw fail("expected en or it") }
        if key == "source-lang" { sourceLanguage = language } else { targetLanguage = language }
      case "baseline":
        guard let text = value.string, !text.isEmpty else { throw fail("expected the path of a baseline file") }
        baseline = Self.resolve(text, in: folder)
      default:
        continue
      }
    }
  }

  private static func strings(_ node: Node, fail: (String) -> Failure) throws(Failure) -> [String] {
    switch node {
    case .scalar(let scalar): return [scalar.string]
    case .sequence(let items):
      var result: [String] = []
      for item in items {
        guard case .scalar(let scalar) = item else { throw fail("expected a list of paths") }
        result.append(scalar.string)
      }
      return result
    default: throw fail("expected a path or a list of paths")
    }
  }

  private static func choice(_ node: Node, among choices: [String], fail: (String) -> Failure) throws(Failure) -> String {
    guard let text = node.string?.lowercased(), choices.contains(text) else {
      let suggestion = node.string.flatMap { Self.nearest($0.lowercased(), among: choices) }
      throw fail("'\(node.string ?? "")' is not one of \(choices.joined(separator: ", "))" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""))
    }
    return text
  }

  private static func ruleID(_ text: String, failure: Failure, key: String) throws(Failure) -> String {
    let ids = RuleRegistry.specs.map(\.id)
    guard ids.contains(text) else {
      var failure = failure
      failure.reason = "\(key): unknown rule '\(text)'" + (nearest(text, among: ids).map { "; did you mean '\($0)'?" } ?? "")
        + "; `claimdiff rules` lists them"
      throw failure
    }
    return text
  }

  static func nearest(_ text: String, among choices: [String]) -> String? {
    let best = Folding.nearest(text, among: choices, limit: 30)
    guard let best, Folding.editDistance(text, best, limit: 30) <= max(2, best.count / 3) else { return nil }
    return best
  }

  private static func resolve(_ path: String, in folder: URL) -> String {
    path.hasPrefix("/") ? path : folder.appendingPathComponent(path).standardizedFileURL.path
  }

  private static func line(of error: YamlError) -> Int? {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
    case .duplicatedKeysInMapping(_, let context): context.mark.line
    default: nil
    }
  }

  private static func problem(of error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _): problem
    case .duplicatedKeysInMapping(let duplicates, _): "duplicated keys: \(duplicates.joined(separator: ", "))"
    default: "unreadable"
    }
  }
}
