import ClaimDiffKit
import Foundation
import Testing
import TestSupport

/// `claimdiff batch`: one record per pair in manifest order, a results store that resumes,
/// streaming JSON Lines, and a summary report.
@Suite struct BatchTests {
  /// A folder of small article pairs, every third one with a changed number, and a manifest.
  func corpus(pairs: Int) throws -> (folder: URL, manifest: String) {
    let folder = Repository.temporaryFolder()
    var lines = ["id,source,target"]
    for index in 0..<pairs {
      let houses = 10 + index
      let english = "# Flood number \(index)\n\nThe flood destroyed \(houses) houses in the valley on Monday, the mayor said.\n"
      let italian = "# Alluvione numero \(index)\n\nL'alluvione ha distrutto \(index % 3 == 0 ? houses + 1 : houses) case nella valle lunedì, ha detto il sindaco.\n"
      try english.write(to: folder.appendingPathComponent("p\(index).en.md"), atomically: true, encoding: .utf8)
      try italian.write(to: folder.appendingPathComponent("p\(index).it.md"), atomically: true, encoding: .utf8)
      lines.append("pair-\(index),p\(index).en.md,p\(index).it.md")
    }
    let manifest = folder.appendingPathComponent("manifest.csv")
    try (lines.joined(separator: "\n") + "\n").write(to: manifest, atomically: true, encoding: .utf8)
    return (folder, manifest.path)
  }

  func records(_ jsonl: String) throws -> [[String: Any]] {
    try jsonl.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
  }

  @Test func everyPairYieldsOneRecordInManifestOrder() throws {
    let (folder, manifest) = try corpus(pairs: 12)
    let broken = folder.appendingPathComponent("broken.csv")
    try (try String(contentsOfFile: manifest, encoding: .utf8) + "missing,nope.en.md,nope.it.md\nshort,x\n")
      .write(to: broken, atomically: true, encoding: .utf8)
    let db = folder.appendingPathComponent("results.sqlite").path
    let result = try ProcessRunner.run(["batch", broken.path, "--db", db, "--jobs", "2", "--no-progress"])
    #expect(result.status == 1, "a pair that could not be compared makes the exit status 1")
    let records = try records(result.stdout)
    #expect(records.map { $0["id"] as? String } == (0..<12).map { "pair-\($0)" } + ["missing", "short"])
    for (index, record) in records.prefix(12).enumerated() {
      #expect(record["status"] as? String == "ok")
      let rules = (record["findings"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } ?? []
      #expect(rules.contains("quantity.value") == (index % 3 == 0), "pair-\(index): \(rules)")
    }
    #expect((records[12]["error"] as? String)?.contains("nope.en.md") == true)
    #expect((records[13]["error"] as? String)?.contains("broken.csv:15: expected 3 columns") == true)
    let store = try ResultStore(path: db)
    #expect(try store.storedKeys().count == 12)

    let csv = try ProcessRunner.run(["batch", manifest, "--format", "csv", "--no-progress"])
    #expect(csv.status == 0)
    let rows = csv.stdout.split(separator: "\n")
    #expect(rows.first == Substring(BatchRecord.csvHeader))
    #expect(rows.count == 13)
    #expect(rows[1].hasPrefix("pair-0,ok,") && rows[1].contains(",1,0,0,quantity.value,"))
  }

  @Test func killedBatchResumesWithEveryPairOnce() throws {
    let (folder, manifest) = try corpus(pairs: 600)
    let db = folder.appendingPathComponent("results.sqlite").path
    let process = Process()
    process.executableURL = Repository.executable
    process.arguments = ["batch", manifest, "--db", db, "--jobs", "1", "--no-progress", "--output", folder.appendingPathComponent("out.jsonl").path]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    // Wait for the first committed transaction, then kill without warning.
    let deadline = Date().addingTimeInterval(60)
    var stored = 0
    while Date() < deadline {
      Thread.sleep(forTimeInterval: 0.05)
      if FileManager.default.fileExists(atPath: db), let keys = try? ResultStore(path: db).storedKeys() { stored = keys.count }
      if stored > 0 { break }
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    #expect(stored > 0)
    let afterKill = try ResultStore(path: db).storedKeys().count
    #expect(afterKill < 600, "the batch was meant to be killed mid-run")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.jsonl").path), "no half-written output")

    let resumed = try ProcessRunner.run(["batch", manifest, "--db", db, "--resume", "--jobs", "2"])
    #expect(resumed.status == 0)
    let records = try records(resumed.stdout)
    #expect(records.count == 600 - afterKill, "the resumed run compares only what was not stored")
    #expect(resumed.stderr.contains("\(afterKill) already done"))
    let ids = try ResultStore(path: db).storedKeys()
    #expect(ids.count == 600)
  }

  @Test func stdinStreamsOneResultPerLineInOrder() throws {
    let lines = [
      #"{"id":"a","source_text":"The flood destroyed 40 houses on Monday, the mayor said.","target_text":"L'alluvione ha distrutto 45 case lunedì, ha detto il sindaco."}"#,
      "{not json",
      #"{"id":"b","source":"\#(Repository.fixture("europol-2017", "en.txt"))","target":"\#(Repository.fixture("europol-2017", "it.txt"))"}"#,
      #"{"id":"c","source_text":"Two people died.","target_text":"Zwei Menschen starben in der Stadt am Montag, sagte die Polizei."}"#,
    ]
    let result = try ProcessRunner.run(["batch", "--stdin", "--jobs", "2", "--no-progress"], stdin: Data((lines.joined(separator: "\n") + "\n").utf8))
    #expect(result.status == 0, "a stream exits 0 when every line got its record; failures are in the records")
    let records = try records(result.stdout)
    #expect(records.map { $0["id"] as? String } == ["a", "line-2", "b", "c"])
    #expect(records[0]["status"] as? String == "ok")
    #expect((records[0]["findings"] as? [[String: Any]])?.contains { $0["rule"] as? String == "quantity.value" } == true)
    #expect(records[1]["status"] as? String == "error")
    #expect(records[2]["status"] as? String == "ok")
    #expect(records[3]["status"] as? String == "error")
  }

  @Test func reportIsSelfContainedAndLinksEachPair() throws {
    let (folder, manifest) = try corpus(pairs: 6)
    let report = folder.appendingPathComponent("summary.html")
    let result = try ProcessRunner.run(["batch", manifest, "--report", report.path, "--no-progress"])
    #expect(result.status == 0)
    let html = try String(contentsOf: report, encoding: .utf8)
    #expect(html.contains("<svg"))
    #expect(html.contains("quantity.value"))
    for forbidden in ["<script", "<link", "src="] { #expect(!html.contains(forbidden)) }
    #expect(html.contains("href=\"summary-pairs/pair-0.html\""))
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("summary-pairs/pair-3.html").path))
  }

  @Test func batchFollowsTheTeamsConfiguration() throws {
    let (folder, manifest) = try corpus(pairs: 3)
    try "disable: [quantity.value]\nfail-on: info\n".write(to: folder.appendingPathComponent(".claimdiff.yml"), atomically: true, encoding: .utf8)
    let result = try ProcessRunner.run(["batch", manifest, "--no-progress"], in: folder)
    let rules = try records(result.stdout).flatMap { ($0["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String } }
    #expect(!rules.contains("quantity.value"))
    let ignored = try ProcessRunner.run(["batch", manifest, "--no-progress", "--no-config"], in: folder)
    #expect(ignored.stdout.contains("quantity.value"))
  }

  @Test func unusableDatabaseStopsTheBatchAndWritesNothing() throws {
    let (folder, manifest) = try corpus(pairs: 2)
    let notADatabase = folder.appendingPathComponent("notes.sqlite")
    try "just some text, not SQLite".write(to: notADatabase, atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("out.jsonl")
    let result = try ProcessRunner.run(["batch", manifest, "--db", notADatabase.path, "--output", output.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("notes.sqlite"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
    let noManifest = try ProcessRunner.run(["batch", folder.appendingPathComponent("none.csv").path])
    #expect(noManifest.status == 2)
    #expect(noManifest.stderr.contains("none.csv: no such manifest or directory"))
    let resumeWithoutStore = try ProcessRunner.run(["batch", manifest, "--resume"])
    #expect(resumeWithoutStore.status == 2)
  }
}
