import ClaimDiffKit
import Foundation
import Testing
import TestSupport

/// Manifests: every line becomes a pair or a problem naming the line.
@Suite struct ManifestTests {
  func write(_ text: String, name: String) throws -> String {
    let url = Repository.temporaryFolder().appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test func csvLinesBecomePairsOrProblems() throws {
    let path = try write(
      """
      id,source,target,source_lang,target_lang,published
      a,en/a.html,it/a.html,en,it,2017-05-03
      "b, quoted","en/b ""x"".txt",/abs/it.txt,,,
      c,en/c.txt
      d,en/d.txt,it/d.txt,fr,,
      e,en/e.txt,it/e.txt,,,3 May
      a,en/a2.html,it/a2.html,,,
      ,en/f.txt,it/f.txt,,,

      """, name: "manifest.csv")
    let entries = try ManifestReader().read(path: path)
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    #expect(entries.count == 7)
    guard case .pair(let first) = entries[0], case .pair(let second) = entries[1] else {
      Issue.record("expected two pairs first: \(entries.prefix(2))")
      return
    }
    #expect(first.id == "a" && first.line == 2 && first.sourceLanguage == .english && first.targetLanguage == .italian)
    #expect(first.source == .file(path: folder.appendingPathComponent("en/a.html").path))
    #expect(first.published?.iso == "2017-05-03")
    #expect(second.id == "b, quoted")
    #expect(second.source == .file(path: folder.appendingPathComponent("en/b \"x\".txt").path))
    #expect(second.target == .file(path: "/abs/it.txt"))
    let problems = entries.compactMap { entry -> ManifestProblem? in
      if case .problem(let problem) = entry { return problem }
      return nil
    }
    #expect(problems.map(\.line) == [4, 5, 6, 7, 8])
    #expect(problems[0].description.hasSuffix("manifest.csv:4: expected 6 columns (id,source,target,source_lang,target_lang,published), found 2"))
    #expect(problems[1].message == "source_lang 'fr' is not en or it")
    #expect(problems[2].message == "published '3 May' is not a date; write it as YYYY-MM-DD")
    #expect(problems[3].message == "duplicate id 'a'; every pair needs its own id")
    #expect(problems[3].id == "line-7")
    #expect(problems[4].message == "the pair has no id")
  }

  @Test func jsonLinesAndBrokenJSON() throws {
    let path = try write(
      """
      {"id": "x", "source": "x.en.txt", "target": "x.it.txt"}
      {"id": "y", "source_text": "Two people died.", "target_text": "Due persone sono morte.", "target_format": "markdown"}
      {"id": "z", "source": "z.en.txt"
      {"id": "w", "target": "w.it.txt"}
      """, name: "manifest.jsonl")
    let entries = try ManifestReader().read(path: path)
    #expect(entries.count == 4)
    guard case .pair(let inline) = entries[1] else {
      Issue.record("line 2 should be a pair")
      return
    }
    #expect(inline.source == .inline(text: "Two people died.", name: "y.source", format: nil))
    #expect(inline.target == .inline(text: "Due persone sono morte.", name: "y.target", format: .markdown))
    guard case .problem(let broken) = entries[2], case .problem(let noSource) = entries[3] else {
      Issue.record("lines 3 and 4 should be problems")
      return
    }
    #expect(broken.line == 3 && broken.message == "not valid JSON; each line must be one JSON object")
    #expect(noSource.id == "w" && noSource.message == "the pair has no source (a path, or source_text)")
  }

  @Test func headerWithoutRequiredColumnStopsTheManifest() throws {
    let path = try write("id,src,target\na,b,c\n", name: "bad.csv")
    #expect(throws: ManifestReader.Failure.self) { try ManifestReader().read(path: path) }
    do {
      _ = try ManifestReader().read(path: path)
    } catch {
      #expect(error.description.contains("bad.csv:1: the CSV header lacks the 'source' column"))
    }
    let empty = try write("\n\n", name: "empty.csv")
    #expect(throws: ManifestReader.Failure.self) { try ManifestReader().read(path: empty) }
    #expect(throws: ManifestReader.Failure.self) { try ManifestReader().read(path: "/nonexistent/manifest.csv") }
  }

  @Test func directoryPairsEnglishWithItalianByName() throws {
    let folder = Repository.temporaryFolder()
    for name in ["one.en.html", "one.it.html", "two.en.txt", "two.it.md", "three.en.txt", "notes.txt"] {
      try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let entries = try ManifestReader().read(path: folder.path)
    #expect(entries.count == 3)
    guard case .pair(let one) = entries[0], case .problem(let three) = entries[1], case .pair(let two) = entries[2] else {
      Issue.record("unexpected entries \(entries)")
      return
    }
    #expect(one.id == "one" && one.source == .file(path: folder.appendingPathComponent("one.en.html").path))
    #expect(two.target == .file(path: folder.appendingPathComponent("two.it.md").path))
    #expect(three.message == "three has no counterpart three.it.*")
  }
}
