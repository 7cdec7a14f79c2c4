import Core
import Foundation

/// The suppression comments of a text or Markdown file: a translator who accepts a deliberate
/// difference writes, on the line before it,
///
///     <!-- claimdiff-disable-next-line quantity.value -->
///
/// and claimdiff no longer reports that rule on the next line, or on the paragraph that starts
/// there. `claimdiff-disable-line` at the end of a line covers that line; without rule ids a
/// comment covers every rule.
public struct Suppressions: Sendable, Equatable {
  /// A comment as written: its own line and the rules it names (empty: all).
  public struct Directive: Sendable, Equatable {
    public var line: Int
    public var rules: [String]
  }

  public private(set) var directives: [Directive] = []
  private var covered: [Int: Set<String>] = [:]

  public init() {}

  public init(text: String) {
    // Most files have no directive at all: one byte search answers for them.
    guard Folding.contains(text, "claimdiff-disable") else { return }
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    for (index, line) in lines.enumerated() {
      guard let comment = Self.comment(in: line) else { continue }
      let words = comment.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map(String.init)
      guard let verb = words.first else { continue }
      let rules = Array(words.dropFirst())
      let lineNumber = index + 1
      switch verb {
      case "claimdiff-disable-line":
        directives.append(Directive(line: lineNumber, rules: rules))
        cover(lineNumber, rules)
      case "claimdiff-disable-next-line":
        directives.append(Directive(line: lineNumber, rules: rules))
        var next = index + 1
        while next < lines.count, Self.comment(in: lines[next]) != nil { next += 1 }
        while next < lines.count, !lines[next].allSatisfy(\.isWhitespace) {
          cover(next + 1, rules)
          next += 1
        }
      default: continue
      }
    }
  }

  private mutating func cover(_ line: Int, _ rules: [String]) {
    covered[line, default: []].formUnion(rules.isEmpty ? ["*"] : rules)
  }

  /// Whether findings of `rule` on `line` are suppressed.
  public func suppresses(_ rule: String, onLine line: Int) -> Bool {
    guard let rules = covered[line] else { return false }
    return rules.contains("*") || rules.contains(rule)
  }

  public var isEmpty: Bool { directives.isEmpty }

  /// The text of a `<!-- claimdiff-… -->` comment on the line, trimmed.
  static func comment(in line: Substring) -> Substring? {
    guard let open = line.range(of: "<!--"), let close = line.range(of: "-->", range: open.upperBound..<line.endIndex) else {
      return nil
    }
    let body = line[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
    return body.hasPrefix("claimdiff-") ? Substring(body) : nil
  }
}
