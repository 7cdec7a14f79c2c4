import Foundation
import Glossary
import Ingest

/// Why a comparison could not be made.
public enum ComparisonError: Error, Equatable, Sendable, CustomStringConvertible {
  case ingest(IngestError)
  case glossary(GlossaryError)
  case sameLanguage(source: String, target: String, language: String)

  public var description: String {
    switch self {
    case .ingest(let error): error.description
    case .glossary(let error): error.description
    case .sameLanguage(let source, let target, let language):
      "\(source) and \(target) are both \(language); give one English and one Italian article, or set --source-lang and --target-lang"
    }
  }
}
