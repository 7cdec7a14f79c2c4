import Core
import Diff
import Foundation
import Glossary
import Ingest
import Report

/// What became of one manifest entry: a record, or nothing to do because a resumed batch
/// already stored it.
public enum BatchOutcome: Sendable {
  case record(BatchRecord, Comparison?)
  case skipped(id: String, key: String)
}

/// Compares the pairs of a batch on every core, one record per pair, in manifest order.
public struct BatchRunner: Sendable {
  public let comparer: Comparer
  /// A hash of the glossaries in force (the shipped one and the user's files), part of every
  /// pair's resume key: a changed glossary re-runs the pairs.
  public let glossaryFingerprint: String

  public init(options: CompareOptions) throws(ComparisonError) {
    self.init(comparer: try Comparer(options: options))
  }

  public init(comparer: Comparer) {
    self.comparer = comparer
    let options = comparer.options
    var hash = StableHash()
    hash.combine(ShippedGlossary.tsv)
    for path in options.glossaries {
      hash.combine(path)
      hash.combine(bytes: FileManager.default.contents(atPath: path) ?? Data())
    }
    glossaryFingerprint = hash.hex
  }

  /// Runs every entry `next` yields on `jobs` threads and hands each outcome to `consume` in
  /// input order. Pairs whose key is in `skipping` are not compared. `keepComparison` says
  /// whether outcomes carry the whole comparison (for per-pair reports) or only the record.
  public func run(
    jobs: Int, skipping: Set<String> = [], keepComparison: Bool = false, next: @escaping @Sendable () -> ManifestEntry?,
    consume: (BatchOutcome) -> Void
  ) {
    OrderedWorkers<ManifestEntry, BatchOutcome>(jobs: jobs).run(
      next: next, work: { entry in process(entry, skipping: skipping, keepComparison: keepComparison) }, consume: consume)
  }

  /// Compares one entry; never throws: whatever goes wrong becomes the pair's error record.
  public func process(_ entry: ManifestEntry, skipping: Set<String> = [], keepComparison: Bool = false) -> BatchOutcome {
    let started = DispatchTime.now().uptimeNanoseconds
    func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6 }
    let pair: BatchPair
    switch entry {
    case .problem(let problem):
      let key = StableHash.hex(of: ["problem", problem.manifest, String(problem.line ?? 0), problem.id, problem.message])
      if skipping.contains(key) { return .skipped(id: problem.id, key: key) }
      return .record(
        BatchRecord(id: problem.id, line: problem.line, status: .error, error: problem.description, source: nil, target: nil, key: key), nil)
    case .pair(let found):
      pair = found
    }
    func failure(_ message: String, key: String) -> BatchOutcome {
      let place = pair.line.map { "line \($0): " } ?? ""
      return .record(
        BatchRecord(
          id: pair.id, line: pair.line, status: .error, error: place + message, source: pair.source.name, target: pair.target.name,
          sourceLang: pair.sourceLanguage?.rawValue, targetLang: pair.targetLanguage?.rawValue, key: key, elapsed: elapsed()), nil)
    }
    let bytes: (source: [UInt8], target: [UInt8])
    do {
      bytes = (try load(pair.source), try load(pair.target))
    } catch {
      return failure(error.description, key: StableHash.hex(of: ["unreadable", pair.id, pair.source.name, pair.target.name, error.description]))
    }
    var hash = StableHash()
    for part in [pair.id, ToolInfo.version, glossaryFingerprint, pair.sourceLanguage?.rawValue ?? "", pair.targetLanguage?.rawValue ?? "",
      pair.published?.iso ?? ""]
    {
      hash.combine(part)
    }
    hash.combine(bytes: bytes.source)
    hash.combine(bytes: bytes.target)
    let key = hash.hex
    if skipping.contains(key) { return .skipped(id: pair.id, key: key) }
    do {
      var source = try comparer.read(
        bytes: bytes.source, path: pair.source.name, language: pair.sourceLanguage, published: pair.published, format: format(pair.source))
      var target = try comparer.read(
        bytes: bytes.target, path: pair.target.name, language: pair.targetLanguage, published: pair.published, format: format(pair.target))
      let comparison = try comparer.compare(source: &source, target: &target)
      let record = BatchRecord(
        id: pair.id, line: pair.line, status: .ok, source: pair.source.name, target: pair.target.name,
        sourceLang: comparison.source.language.rawValue, targetLang: comparison.target.language.rawValue, findings: comparison.findings,
        key: key, elapsed: elapsed())
      return .record(record, keepComparison ? comparison : nil)
    } catch {
      return failure(error.description, key: key)
    }
  }

  private func format(_ input: PairInput) -> InputFormat? {
    if case .inline(_, _, let format) = input { return format ?? .text }
    return nil
  }

  /// The bytes of one side, refusing what ingest would refuse before reading it all.
  private func load(_ input: PairInput) throws(IngestError) -> [UInt8] {
    switch input {
    case .inline(let text, _, _):
      return Array(text.utf8)
    case .file(let path):
      return try ArticleReader.bytes(atPath: path, limit: comparer.options.maxInputBytes)
    }
  }
}
