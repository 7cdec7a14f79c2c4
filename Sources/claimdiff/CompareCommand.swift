import ArgumentParser
import ClaimDiffKit
import Foundation

struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare", abstract: "Compare a source article with its translation and report every discrepancy.")

  static let formats = ["text", "json", "markdown", "sarif", "junit"]
  static let plannedFormats = ["html"]
  static let failLevels = ["error", "warning", "info", "never"]

  @Argument(help: "The source article: HTML, text or Markdown ('-' for standard input).")
  var source: String

  @Argument(help: "The translated article.")
  var target: String

  @Option(name: .customLong("source-lang"), help: "The source's language (en or it); detected when not given.")
  var sourceLanguage: String?

  @Option(name: .customLong("target-lang"), help: "The target's language (en or it); detected when not given.")
  var targetLanguage: String?

  @Option(name: .customLong("glossary"), help: "A TSV glossary layered over the shipped one; repeatable.")
  var glossaries: [String] = []

  @Option(help: "Output format: text, json or markdown.")
  var format: String = "text"

  @Option(help: "Write the report to this file (whole or not at all) instead of standard output.")
  var output: String?

  @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this level: error, warning, info or never.")
  var failOn: String = "error"

  @Option(help: "The publication date (YYYY-MM-DD) relative times are resolved against.")
  var published: String?

  @Option(name: .customLong("max-input-bytes"), help: "Refuse inputs larger than this many bytes.")
  var maxInputBytes: Int = 32 * 1024 * 1024

  @Option(name: .customLong("severity"), help: "Override a rule's severity: RULE=error|warning|info; repeatable.")
  var severities: [String] = []

  @Option(name: .customLong("disable"), help: "Do not run this rule; repeatable.")
  var disabled: [String] = []

  /// "quantity.value=warning" → (id, severity), with the nearest id suggested for a typo.
  static func severity(_ text: String) throws -> (String, Severity) {
    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { throw ValidationError("--severity: expected RULE=LEVEL, found '\(text)'") }
    let id = try ruleID(parts[0], flag: "--severity")
    let level = try Flags.choice(parts[1], flag: "--severity", among: ["error", "warning", "info"])
    return (id, Severity(rawValue: level) ?? .info)
  }

  static func ruleID(_ text: String, flag: String) throws -> String {
    let ids = RuleRegistry.specs.map(\.id)
    guard ids.contains(text) else {
      let nearest = ids.min { Folding.editDistance(text, $0, limit: 30) < Folding.editDistance(text, $1, limit: 30) }
      throw ValidationError("\(flag): unknown rule '\(text)'\(nearest.map { "; did you mean '\($0)'?" } ?? "")")
    }
    return text
  }

  func validate() throws {
    if Self.plannedFormats.contains(format.lowercased()) {
      throw ValidationError("--format: '\(format)' is not available in this version yet; use text, json or markdown")
    }
    _ = try Flags.choice(format, flag: "--format", among: Self.formats)
    _ = try Flags.choice(failOn, flag: "--fail-on", among: Self.failLevels)
    _ = try Flags.language(sourceLanguage, flag: "--source-lang")
    _ = try Flags.language(targetLanguage, flag: "--target-lang")
    _ = try Flags.date(published)
    guard maxInputBytes > 0 else { throw ValidationError("--max-input-bytes: must be a positive number of bytes") }
    for text in severities { _ = try Self.severity(text) }
    for text in disabled { _ = try Self.ruleID(text, flag: "--disable") }
  }

  func run() throws {
    var options = CompareOptions()
    options.sourceLanguage = try Flags.language(sourceLanguage, flag: "--source-lang")
    options.targetLanguage = try Flags.language(targetLanguage, flag: "--target-lang")
    options.glossaries = glossaries
    options.published = try Flags.date(published)
    options.maxInputBytes = maxInputBytes
    for text in severities {
      let (id, level) = try Self.severity(text)
      options.severities[id] = level
    }
    options.disabledRules = Set(try disabled.map { try Self.ruleID($0, flag: "--disable") })
    let comparison: Comparison
    do {
      comparison = try Comparer(options: options).compare(sourcePath: source, targetPath: target)
    } catch {
      throw Flags.fail(error.description)
    }
    let threshold = Severity(rawValue: try Flags.choice(failOn, flag: "--fail-on", among: Self.failLevels))
    let rendered: String =
      switch try Flags.choice(format, flag: "--format", among: Self.formats) {
      case "json": JSONRenderer().render(comparison)
      case "markdown": MarkdownRenderer().render(comparison)
      case "sarif": SARIFRenderer().render(comparison)
      case "junit": JUnitRenderer(failOn: threshold, disabled: options.disabledRules).render(comparison)
      default: TextRenderer().render(comparison)
      }
    try Flags.emit(rendered, to: output)
    guard let threshold else { return }
    if comparison.findings.contains(where: { $0.severity >= threshold }) { throw ExitCode(1) }
  }
}
