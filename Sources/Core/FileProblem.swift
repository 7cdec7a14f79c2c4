/// A problem with a file the user gave — a configuration, a manifest, a baseline, a results
/// database: which file, the line when there is one, and what is wrong, printed the way
/// compilers print theirs ("path:line: reason").
public struct FileProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public var path: String
  public var line: Int?
  public var reason: String

  public init(path: String, line: Int? = nil, reason: String) {
    self.path = path
    self.line = line
    self.reason = reason
  }

  public var description: String { "\(path)\(line.map { ":\($0)" } ?? ""): \(reason)" }
}
