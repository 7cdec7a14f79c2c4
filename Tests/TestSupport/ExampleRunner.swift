import ClaimDiffKit
import Foundation

/// Text put before both sides of an example.
public struct ExamplePrefix: Sendable {
  public var english: String
  public var italian: String
  public var label: String

  public init(english: String, italian: String, label: String) {
    self.english = english
    self.italian = italian
    self.label = label
  }

  public static let none = ExamplePrefix(english: "", italian: "", label: "plain")
}

/// Runs a rule's English/Italian example through the whole pipeline, as STYLE.md §2 asks.
public struct ExampleRunner: Sendable {
  public let comparer: Comparer

  public init() throws {
    comparer = try Comparer(options: CompareOptions())
  }

  /// An example's text without its "↓" markers, and the markers' scalar offsets.
  public static func strip(_ text: String) -> (text: String, markers: [Int]) {
    var result = String.UnicodeScalarView()
    var markers: [Int] = []
    for scalar in text.unicodeScalars {
      if Character(scalar) == RuleExample.marker {
        markers.append(result.count)
      } else {
        result.append(scalar)
      }
    }
    return (String(result), markers)
  }

  /// Compares the example's English (source) and Italian (target) texts, each preceded by
  /// `prefix`, with the given rules disabled.
  public func compare(
    english: String, italian: String, published: SimpleDate, prefix: ExamplePrefix = .none,
    disabled: Set<String> = []
  ) throws -> Comparison {
    let reader = ArticleReader()
    var source = try reader.read(
      bytes: Array((prefix.english + english).utf8), path: "example.en.md",
      options: IngestOptions(language: .english, published: published, format: .markdown))
    var target = try reader.read(
      bytes: Array((prefix.italian + italian).utf8), path: "example.it.md",
      options: IngestOptions(language: .italian, published: published, format: .markdown))
    var options = CompareOptions()
    options.disabledRules = disabled
    options.sourceLanguage = .english
    options.targetLanguage = .italian
    let comparer = try Comparer(options: options)
    return try comparer.compare(source: &source, target: &target)
  }
}
