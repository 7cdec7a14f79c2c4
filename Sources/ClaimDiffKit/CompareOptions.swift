import Core
import Diff
import Foundation
import Ingest

/// Everything a comparison needs to know, decided once from flags (and later a config file).
public struct CompareOptions: Sendable {
  /// The source's language; detected when nil.
  public var sourceLanguage: Language?
  /// The target's language; detected when nil.
  public var targetLanguage: Language?
  /// User glossaries, layered over the shipped one in order.
  public var glossaries: [String] = []
  /// The publication date for both articles, overriding what the pages say.
  public var published: SimpleDate?
  /// Severity per rule id where the run overrides the rule's default.
  public var severities: [String: Severity] = [:]
  /// Rule ids not to run.
  public var disabledRules: Set<String> = []
  /// Inputs larger than this many bytes are refused.
  public var maxInputBytes: Int = IngestOptions.defaultMaxInputBytes

  public init() {}
}
