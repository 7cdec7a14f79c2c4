import Core
import Foundation
import Ingest

/// One article pair of a batch, as its manifest line gives it.
public struct BatchPair: Sendable, Equatable {
  public var id: String
  /// The manifest line it came from (1-based), for messages; nil for a directory's pairs.
  public var line: Int?
  public var source: PairInput
  public var target: PairInput
  public var sourceLanguage: Language?
  public var targetLanguage: Language?
  public var published: SimpleDate?

  public init(
    id: String, line: Int?, source: PairInput, target: PairInput, sourceLanguage: Language? = nil, targetLanguage: Language? = nil,
    published: SimpleDate? = nil
  ) {
    self.id = id
    self.line = line
    self.source = source
    self.target = target
    self.sourceLanguage = sourceLanguage
    self.targetLanguage = targetLanguage
    self.published = published
  }
}

/// Where an article of a pair comes from: a file, or text given inline (streaming input).
public enum PairInput: Sendable, Equatable {
  case file(path: String)
  case inline(text: String, name: String, format: InputFormat?)

  /// How reports name it: the path, or the inline article's name.
  public var name: String {
    switch self {
    case .file(let path): path
    case .inline(_, let name, _): name
    }
  }
}

/// A manifest line, read: a pair to compare, or a problem that becomes the line's error record.
public enum ManifestEntry: Sendable, Equatable {
  case pair(BatchPair)
  case problem(ManifestProblem)
}

/// A manifest line that cannot become a pair, with what to do about it.
public struct ManifestProblem: Sendable, Equatable, CustomStringConvertible {
  /// The pair's id when the line gave one; otherwise "line-N".
  public var id: String
  public var manifest: String
  public var line: Int?
  public var message: String

  public var description: String { "\(manifest)\(line.map { ":\($0)" } ?? ""): \(message)" }

  public init(id: String, manifest: String, line: Int?, message: String) {
    self.id = id
    self.manifest = manifest
    self.line = line
    self.message = message
  }
}
