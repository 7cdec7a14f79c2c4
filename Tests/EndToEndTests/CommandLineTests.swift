import Foundation
import Testing
import TestSupport

/// The built binary: what it prints and how it exits.
@Suite struct CommandLineTests {
  let en = Repository.fixture("europol-2017", "en.html")
  let it = Repository.fixture("europol-2017", "it.html")

  @Test func compareExitsOneOnAnErrorFindingAndZeroWithFailOnNever() throws {
    let result = try ProcessRunner.run(["compare", en, it])
    #expect(result.status == 1)
    #expect(result.stdout.contains("quantity.counted-thing"))
    let never = try ProcessRunner.run(["compare", en, it, "--fail-on", "never"])
    #expect(never.status == 0)
  }

  @Test func jsonReportFollowsTheContract() throws {
    let result = try ProcessRunner.run(["compare", en, it, "--format", "json"])
    #expect(result.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    let tool = try #require(object["tool"] as? [String: Any])
    #expect(tool["name"] as? String == "claimdiff")
    for side in ["source", "target"] {
      let article = try #require(object[side] as? [String: Any])
      for key in ["path", "lang", "title", "published", "sentences"] { #expect(article[key] != nil, "\(side).\(key)") }
      let sentences = try #require(article["sentences"] as? [[String: Any]])
      for key in ["index", "text", "role", "start", "end"] { #expect(sentences.first?[key] != nil, "sentence.\(key)") }
    }
    let findings = try #require(object["findings"] as? [[String: Any]])
    let finding = try #require(findings.first { $0["rule"] as? String == "quantity.counted-thing" })
    for key in ["id", "rule", "severity", "message", "source", "target"] { #expect(finding[key] != nil, "finding.\(key)") }
    let evidence = try #require(finding["source"] as? [String: Any])
    #expect(evidence["text"] as? String == "more than 2,000 extremist items")
    for key in ["sentence", "start", "end"] { #expect(evidence[key] is Int, "evidence.\(key)") }
    let summary = try #require(object["summary"] as? [String: Int])
    #expect(summary["error"] == 1)
    let alignment = try #require(object["alignment"] as? [[String: Any]])
    #expect(alignment.contains { ($0["source"] as? [Int])?.isEmpty == false && ($0["target"] as? [Int])?.isEmpty == false })
  }

  @Test func severitiesAreOverridablePerRun() throws {
    let downgraded = try ProcessRunner.run(["compare", en, it, "--severity", "quantity.counted-thing=warning"])
    #expect(downgraded.status == 0)
    #expect(downgraded.stdout.contains("warning: quantity.counted-thing"))
    let disabled = try ProcessRunner.run(["compare", en, it, "--disable", "quantity.counted-thing"])
    #expect(disabled.status == 0)
    #expect(!disabled.stdout.contains("quantity.counted-thing"))
    let typo = try ProcessRunner.run(["compare", en, it, "--disable", "quantity.countedthing"])
    #expect(typo.status == 2)
    #expect(typo.stderr.contains("did you mean 'quantity.counted-thing'?"))
  }

  @Test func usageErrorsExitTwoWithTheParsersMessage() throws {
    let result = try ProcessRunner.run(["compare", en])
    #expect(result.status == 2)
    #expect(result.stderr.contains("Usage"))
    let format = try ProcessRunner.run(["compare", en, it, "--format", "jsn"])
    #expect(format.status == 2)
    #expect(format.stderr.contains("did you mean 'json'?"))
    let help = try ProcessRunner.run(["compare", "--help"])
    #expect(help.status == 0)
  }

  @Test func badInputsExitTwoNamingTheFileAndWriteNothing() throws {
    let folder = Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let empty = folder.appendingPathComponent("empty.txt")
    FileManager.default.createFile(atPath: empty.path, contents: Data())
    let binary = folder.appendingPathComponent("binary.txt")
    FileManager.default.createFile(atPath: binary.path, contents: Data([0x7F, 0x45, 0x4C, 0x46, 0, 0, 1, 2, 0, 0, 0, 3]))
    let french = folder.appendingPathComponent("fr.txt")
    let frenchText = String(
      repeating: "Les militants de Daesh sont en train de développer leur propre plateforme de médias sociaux pour éviter la répression, a déclaré le chef de la police européenne. ",
      count: 4)
    FileManager.default.createFile(atPath: french.path, contents: Data(frenchText.utf8))
    let missing = folder.appendingPathComponent("missing.html")
    let cases: [(String, String)] = [
      (empty.path, "empty"), (binary.path, "binary"), (french.path, "French"), (missing.path, "no such file"),
      (folder.path, "directory"),
    ]
    for (path, words) in cases {
      let output = folder.appendingPathComponent("report.json")
      let result = try ProcessRunner.run(["compare", en, path, "--format", "json", "--output", output.path])
      #expect(result.status == 2, "\(words): exit \(result.status)")
      #expect(result.stderr.contains(path), "\(words): \(result.stderr)")
      #expect(result.stderr.contains(words), "\(words): \(result.stderr)")
      #expect(result.stderr.split(separator: "\n").count == 1, "\(words): \(result.stderr)")
      #expect(!FileManager.default.fileExists(atPath: output.path), "\(words): output written")
    }
  }

  @Test func outputIsWrittenToTheFileAndNotToStandardOutput() throws {
    let folder = Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("report.json")
    let result = try ProcessRunner.run(["compare", en, it, "--format", "json", "--output", output.path])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    let data = try #require(FileManager.default.contents(atPath: output.path))
    #expect(try JSONSerialization.jsonObject(with: data) is [String: Any])
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty)
  }

  @Test func extractPrintsClaimsAsTextAndJSON() throws {
    let text = try ProcessRunner.run(["extract", Repository.fixture("europol-2017", "it.txt")])
    #expect(text.status == 0)
    #expect(text.stdout.contains("quantity @"))
    #expect(text.stdout.contains("value=2000 qualifier=moreThan counted=\"estremisti\" lemma=estremista class=people"))
    let json = try ProcessRunner.run(["extract", Repository.fixture("europol-2017", "it.txt"), "--format", "json"])
    #expect(json.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let claims = try #require(object["claims"] as? [[String: Any]])
    let quantity = try #require(claims.first { $0["text"] as? String == "oltre 2.000 estremisti" })
    #expect(quantity["kind"] as? String == "quantity")
    #expect(quantity["value"] as? Double == 2000)
    #expect(quantity["min"] as? Double == 2000)
    #expect(quantity["countedLemma"] as? String == "estremista")
    #expect(quantity["countedClass"] as? String == "people")
    let place = try #require(claims.first { $0["text"] as? String == "Belgio" })
    #expect(place["canonical"] as? String == "Belgium")
    #expect(place["category"] as? String == "place")
  }

  @Test func rulesListsTheCatalogue() throws {
    let list = try ProcessRunner.run(["rules"])
    #expect(list.status == 0)
    #expect(list.stdout.contains("quantity.counted-thing"))
    let one = try ProcessRunner.run(["rules", "time.mismatch"])
    #expect(one.stdout.contains("over the past year"))
    let unknown = try ProcessRunner.run(["rules", "time.mismatc"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("did you mean 'time.mismatch'?"))
  }
}

@Suite struct CleanCommandTests {
  @Test func cleanWritesMainTextAndMetadata() throws {
    let folder = Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try ProcessRunner.run(["clean", Repository.fixture("europol-2017", "it.html"), "--out", folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    let text = String(decoding: try #require(FileManager.default.contents(atPath: folder.appendingPathComponent("it.txt").path)), as: UTF8.self)
    #expect(text.contains("Il risultato è stata l’identificazione di oltre 2.000 estremisti"))
    #expect(!text.contains("Condividi"))
    #expect(!text.contains("Articoli correlati"))
    let metaData = try #require(FileManager.default.contents(atPath: folder.appendingPathComponent("it.meta.json").path))
    let meta = try #require(try JSONSerialization.jsonObject(with: metaData) as? [String: Any])
    #expect(meta["title"] as? String == "EUROPOL, Isis sta cercando di sviluppare propri social media")
    #expect(meta["date"] as? String == "2017-05-04")
    #expect(meta["lang"] as? String == "it")
    #expect(meta["encoding"] as? String == "windows-1252")
  }

  @Test func cleanReportsABadFileAndCleansTheRest() throws {
    let folder = Repository.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let missing = folder.appendingPathComponent("missing.html").path
    let result = try ProcessRunner.run(["clean", missing, Repository.fixture("europol-2017", "en.txt"), "--out", folder.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains(missing))
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("en.txt").path))
  }
}
