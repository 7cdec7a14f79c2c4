import Align
import Claims
import Core
import Foundation
import Glossary
import Ingest

/// Mines candidate glossary entries from article pairs, the way dictionary-inducing aligners do:
/// in every pair of sentences aligned one to one, the names and uncommon words the glossary does
/// not know yet are counted on each side, and a source unit and a target unit that keep
/// occurring in the same aligned pairs are proposed as one term (Dice coefficient, each unit
/// linked to its best partner only when the partner's best is it too).
public struct TermSuggester: Sendable {
  public struct Suggestion: Sendable, Equatable {
    public var english: String
    public var italian: String
    public var category: TermCategory
    /// How many aligned sentence pairs hold both.
    public var together: Int
    public var dice: Double
  }

  public let comparer: Comparer
  /// Pairs held together fewer times than this are not proposed.
  public var minimumCount = 2
  public var minimumDice = 0.6

  public init(comparer: Comparer) { self.comparer = comparer }

  /// The units of one aligned sentence pair: names and uncommon words on each side, each with
  /// how it is written.
  struct Units: Sendable {
    var source: [String: String] = [:]
    var target: [String: String] = [:]
  }

  /// The units of each sentence pair aligned one to one in a comparison.
  func units(of comparison: Comparison) -> [Units] {
    comparison.pairs.filter { $0.source.count == 1 && $0.target.count == 1 && $0.score >= 0.3 }.map { pair in
      Units(
        source: units(pair.sourceClaims, sentence: pair.source[0], in: comparison.source),
        target: units(pair.targetClaims, sentence: pair.target[0], in: comparison.target))
    }
  }

  private func units(_ claims: [Claim], sentence: Int, in article: Article) -> [String: String] {
    var found: [String: String] = [:]
    var covered: [TextRange] = []
    for claim in claims where claim.kind == .entity {
      guard let entity = claim.entity, entity.term == nil else {
        covered.append(claim.range)
        continue
      }
      let name = Folding.withoutPossessive(claim.text)
      found["name:" + Folding.fold(name)] = name
      covered.append(claim.range)
    }
    let text = ScalarText(article.text)
    for token in Tokenizer.tokens(in: text, range: article.sentences[sentence].range) where token.kind == .word {
      let word = token.folded
      guard word.count >= 4, token.text.first?.isLowercase == true, !covered.contains(where: { $0.start <= token.range.start && token.range.end <= $0.end }),
        !FunctionWords.contains(word, language: article.language), !WordSenses.shipped.isCommonWord(word, language: article.language),
        comparer.termBase.lookup(word, language: article.language) == nil
      else { continue }
      found["word:" + word] = token.text
    }
    return found
  }

  /// Candidate entries from the comparisons' aligned sentences, best first.
  public func suggestions(from units: [[String: String]], _ targets: [[String: String]]) -> [Suggestion] {
    var sourceCount: [String: Int] = [:]
    var targetCount: [String: Int] = [:]
    var together: [String: [String: Int]] = [:]
    var written: [String: String] = [:]
    for (source, target) in zip(units, targets) {
      for (key, text) in source {
        sourceCount[key, default: 0] += 1
        written[key] = written[key] ?? text
      }
      for (key, text) in target {
        targetCount[key, default: 0] += 1
        written["it " + key] = written["it " + key] ?? text
      }
      // A name pairs with a name and a word with a word: "Jon Snow" is not "fantasy".
      for key in source.keys {
        for other in target.keys where key.hasPrefix("name:") == other.hasPrefix("name:") {
          together[key, default: [:]][other, default: 0] += 1
        }
      }
    }
    func dice(_ s: String, _ t: String) -> Double {
      let joint = Double(together[s]?[t] ?? 0)
      return 2 * joint / Double((sourceCount[s] ?? 0) + (targetCount[t] ?? 0))
    }
    var bestForTarget: [String: (String, Double)] = [:]
    for (s, partners) in together {
      for (t, count) in partners where count >= minimumCount {
        let score = dice(s, t)
        if score > (bestForTarget[t]?.1 ?? 0) { bestForTarget[t] = (s, score) }
      }
    }
    var result: [Suggestion] = []
    for (s, partners) in together {
      guard let (t, count) = partners.filter({ $0.value >= minimumCount }).max(by: { (dice(s, $0.key), $0.value) < (dice(s, $1.key), $1.value) }),
        bestForTarget[t]?.0 == s
      else { continue }
      let score = dice(s, t)
      guard score >= minimumDice, let english = written[s], let italian = written["it " + t] else { continue }
      // A unit that reads the same on both sides, or a name against part of itself ("Theresa"
      // and "Theresa May", "San Diego" and "Diego"), is one the comparison already matches.
      let englishWords = Set(Folding.fold(english).split(separator: " "))
      let italianWords = Set(Folding.fold(italian).split(separator: " "))
      guard !englishWords.isSubset(of: italianWords), !italianWords.isSubset(of: englishWords) else { continue }
      let isName = s.hasPrefix("name:") || t.hasPrefix("name:")
      result.append(Suggestion(english: english, italian: italian, category: isName ? .organisation : .thing, together: count, dice: score))
    }
    return result.sorted { ($0.together, $0.dice, $1.english) > ($1.together, $1.dice, $0.english) }
  }

  /// Runs the comparisons of a manifest on `jobs` threads and mines them.
  public func suggestions(manifest: ManifestStream, jobs: Int) -> (suggestions: [Suggestion], pairs: Int, failed: Int) {
    let runner = BatchRunner(comparer: comparer)
    var sources: [[String: String]] = []
    var targets: [[String: String]] = []
    var pairs = 0
    var failed = 0
    OrderedWorkers<ManifestEntry, [Units]?>(jobs: jobs).run(
      next: manifest.next,
      work: { entry in
        guard case .record(_, let comparison?) = runner.process(entry, keepComparison: true) else { return nil }
        return units(of: comparison)
      },
      consume: { found in
        pairs += 1
        guard let found else {
          failed += 1
          return
        }
        for units in found {
          sources.append(units.source)
          targets.append(units.target)
        }
      })
    return (suggestions(from: sources, targets), pairs, failed)
  }

  /// The suggestions as a TSV glossary a person reviews and merges.
  public static func tsv(_ suggestions: [Suggestion]) -> String {
    var lines = [
      "# Suggested by claimdiff glossary suggest: check each line (and its category) before merging it into a glossary.",
      TSVGlossaryReader.columns.joined(separator: "\t"),
    ]
    for suggestion in suggestions {
      let note = String(format: "suggested: %d aligned sentence pairs, Dice %.2f", suggestion.together, suggestion.dice)
      lines.append([suggestion.english, suggestion.italian, suggestion.category.rawValue, "", note].joined(separator: "\t"))
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
