import Align
import ClaimDiffKit
import Claims
import Core
import Foundation
import Testing
import TestSupport

/// Alignment measured on real translations: NTREX-128 documents, whose sentence alignment is
/// known, with the Italian side perturbed the ways translators restructure — sentences merged,
/// split and dropped, a paragraph moved (three in ten documents) — and links scored by
/// precision, recall and F1.
/// Skipped when `../shared` is absent.
@Suite struct AlignmentQualityTests {
  /// A small deterministic generator, so that the test set is the same on every run.
  struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) / 10_000 < p }
  }

  struct Case {
    var english: [String]
    var italian: [String]
    /// (English line, Italian line) links of the perturbed pair.
    var gold: Set<[Int]>
  }

  static func perturb(english: [String], italian: [String], rng: inout SplitMix) -> Case {
    var outItalian: [String] = []
    var gold: Set<[Int]> = []
    var k = 0
    while k < italian.count {
      let line = italian[k]
      if k + 1 < italian.count, k > 0, rng.chance(0.1), line.hasSuffix(".") {
        // Two sentences merged into one: "A. B." → "A; b."
        let next = italian[k + 1]
        let merged = String(line.dropLast()) + "; " + next.prefix(1).lowercased() + next.dropFirst()
        gold.insert([k, outItalian.count])
        gold.insert([k + 1, outItalian.count])
        outItalian.append(merged)
        k += 2
        continue
      }
      if k > 0, rng.chance(0.1), let comma = line.range(of: ", ", range: line.index(line.startIndex, offsetBy: line.count / 3)..<line.endIndex) {
        // One sentence split in two at a comma.
        let first = String(line[..<comma.lowerBound]) + "."
        let rest = line[comma.upperBound...]
        let second = rest.prefix(1).uppercased() + rest.dropFirst()
        gold.insert([k, outItalian.count])
        gold.insert([k, outItalian.count + 1])
        outItalian.append(first)
        outItalian.append(second)
        k += 1
        continue
      }
      if k > 0, rng.chance(0.05) {
        // A sentence dropped: its English sentence has no counterpart.
        k += 1
        continue
      }
      gold.insert([k, outItalian.count])
      outItalian.append(line)
      k += 1
    }
    // A paragraph moved: one Italian line put at least three lines away from where it was.
    if outItalian.count > 8, rng.chance(0.3) {
      let from = 1 + Int(rng.next() % UInt64(outItalian.count - 1))
      var to = Int(rng.next() % UInt64(outItalian.count))
      if abs(to - from) < 3 { to = from + 3 < outItalian.count ? from + 3 : max(0, from - 3) }
      let line = outItalian.remove(at: from)
      outItalian.insert(line, at: to)
      func moved(_ index: Int) -> Int {
        if index == from { return to }
        var shifted = index > from ? index - 1 : index
        if shifted >= to { shifted += 1 }
        return shifted
      }
      gold = Set(gold.map { [$0[0], moved($0[1])] })
    }
    return Case(english: english, italian: outItalian, gold: gold)
  }

  @Test func ntrexLinksScoreAboveTheFloor() throws {
    guard let shared = Repository.shared else { return }
    let folder = shared.appendingPathComponent("corpora/ntrex128-en-it/documents")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    let comparer = try Comparer(options: CompareOptions())
    let reader = ArticleReader()
    var rng = SplitMix(state: 2026)
    var truePositives = 0
    var predicted = 0
    var expected = 0
    for name in names {
      func lines(_ file: String) throws -> [String] {
        try String(contentsOf: folder.appendingPathComponent(name).appendingPathComponent(file), encoding: .utf8)
          .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
      }
      let testCase = Self.perturb(english: try lines("en.txt"), italian: try lines("it.txt"), rng: &rng)
      // One line a block, so that line k is a paragraph; sentences inside are found by text.
      func article(_ lines: [String], _ language: Language) throws -> Article {
        try reader.read(
          bytes: Array(lines.joined(separator: "\n\n").utf8), path: "\(name).\(language.rawValue).md",
          options: IngestOptions(language: language, format: .markdown))
      }
      var english = try article(testCase.english, .english)
      var italian = try article(testCase.italian, .italian)
      let comparison = try comparer.compare(source: &english, target: &italian)
      // Map sentences back to lines through their blocks, each block found among the lines by
      // its text, in order: ingest drops a line that repeats an earlier one ("It Is Very Bad."
      // then "It is very bad."), and block k is then not line k.
      let englishLine = Self.lines(of: english, in: testCase.english)
      let italianLine = Self.lines(of: italian, in: testCase.italian)
      var links: Set<[Int]> = []
      for pair in comparison.pairs where pair.isMatched {
        for s in pair.source { for t in pair.target { links.insert([englishLine[s], italianLine[t]]) } }
      }
      truePositives += links.intersection(testCase.gold).count
      predicted += links.count
      expected += testCase.gold.count
    }
    let precision = Double(truePositives) / Double(max(1, predicted))
    let recall = Double(truePositives) / Double(max(1, expected))
    let f1 = 2 * precision * recall / max(1e-9, precision + recall)
    print(String(format: "alignment on perturbed NTREX: precision %.3f recall %.3f F1 %.3f (%d links)", precision, recall, f1, expected))
    #expect(f1 >= Self.floor, "alignment F1 \(f1) fell under the pinned floor \(Self.floor)")
  }

  /// The line of each sentence of `article`: its block's, the first line from the previous
  /// block's on whose text is the block's (or holds it).
  static func lines(of article: Article, in lines: [String]) -> [Int] {
    let text = ScalarText(article.text)
    var lineOfBlock: [Int] = []
    var cursor = 0
    for block in article.blocks {
      let written = text[block.range]
      let found = (cursor..<lines.count).first { lines[$0] == written || lines[$0].contains(written) } ?? cursor
      lineOfBlock.append(found)
      cursor = found + 1
    }
    return article.sentences.map { lineOfBlock.indices.contains($0.block) ? lineOfBlock[$0.block] : $0.block }
  }

  /// The pinned floor; lowering it is a deliberate change with a CHANGELOG line.
  static let floor = 0.94
}
