import CLibXML2
import ClaimDiffKit
import Foundation

// Measures claimdiff's speed in process, on the shared corpora: ingest pages per second on
// html-aeb, claim reading throughput on the NTREX documents, and comparison time per NTREX
// article pair (and for an article sixteen times longer). Run in release mode:
//
//   swift run -c release claimdiff-bench [path/to/shared] [ingest|claims|compare|batch|glossary...]
//
// With section names after the path, only those sections run (claims, compare and batch share
// their NTREX set-up: "compare" also runs claims, "batch" all three).
// Each measurement first checks that the work produced output, then times repeated runs and
// reports the median. It is not part of `swift test`: machines here are noisy.

let shared = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? "../shared")
guard FileManager.default.fileExists(atPath: shared.path) else {
  FileHandle.standardError.write(Data("claimdiff-bench: \(shared.path) not found; give the path of the shared corpora\n".utf8))
  exit(2)
}

let sections = Set(CommandLine.arguments.dropFirst(2))
func wants(_ section: String) -> Bool { sections.isEmpty || sections.contains(section) }

func files(_ folder: URL, suffix: String) -> [URL] {
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  return names.filter { $0.hasSuffix(suffix) }.sorted().map { folder.appendingPathComponent($0) }
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

func time(_ runs: Int, _ body: () -> Void) -> Double {
  var samples: [Double] = []
  for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
  }
  return median(samples)
}

func peakMemoryMiB() -> Double {
  guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
    let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
    let kb = Double(line.split(separator: " ").dropFirst().first ?? "")
  else { return 0 }
  return kb / 1024
}

func benchIngest() {
  // 1. Ingest: html-aeb pages, read from memory.
  let pages = files(shared.appendingPathComponent("corpora/html-aeb/html"), suffix: ".html").compactMap { try? Data(contentsOf: $0) }
  var options = IngestOptions(format: .html)
  options.requiresSupportedLanguage = false
  let reader = ArticleReader()
  let cleaned = pages.filter { (try? reader.read(bytes: Array($0), path: "page.html", options: options)) != nil }.count
  precondition(cleaned > pages.count / 2, "ingest produced too few articles: \(cleaned) of \(pages.count)")
  let bytes = Double(pages.reduce(0) { $0 + $1.count })
  let ingestSeconds = time(3) {
    for page in pages { _ = try? reader.read(bytes: Array(page), path: "page.html", options: options) }
  }
  print(String(format: "ingest html-aeb: %d pages, %.1f pages/s, %.1f MB/s (one thread)", pages.count, Double(pages.count) / ingestSeconds, bytes / ingestSeconds / 1e6))
  // The floor and the machine's yardstick: libxml2's parse alone, with ingest's options.
  // ../shared/tools/README.md measured 618 pages/s on the reference machine; the ratio of this
  // figure to that one says how fast this machine is, for every other figure here.
  xmlInitParser()
  let parseOptions = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
    | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
  let parseSeconds = time(5) {
    for page in pages {
      page.withUnsafeBytes { buffer in
        guard let base = buffer.baseAddress?.assumingMemoryBound(to: CChar.self),
          let document = htmlReadMemory(base, Int32(buffer.count), nil, "UTF-8", parseOptions)
        else { return }
        xmlFreeDoc(document)
      }
    }
  }
  let parseRate = Double(pages.count) / parseSeconds
  print(String(format: "libxml2 parse alone html-aeb: %.1f pages/s; this machine runs at %.2f of the reference machine's 618", parseRate, parseRate / 618))
}
if wants("ingest") { benchIngest() }

func benchNTREX() throws {
  // 2. Claims: NTREX documents, both languages.
  let comparer = try Comparer(options: CompareOptions())
  let documents = (try? FileManager.default.contentsOfDirectory(atPath: shared.appendingPathComponent("corpora/ntrex128-en-it/documents").path))?.sorted() ?? []
  var pairs: [(Article, Article)] = []
  for name in documents {
    let folder = shared.appendingPathComponent("corpora/ntrex128-en-it/documents").appendingPathComponent(name)
    guard let en = try? comparer.read(path: folder.appendingPathComponent("en.txt").path, language: .english),
      let it = try? comparer.read(path: folder.appendingPathComponent("it.txt").path, language: .italian)
    else { continue }
    pairs.append((en, it))
  }
  precondition(!pairs.isEmpty, "no NTREX documents read")
  let claimCount = pairs.reduce(0) { $0 + comparer.claims(in: $1.0).count + comparer.claims(in: $1.1).count }
  precondition(claimCount > 1000, "too few claims: \(claimCount)")
  let textBytes = Double(pairs.reduce(0) { $0 + $1.0.text.utf8.count + $1.1.text.utf8.count })
  let claimSeconds = time(3) {
    for (en, it) in pairs {
      _ = comparer.claims(in: en)
      _ = comparer.claims(in: it)
    }
  }
  print(String(format: "claims NTREX: %d documents, %d claims, %.2f MB/s (one thread)", pairs.count * 2, claimCount, textBytes / claimSeconds / 1e6))
  guard wants("compare") || wants("batch") else { return }

  // 3. Comparison per NTREX article pair, and for an article sixteen times longer.
  let findings = pairs.reduce(0) { total, pair in
    var (en, it) = pair
    return total + ((try? comparer.compare(source: &en, target: &it))?.pairs.count ?? 0)
  }
  precondition(findings > 0, "comparisons aligned nothing")
  let compareSeconds = time(3) {
    for pair in pairs {
      var (en, it) = pair
      _ = try? comparer.compare(source: &en, target: &it)
    }
  }
  print(String(format: "compare NTREX: %.2f ms per article pair (one thread, %d pairs)", compareSeconds / Double(pairs.count) * 1000, pairs.count))

  func concatenate(_ articles: [Article], language: Language) -> Article? {
    let text = articles.map { $0.text }.joined(separator: "\n\n")
    return try? ArticleReader().read(bytes: Array(text.utf8), path: "long.txt", options: IngestOptions(language: language, format: .text))
  }
  let sixteen = Array(pairs.prefix(16))
  if sixteen.count == 16, let longEN = concatenate(sixteen.map(\.0), language: .english), let longIT = concatenate(sixteen.map(\.1), language: .italian) {
    let longSeconds = time(3) {
      var en = longEN
      var it = longIT
      _ = try? comparer.compare(source: &en, target: &it)
    }
    let averageSeconds = time(3) {
      for pair in sixteen {
        var (en, it) = pair
        _ = try? comparer.compare(source: &en, target: &it)
      }
    } / 16
    print(String(format: "compare 16x article: %.2f ms, %.1f times one article's %.2f ms", longSeconds * 1000, longSeconds / averageSeconds, averageSeconds * 1000))
  }
  guard wants("batch") else { return }

  // 4. Batch: the NTREX pairs, from disk as a manifest would give them, on every core, through
  //    the ordered workers; then the results store alone, to show it is not the bottleneck.
  let documentsFolder = shared.appendingPathComponent("corpora/ntrex128-en-it/documents")
  let batchEntries: [ManifestEntry] = (0..<1000).map { index in
    let name = documents[index % documents.count]
    let folder = documentsFolder.appendingPathComponent(name)
    return .pair(
      BatchPair(
        id: "\(index)-\(name)", line: index + 1, source: .file(path: folder.appendingPathComponent("en.txt").path),
        target: .file(path: folder.appendingPathComponent("it.txt").path)))
  }
  let batchRunner = try BatchRunner(options: CompareOptions())
  let cores = ProcessInfo.processInfo.activeProcessorCount
  final class EntryQueue: @unchecked Sendable {
    private var entries: [ManifestEntry]
    private var index = 0
    init(_ entries: [ManifestEntry]) { self.entries = entries }
    func next() -> ManifestEntry? {
      guard index < entries.count else { return nil }
      defer { index += 1 }
      return entries[index]
    }
  }
  var batchRecords: [BatchRecord] = []
  let batchStart = DispatchTime.now().uptimeNanoseconds
  batchRunner.run(jobs: cores, next: EntryQueue(batchEntries).next) { outcome in
    if case .record(let record, _) = outcome { batchRecords.append(record) }
  }
  let batchSeconds = Double(DispatchTime.now().uptimeNanoseconds - batchStart) / 1e9
  precondition(batchRecords.count == batchEntries.count && batchRecords.allSatisfy { $0.status == .ok }, "the batch did not compare every pair")
  print(String(format: "batch NTREX: %d pairs on %d threads, %.1f pairs/s", batchRecords.count, cores, Double(batchRecords.count) / batchSeconds))

  let storePath = FileManager.default.temporaryDirectory.appendingPathComponent("claimdiff-bench-\(getpid()).sqlite").path
  defer {
    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: storePath + suffix) }
  }
  let store = try ResultStore(path: storePath)
  let run = try store.beginRun(manifest: "bench", glossary: batchRunner.glossaryFingerprint, jobs: cores)
  let storeSeconds = time(1) {
    for chunk in stride(from: 0, to: batchRecords.count, by: 256) {
      try? store.insert(Array(batchRecords[chunk..<min(chunk + 256, batchRecords.count)]), run: run)
    }
  }
  precondition((try? store.storedKeys().count) == batchRecords.count, "the store lost records")
  let findingCount = batchRecords.reduce(0) { $0 + $1.findings.count }
  print(String(format: "results store: %d pairs and %d findings in %.3f s, %.0f pairs/s (batched transactions, WAL)", batchRecords.count, findingCount, storeSeconds, Double(batchRecords.count) / storeSeconds))
}
if wants("claims") || wants("compare") || wants("batch") { try benchNTREX() }

func benchGlossary() {
  // 5. A 100,000-entry glossary: parsed from TSV and indexed, then looked up.
  var glossaryLines = ["en\tit\tcategory\taliases\tnote"]
  for index in 0..<100_000 {
    glossaryLines.append("term\(index) widget\ttermine\(index) congegno\tthing\tTW\(index)\t")
  }
  let glossaryText = glossaryLines.joined(separator: "\n")
  var parseSeconds: [Double] = []
  var loadSeconds: [Double] = []
  // Each loaded base is freed after its run is timed: freeing it is not loading it (a process
  // that loads a glossary keeps it until it exits).
  for _ in 0..<5 {
    let start = DispatchTime.now().uptimeNanoseconds
    let terms = (try? TSVGlossaryReader().parse(glossaryText, path: "bench.tsv")) ?? []
    let parsed = DispatchTime.now().uptimeNanoseconds
    let base = TermBase(layers: [terms])
    let end = DispatchTime.now().uptimeNanoseconds
    precondition(base.terms.count == 100_000, "the glossary lost entries: \(base.terms.count)")
    parseSeconds.append(Double(parsed - start) / 1e9)
    loadSeconds.append(Double(end - start) / 1e9)
  }
  let glossarySeconds = median(loadSeconds)
  let bigBase = TermBase(layers: [(try? TSVGlossaryReader().parse(glossaryText, path: "bench.tsv")) ?? []])
  precondition(bigBase.lookup("termine77777 congegni", language: .italian)?.id == "term77777 widget", "lookup failed")
  let lookupSeconds = time(3) {
    for index in stride(from: 0, to: 100_000, by: 10) { _ = bigBase.lookup("termine\(index) congegno", language: .italian) }
  }
  print(
    String(
      format: "glossary: 100,000 entries parsed and indexed in %.0f ms (parsing %.0f ms); %.1f µs per lookup", glossarySeconds * 1000,
      median(parseSeconds) * 1000, lookupSeconds / 10_000 * 1e6))
}
if wants("glossary") { benchGlossary() }

print(String(format: "peak memory: %.1f MiB", peakMemoryMiB()))
