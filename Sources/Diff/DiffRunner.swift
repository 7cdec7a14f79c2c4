import Align
import Claims
import Core
import Foundation
import Glossary
import Ingest

/// Runs the rules over aligned pairs and collects their findings in text order.
public struct DiffRunner: Sendable {
  /// Severity per rule id where a run overrides the default.
  public var severities: [String: Severity]
  /// Rule ids not to run.
  public var disabled: Set<String>

  public init(severities: [String: Severity] = [:], disabled: Set<String> = []) {
    self.severities = severities
    self.disabled = disabled
  }

  /// The findings of every rule that runs; `tokens`, when the comparison has them, are the
  /// articles' sentences as tokens (`ArticleTokens`), else made here.
  public func findings(
    pairs: [ClaimPair], source: Article, target: Article, termBase: TermBase,
    tokens: (source: ArticleTokens, target: ArticleTokens)? = nil
  ) -> [Finding] {
    let tokens = tokens ?? (ArticleTokens(source, termBase: termBase), ArticleTokens(target, termBase: termBase))
    var findings: [Finding] = []
    let entityMatchings = pairs.map { pair in
      pair.isMatched ? EntityMatching(source: pair.sourceClaims, target: pair.targetClaims) : EntityMatching(source: [], target: [])
    }
    for rule in RuleRegistry.all where !disabled.contains(rule.spec.id) {
      var context = RuleContext(
        source: source, target: target, termBase: termBase, severity: severities[rule.spec.id] ?? rule.spec.severity, tokens: tokens)
      context.entityMatchings = entityMatchings
      findings += rule.init().findings(in: pairs, context: context)
    }
    var seen = Set<String>()
    return findings.filter { seen.insert($0.id).inserted }.sorted { a, b in
      let ka = a.source?.range.start ?? a.target.map { _ in Int.max } ?? Int.max
      let kb = b.source?.range.start ?? b.target.map { _ in Int.max } ?? Int.max
      if ka != kb { return ka < kb }
      return (a.target?.range.start ?? 0) < (b.target?.range.start ?? 0)
    }
  }
}
