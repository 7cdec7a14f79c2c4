import Foundation
import Testing
import TestSupport

/// What CI gates rely on: baselines, suppression comments, the configuration file, and
/// output files written whole or not at all.
@Suite struct GateTests {
  let en = Repository.fixture("europol-2017", "en.txt")
  let it = Repository.fixture("europol-2017", "it.txt")

  @Test func baselineAcceptsRecordedFindingsAndReportsOnlyNewOnes() throws {
    let folder = Repository.temporaryFolder()
    let baseline = folder.appendingPathComponent("baseline.jsonl").path
    let first = try ProcessRunner.run(["compare", en, it, "--write-baseline", baseline, "--format", "json"])
    #expect(first.status == 1)
    let written = try String(contentsOfFile: baseline, encoding: .utf8)
    let findings = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])["findings"] as? [Any]
    #expect(written.split(separator: "\n").count == (findings?.count ?? 0) + 1)

    let second = try ProcessRunner.run(["compare", en, it, "--baseline", baseline, "--format", "json"])
    #expect(second.status == 0)
    let report = try #require(try JSONSerialization.jsonObject(with: Data(second.stdout.utf8)) as? [String: Any])
    #expect((report["findings"] as? [Any])?.isEmpty == true)
    let outcome = try #require(report["baseline"] as? [String: Int])
    #expect(outcome["accepted"] == findings?.count)
    #expect(outcome["stale"] == 0)

    // A baseline entry that no longer occurs is counted as stale; the finding it lost is new.
    var lines = written.split(separator: "\n").map(String.init)
    let counted = try #require(lines.firstIndex { $0.contains("quantity.counted-thing") })
    lines[counted] = #"{"id":"0123456789abcdef","rule":"quantity.counted-thing"}"#
    try (lines.joined(separator: "\n") + "\n").write(toFile: baseline, atomically: true, encoding: .utf8)
    let third = try ProcessRunner.run(["compare", en, it, "--baseline", baseline])
    #expect(third.status == 1)
    #expect(third.stdout.contains("error: quantity.counted-thing"))
    #expect(third.stdout.contains("baseline entries no longer occur"))
    #expect(third.stdout.contains("1 baseline entries no longer occur"))
  }

  @Test func malformedBaselineStopsTheRunWithItsLineAndWritesNothing() throws {
    let folder = Repository.temporaryFolder()
    let baseline = folder.appendingPathComponent("baseline.jsonl").path
    try "{\"baseline\":\"claimdiff\",\"schemaVersion\":1}\n{\"id\":\"00000000000000aa\",\"rule\":\"quantity.value\"}\n{broken\n"
      .write(toFile: baseline, atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("report.json").path
    let result = try ProcessRunner.run(["compare", en, it, "--baseline", baseline, "--output", output])
    #expect(result.status == 2)
    #expect(result.stderr.contains("baseline.jsonl:3:"))
    #expect(!FileManager.default.fileExists(atPath: output))
    let missing = try ProcessRunner.run(["compare", en, it, "--baseline", folder.appendingPathComponent("none.jsonl").path])
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("none.jsonl"))
  }

  @Test func suppressionCommentInTheTranslationSilencesItsLine() throws {
    let folder = Repository.temporaryFolder()
    let source = folder.appendingPathComponent("en.md")
    let target = folder.appendingPathComponent("it.md")
    try "# Flood in the valley\n\nThe flood destroyed 40 houses in the valley on Monday, the mayor said.\n"
      .write(to: source, atomically: true, encoding: .utf8)
    let italian = "# Alluvione nella valle\n\nL'alluvione ha distrutto 45 case nella valle lunedì, ha detto il sindaco.\n"
    try italian.write(to: target, atomically: true, encoding: .utf8)
    let plain = try ProcessRunner.run(["compare", source.path, target.path])
    #expect(plain.status == 1)
    #expect(plain.stdout.contains("quantity.value"))

    let suppressed = italian.replacingOccurrences(
      of: "\n\nL'", with: "\n\n<!-- claimdiff-disable-next-line quantity.value -->\nL'")
    try suppressed.write(to: target, atomically: true, encoding: .utf8)
    let quiet = try ProcessRunner.run(["compare", source.path, target.path])
    #expect(quiet.status == 0)
    #expect(!quiet.stdout.contains("quantity.value"))
    #expect(quiet.stdout.contains("1 findings suppressed"))

    try suppressed.replacingOccurrences(of: "quantity.value", with: "quantity.valeu").write(to: target, atomically: true, encoding: .utf8)
    let typo = try ProcessRunner.run(["compare", source.path, target.path])
    #expect(typo.status == 2)
    #expect(typo.stderr.contains("it.md:3: claimdiff-disable names unknown rule 'quantity.valeu'; did you mean 'quantity.value'?"))
  }

  @Test func configurationFileIsFoundAboveAndFlagsOverrideIt() throws {
    let folder = Repository.temporaryFolder()
    let nested = folder.appendingPathComponent("a/b")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    try "version: 1\nformat: json\nfail-on: never\nseverity:\n  claim.added: warning\ndisable: [claim.omitted]\n"
      .write(to: folder.appendingPathComponent(".claimdiff.yml"), atomically: true, encoding: .utf8)
    let configured = try ProcessRunner.run(["compare", en, it], in: nested)
    #expect(configured.status == 0)
    let report = try #require(try JSONSerialization.jsonObject(with: Data(configured.stdout.utf8)) as? [String: Any])
    let findings = try #require(report["findings"] as? [[String: Any]])
    #expect(!findings.contains { $0["rule"] as? String == "claim.omitted" })
    #expect(findings.contains { $0["rule"] as? String == "claim.added" && $0["severity"] as? String == "warning" })

    let overridden = try ProcessRunner.run(["compare", en, it, "--format", "text", "--fail-on", "error"], in: nested)
    #expect(overridden.status == 1)
    #expect(overridden.stdout.hasPrefix("claimdiff "))
    let ignored = try ProcessRunner.run(["compare", en, it, "--no-config", "--format", "json"], in: nested)
    #expect(ignored.stdout.contains("\"claim.omitted\""))
  }

  @Test func badConfigurationNamesFileLineAndKey() throws {
    let folder = Repository.temporaryFolder()
    let config = folder.appendingPathComponent(".claimdiff.yml")
    let cases: [(String, String)] = [
      ("format: json\nfail_on: never\n", ".claimdiff.yml:2: unknown key 'fail_on'; did you mean 'fail-on'?"),
      ("format: jsn\n", ".claimdiff.yml:1: format: 'jsn' is not one of"),
      ("severity:\n  quantity.vale: info\n", ".claimdiff.yml:2: severity: unknown rule 'quantity.vale'; did you mean 'quantity.value'?"),
      ("severity:\n  quantity.value: loud\n", ".claimdiff.yml:2: severity: 'loud' for quantity.value is not error, warning or info"),
      ("disable: [claim.added\n", ".claimdiff.yml:2: not valid YAML"),
      ("- just\n- a list\n", ".claimdiff.yml:1: expected a mapping"),
      ("version: 2\n", ".claimdiff.yml:1: version: '2' is not a configuration version this claimdiff reads; write 1"),
    ]
    for (text, message) in cases {
      try text.write(to: config, atomically: true, encoding: .utf8)
      let result = try ProcessRunner.run(["compare", en, it], in: folder)
      #expect(result.status == 2, "\(text)")
      #expect(result.stderr.contains(message), "\(result.stderr)")
      #expect(result.stdout.isEmpty)
    }
  }
}
