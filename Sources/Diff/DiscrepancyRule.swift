import Align
import Claims
import Core
import Foundation
import Glossary
import Ingest

/// A check over aligned claim pairs that reports discrepancies.
public protocol DiscrepancyRule: Sendable {
  static var spec: RuleSpec { get }
  init()
  func findings(in pairs: [ClaimPair], context: RuleContext) -> [Finding]
}

/// What a rule may know besides the pairs: the two articles and the term base.
public struct RuleContext: Sendable {
  public var source: Article
  public var target: Article
  public var termBase: TermBase
  /// The severity to report with, which a run may set apart from the rule's default.
  public var severity: Severity
  /// The entity matching of each aligned pair, made once for the rules that share it.
  var entityMatchings: [EntityMatching] = []
  /// Each article's sentences as tokens, made once for the comparison.
  public let sourceTokens: ArticleTokens
  public let targetTokens: ArticleTokens

  /// A context for two articles; their tokens are made here unless the comparison has them.
  public init(
    source: Article, target: Article, termBase: TermBase, severity: Severity,
    tokens: (source: ArticleTokens, target: ArticleTokens)? = nil
  ) {
    self.source = source
    self.target = target
    self.termBase = termBase
    self.severity = severity
    sourceTokens = tokens?.source ?? ArticleTokens(source, termBase: termBase)
    targetTokens = tokens?.target ?? ArticleTokens(target, termBase: termBase)
  }

  /// The tokens of one side's sentence at `index`.
  public func tokens(sentence index: Int, side: Side) -> [Token] {
    (side == .source ? sourceTokens : targetTokens)[sentence: index]
  }

  public func evidence(_ claim: Claim, side: Side) -> Evidence {
    Evidence(sentence: claim.sentence, range: claim.range, text: claim.text)
  }

  /// The whole sentence as evidence, for omissions and additions.
  public func evidence(sentence index: Int, side: Side) -> Evidence? {
    let article = side == .source ? source : target
    guard article.sentences.indices.contains(index) else { return nil }
    let sentence = article.sentences[index]
    return Evidence(sentence: index, range: sentence.range, text: sentence.text)
  }

  /// The entity matching of `pairs[index]`: the one made for the run when `pairs` are the
  /// run's pairs, else made here.
  func entityMatching(_ pairs: [ClaimPair], _ index: Int) -> EntityMatching {
    if entityMatchings.count == pairs.count { return entityMatchings[index] }
    return EntityMatching(source: pairs[index].sourceClaims, target: pairs[index].targetClaims)
  }

  public func language(_ side: Side) -> Language { side == .source ? source.language : target.language }

  /// "English" or "Italian", for messages.
  public func languageName(_ side: Side) -> String { language(side).name }
}

/// Which article of the two.
public enum Side: String, Sendable, Codable {
  case source
  case target
}
