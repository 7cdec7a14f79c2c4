import Foundation
import Glossary
import Ingest

/// Why a comparison could not be made.
public enum ComparisonError: Error, Equatable, Sendable, CustomStringConvertible {
  case ingest(IngestError)
  case glossary(GlossaryError)
  case sameLanguage(source: String, target: String, language: String)
  case suppression(path: String, line: Int, rule: String, suggestion: String?)

  public var description: String {
    switch self {
    case .ingest(let error): error.description
    case .glossary(let error): error.description
    case .sameLanguage(let source, let target, let language):
      "\(source) and \(target) are both \(language); give one English and one Italian article, or set --source-lang and --target-lang"
    case .suppression(let path, let line, let rule, let suggestion):
      "\(path):\(line): claimdiff-disable names unknown rule '\(rule)'"
        + (suggestion.map { "; did you mean '\($0)'?" } ?? "; `claimdiff rules` lists them")
    }
  }
}
