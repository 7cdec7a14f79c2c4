import ArgumentParser
import ClaimDiffKit
import Foundation

struct BatchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "batch", abstract: "Compare many article pairs on every core, one result record per pair.",
    discussion: """
      MANIFEST is CSV with a header (id,source,target and optionally source_lang,target_lang,published), \
      or JSON Lines with the same keys, paths relative to the manifest; a DIR pairs NAME.en.EXT with \
      NAME.it.EXT. Every pair yields one record: its findings, or an error record saying why it could \
      not be compared; a bad line or pair never stops the batch.

      --stdin reads JSON Lines from standard input (each pair as paths, or inline as source_text and \
      target_text) and writes one JSON result per line, in input order, as each is ready: the \
      contract of Spark's RDD.pipe, Hadoop Streaming and Beam.

      Exit status: 0 when every pair was compared (and, with --fail-on, none has a finding at or \
      above it); 1 when a pair could not be compared or reached --fail-on; 2 when the batch could \
      not run (bad arguments, unreadable manifest, unusable database or output). With --stdin the \
      status is 0 whenever every line got its record, failed pairs included (their records say \
      status "error"): stream engines treat a non-zero exit as a failed task and run the whole \
      partition again.
      """)

  @Argument(help: "A CSV or JSON Lines manifest, or a directory of NAME.en.EXT / NAME.it.EXT files.")
  var manifest: String?

  @Flag(help: "Read JSON Lines pairs from standard input and stream JSON Lines results to standard output.")
  var stdin = false

  @Option(help: "Threads comparing pairs (default: every core).")
  var jobs: Int?

  @Option(help: "Store runs, pairs, findings and errors in this SQLite file.")
  var db: String?

  @Flag(help: "Skip the pairs the --db already holds (same id, inputs, engine and glossary).")
  var resume = false

  @Option(help: "Output format: jsonl (default) or csv, one record per pair.")
  var format: String = "jsonl"

  @Option(help: "Write the records to this file (whole or not at all) instead of standard output.")
  var output: String?

  @Option(help: "Write a summary page with charts here, and each pair's side-by-side view beside it.")
  var report: String?

  @Option(name: .customLong("glossary"), help: "A TSV glossary layered over the shipped one; repeatable.")
  var glossaries: [String] = []

  @Option(name: .customLong("fail-on"), help: "Also exit 1 when a pair has a finding at or above error, warning or info.")
  var failOn: String?

  @Option(name: .customLong("max-input-bytes"), help: "Refuse inputs larger than this many bytes.")
  var maxInputBytes: Int = 32 * 1024 * 1024

  @Flag(name: .customLong("no-progress"), help: "Print no progress on standard error.")
  var noProgress = false

  @Option(help: "Read glossaries, severities, disabled rules and fail-on from this file instead of the .claimdiff.yml found above.")
  var config: String?

  @Flag(name: .customLong("no-config"), help: "Ignore any .claimdiff.yml.")
  var noConfig = false

  func validate() throws {
    if stdin && manifest != nil { throw ValidationError("give a MANIFEST or --stdin, not both") }
    if !stdin && manifest == nil { throw ValidationError("give a MANIFEST (CSV, JSON Lines or a directory) or --stdin") }
    _ = try Flags.choice(format, flag: "--format", among: ["jsonl", "csv"])
    if let failOn { _ = try Flags.choice(failOn, flag: "--fail-on", among: ["error", "warning", "info"]) }
    if resume && db == nil { throw ValidationError("--resume needs --db: the database records which pairs are done") }
    if let jobs, jobs < 1 { throw ValidationError("--jobs: must be at least 1") }
    guard maxInputBytes > 0 else { throw ValidationError("--max-input-bytes: must be a positive number of bytes") }
  }

  func run() throws {
    // The same team settings as `compare`: glossaries, severities, disabled rules, fail-on.
    let settings = try Flags.configuration(path: config, ignore: noConfig)
    var options = CompareOptions()
    options.glossaries = settings.glossaries + glossaries
    options.severities = settings.severities
    options.disabledRules = Set(settings.disabledRules)
    options.maxInputBytes = maxInputBytes
    let runner: BatchRunner
    do {
      runner = try BatchRunner(options: options)
    } catch {
      throw Flags.fail(error.description)
    }
    let threads = jobs ?? ProcessInfo.processInfo.activeProcessorCount
    let threshold = (failOn ?? settings.failOn).flatMap { Severity(rawValue: $0.lowercased()) }
    let source: ManifestStream
    let label: String
    if stdin {
      source = ManifestStream(standardInput: FileHandle.standardInput)
      label = "standard input"
    } else {
      let path = manifest ?? ""
      do {
        source = try ManifestStream(path: path)
      } catch {
        throw Flags.fail(error.description)
      }
      label = path
    }
    var sink: RecordWriter
    do {
      sink = try RecordWriter(format: stdin ? .jsonl : (format.lowercased() == "csv" ? .csv : .jsonl), output: output, streaming: stdin)
    } catch {
      throw Flags.fail(error.description)
    }
    let store: ResultStore?
    let run: Int64?
    var skipping: Set<String> = []
    do {
      store = try db.map { path throws(ResultStore.Failure) in try ResultStore(path: path) }
      run = try store?.beginRun(manifest: label, glossary: runner.glossaryFingerprint, jobs: threads)
      if resume, let store { skipping = try store.storedKeys() }
    } catch {
      sink.discard()
      throw Flags.fail(error.description)
    }
    let pages = report.map { URL(fileURLWithPath: $0).deletingPathExtension().path + "-pairs" }
    if let pages { try? FileManager.default.createDirectory(atPath: pages, withIntermediateDirectories: true) }

    var progress = Progress(total: source.count, enabled: !noProgress)
    var summary = BatchSummary(title: "claimdiff batch: \(label)")
    var unstored: [BatchRecord] = []
    var lastCommit = DispatchTime.now().uptimeNanoseconds
    var failed = false
    var gated = false
    var storeFailure: ResultStore.Failure?
    func commit() {
      guard let store, let run, !unstored.isEmpty, storeFailure == nil else { return }
      do {
        try store.insert(unstored, run: run)
      } catch {
        storeFailure = error
      }
      unstored.removeAll(keepingCapacity: true)
      lastCommit = DispatchTime.now().uptimeNanoseconds
    }
    let started = DispatchTime.now().uptimeNanoseconds
    runner.run(jobs: threads, skipping: skipping, keepComparison: pages != nil, next: source.next) { outcome in
      switch outcome {
      case .skipped:
        summary.addSkipped()
        progress.advance(skipped: true)
      case .record(let record, let comparison):
        var link: String?
        if let pages, let comparison {
          let name = Self.fileName(record.id, key: record.key)
          if (try? OutputWriter.write(HTMLRenderer().render(comparison), to: pages + "/" + name)) != nil {
            link = URL(fileURLWithPath: pages).lastPathComponent + "/" + name
          }
        }
        summary.add(id: record.id, findings: record.findings.map { ($0.rule, $0.severity) }, error: record.error, link: link)
        if record.status == .error { failed = true }
        if let threshold, record.findings.contains(where: { $0.severity >= threshold }) { gated = true }
        sink.write(record)
        if store != nil {
          unstored.append(record)
          if unstored.count >= 256 || DispatchTime.now().uptimeNanoseconds - lastCommit > 1_000_000_000 { commit() }
        }
        progress.advance(skipped: false)
      }
    }
    commit()
    summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    progress.finish(summary: summary)
    if let storeFailure {
      sink.discard()
      throw Flags.fail(storeFailure.description)
    }
    if let store, let run { try? store.finishRun(run) }
    do {
      try sink.finish()
      if let report { try OutputWriter.write(summary.renderHTML(), to: report) }
    } catch {
      throw Flags.fail(error.description)
    }
    if (failed && !stdin) || gated { throw ExitCode(1) }
  }

  /// A file name for a pair's page: its id where that is a safe name, with the key's start when not.
  static func fileName(_ id: String, key: String) -> String {
    let safe = String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "_" }).prefix(80)
    return (safe == id ? String(safe) : "\(safe)-\(key.prefix(8))") + ".html"
  }
}

/// Progress on standard error: a bar redrawn in place on a terminal, a plain line every ten
/// seconds otherwise, and a closing line either way.
struct Progress {
  let total: Int?
  let enabled: Bool
  let terminal = isatty(STDERR_FILENO) != 0
  let started = DispatchTime.now().uptimeNanoseconds
  var done = 0
  var skipped = 0
  var lastShown: UInt64 = 0

  init(total: Int?, enabled: Bool) {
    self.total = total
    self.enabled = enabled
  }

  mutating func advance(skipped wasSkipped: Bool) {
    done += 1
    if wasSkipped { skipped += 1 }
    guard enabled else { return }
    let now = DispatchTime.now().uptimeNanoseconds
    let interval: UInt64 = terminal ? 100_000_000 : 10_000_000_000
    guard now - lastShown >= interval else { return }
    lastShown = now
    let line = describe(now: now)
    FileHandle.standardError.write(Data((terminal ? "\r\u{1B}[2K" + line : line + "\n").utf8))
  }

  func describe(now: UInt64) -> String {
    let seconds = Double(now - started) / 1e9
    let rate = seconds > 0 ? Double(done - skipped) / seconds : 0
    guard let total, total > 0 else { return String(format: "batch: %d pairs, %.1f pairs/s", done, rate) }
    let width = 24
    let filled = min(width, width * done / total)
    let left = rate > 0 ? Double(total - done) / rate : 0
    return String(
      format: "[%@%@] %d/%d pairs, %.1f pairs/s, %d:%02d left", String(repeating: "#", count: filled),
      String(repeating: "-", count: width - filled), done, total, rate, Int(left) / 60, Int(left) % 60)
  }

  func finish(summary: BatchSummary) {
    guard enabled else { return }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
    let compared = summary.pairs
    let line = String(
      format: "batch: %d pairs in %.1f s (%.1f pairs/s): %d compared, %d could not be, %d already done", compared + summary.skipped,
      seconds, seconds > 0 ? Double(compared) / seconds : 0, compared - summary.failedPairs, summary.failedPairs, summary.skipped)
    FileHandle.standardError.write(Data(((terminal ? "\r\u{1B}[2K" : "") + line + "\n").utf8))
  }
}
