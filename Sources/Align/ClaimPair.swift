import Claims
import Core
import Foundation

/// A group of source sentences aligned with a group of target sentences (one to one, one to
/// many, many to one), or sentences on one side with no counterpart, with their claims.
public struct ClaimPair: Sendable, Equatable {
  /// Sentence indices in the source article; empty for an added target sentence.
  public var source: [Int]
  /// Sentence indices in the target article; empty for an omitted source sentence.
  public var target: [Int]
  /// How well the two sides match, from 0 to 1.
  public var score: Double
  public var sourceClaims: [Claim]
  public var targetClaims: [Claim]

  public init(source: [Int], target: [Int], score: Double, sourceClaims: [Claim], targetClaims: [Claim]) {
    self.source = source
    self.target = target
    self.score = score
    self.sourceClaims = sourceClaims
    self.targetClaims = targetClaims
  }

  public var isMatched: Bool { !source.isEmpty && !target.isEmpty }

  /// Whether the two sides are a close translation rather than a rewrite: a sentence aligned
  /// with one sentence, or a larger group aligned at least half as well as a faithful pair.
  /// Rules that judge wording (a swapped name, a lost negation) look only at close pairs, where
  /// a difference is a change and not a paraphrase.
  public var isCloseTranslation: Bool {
    guard isMatched else { return false }
    return source.count == 1 && target.count == 1 ? score >= 0.1 : score >= 0.5
  }

  /// Whether what each side says here can be counted against the other's — how many
  /// negations — though its claims are not close enough to compare one by one: a group of
  /// sentences holds all that both sides say there, however its sentences pair up inside it.
  public var isComparableInCount: Bool { isCloseTranslation || (isMatched && score >= 0.4) }
}
