/// Why an input could not be read into an article. Each message names the file, says what is
/// wrong and what to do.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  case isDirectory(path: String)
  case empty(path: String)
  case binary(path: String)
  case tooLarge(path: String, bytes: Int, limit: Int)
  case undecodable(path: String, encoding: String)
  case noText(path: String)
  case unsupportedLanguage(path: String, detected: String)
  case undetectableLanguage(path: String)

  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      "\(path): cannot read the file (\(reason)); check the path and its permissions"
    case .isDirectory(let path):
      "\(path): is a directory, not an article; give the path of an HTML, text or Markdown file"
    case .empty(let path):
      "\(path): the file is empty; give an article with text in it"
    case .binary(let path):
      "\(path): looks like a binary file, not HTML, text or Markdown; give the article's HTML or text"
    case .tooLarge(let path, let bytes, let limit):
      "\(path): is \(bytes) bytes, over the \(limit)-byte input limit; raise it with --max-input-bytes if the file is really an article"
    case .undecodable(let path, let encoding):
      "\(path): the bytes are not valid \(encoding); save the file as UTF-8"
    case .noText(let path):
      "\(path): no article text found (after removing markup and page furniture); check that this is the article itself"
    case .unsupportedLanguage(let path, let detected):
      "\(path): the text looks \(detected), not English or Italian; claimdiff compares English and Italian articles"
    case .undetectableLanguage(let path):
      "\(path): cannot tell whether the text is English or Italian; say which with --source-lang or --target-lang (en or it)"
    }
  }
}
