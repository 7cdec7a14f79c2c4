/// Why a glossary could not be loaded. Messages read `FILE:LINE: what is wrong; what to do`.
public enum GlossaryError: Error, Equatable, Sendable, CustomStringConvertible {
  case unreadable(path: String, reason: String)
  /// Every problem found in the files, so that one run reports them all.
  case invalid(problems: [GlossaryProblem])

  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      "\(path): cannot read the glossary (\(reason)); check the path"
    case .invalid(let problems):
      problems.map(\.description).joined(separator: "\n")
    }
  }
}

/// One problem in a glossary file, with its place.
public struct GlossaryProblem: Equatable, Sendable, CustomStringConvertible {
  public var path: String
  public var line: Int
  public var message: String

  public init(path: String, line: Int, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  public var description: String { "\(path):\(line): \(message)" }
}
