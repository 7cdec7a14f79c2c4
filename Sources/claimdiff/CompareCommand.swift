import ArgumentParser
import ClaimDiffKit
import Foundation

struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare", abstract: "Compare a source article with its translation and report every discrepancy.")

  static let formats = Configuration.formats
  static let failLevels = Configuration.failLevels

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

  @Option(help: "Output format: text, json, markdown, sarif, junit or html (default text).")
  var format: String?

  @Option(help: "Write the report to this file (whole or not at all) instead of standard output.")
  var output: String?

  @Option(name: .customLong("fail-on"), help: "Exit 1 when a finding is at or above this level: error (default), warning, info or never.")
  var failOn: String?

  @Option(help: "The publication date (YYYY-MM-DD) relative times are resolved against.")
  var published: String?

  @Option(name: .customLong("max-input-bytes"), help: "Refuse inputs larger than this many bytes.")
  var maxInputBytes: Int = 32 * 1024 * 1024

  @Option(name: .customLong("severity"), help: "Override a rule's severity: RULE=error|warning|info; repeatable.")
  var severities: [String] = []

  @Option(name: .customLong("disable"), help: "Do not run this rule; repeatable.")
  var disabled: [String] = []

  @Option(help: "Report only findings this baseline (written by --write-baseline) does not accept.")
  var baseline: String?

  @Option(help: "Read settings from this file instead of the .claimdiff.yml found above the working directory.")
  var config: String?

  @Flag(name: .customLong("no-config"), help: "Ignore any .claimdiff.yml.")
  var noConfig = false

  @Option(name: .customLong("write-baseline"), help: "Record this run's findings as the accepted baseline, in this file.")
  var writeBaseline: String?

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
      let nearest = Folding.nearest(text, among: ids, limit: 30)
      throw ValidationError("\(flag): unknown rule '\(text)'\(nearest.map { "; did you mean '\($0)'?" } ?? "")")
    }
    return text
  }

  func validate() throws {
    if let format { _ = try Flags.choice(format, flag: "--format", among: Self.formats) }
    if let failOn { _ = try Flags.choice(failOn, flag: "--fail-on", among: Self.failLevels) }
    _ = try Flags.language(sourceLanguage, flag: "--source-lang")
    _ = try Flags.language(targetLanguage, flag: "--target-lang")
    _ = try Flags.date(published)
    guard maxInputBytes > 0 else { throw ValidationError("--max-input-bytes: must be a positive number of bytes") }
    for text in severities { _ = try Self.severity(text) }
    for text in disabled { _ = try Self.ruleID(text, flag: "--disable") }
  }

  func run() throws {
    let settings = try Flags.configuration(path: config, ignore: noConfig)
    var options = CompareOptions()
    options.sourceLanguage = try Flags.language(sourceLanguage, flag: "--source-lang") ?? settings.sourceLanguage
    options.targetLanguage = try Flags.language(targetLanguage, flag: "--target-lang") ?? settings.targetLanguage
    options.glossaries = settings.glossaries + glossaries
    options.published = try Flags.date(published)
    options.maxInputBytes = maxInputBytes
    options.severities = settings.severities
    for text in severities {
      let (id, level) = try Self.severity(text)
      options.severities[id] = level
    }
    options.disabledRules = Set(settings.disabledRules + (try disabled.map { try Self.ruleID($0, flag: "--disable") }))
    let format = try Flags.choice(self.format ?? settings.format ?? "text", flag: "--format", among: Self.formats)
    let threshold = Severity(rawValue: try Flags.choice(failOn ?? settings.failOn ?? "error", flag: "--fail-on", among: Self.failLevels))
    let baseline = self.baseline ?? settings.baseline
    // A baseline that cannot be read stops the run before any work, and before any output.
    let accepted: Baseline?
    do {
      accepted = try baseline.map { path throws(Baseline.Failure) in try Baseline(path: path) }
    } catch {
      throw Flags.fail(error.description)
    }
    var comparison: Comparison
    do {
      comparison = try Comparer(options: options).compare(sourcePath: source, targetPath: target)
    } catch {
      throw Flags.fail(error.description)
    }
    if let writeBaseline {
      do {
        try OutputWriter.write(Baseline(findings: comparison.findings).text, to: writeBaseline)
      } catch {
        throw Flags.fail(error.description)
      }
    }
    if let accepted { comparison.apply(accepted) }
    let rendered: String =
      switch format {
      case "json": JSONRenderer().render(comparison)
      case "markdown": MarkdownRenderer().render(comparison)
      case "sarif": SARIFRenderer().render(comparison)
      case "html": HTMLRenderer().render(comparison)
      case "junit": JUnitRenderer(failOn: threshold, disabled: options.disabledRules).render(comparison)
      default: TextRenderer().render(comparison)
      }
    try Flags.emit(rendered, to: output)
    guard let threshold else { return }
    if comparison.findings.contains(where: { $0.severity >= threshold }) { throw ExitCode(1) }
  }
}
