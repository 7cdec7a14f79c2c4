import ArgumentParser
import ClaimDiffKit
import Foundation

/// Flag values shared by commands, checked once into library values.
enum Flags {
  static func language(_ text: String?, flag: String) throws -> Language? {
    guard let text else { return nil }
    guard let language = Language(code: text) else {
      throw ValidationError("\(flag): unknown language '\(text)'; use en or it")
    }
    return language
  }

  static func date(_ text: String?) throws -> SimpleDate? {
    guard let text else { return nil }
    guard text.count == 10, let date = SimpleDate(iso: text) else {
      throw ValidationError("--published: '\(text)' is not a date; write it as YYYY-MM-DD")
    }
    return date
  }

  /// "unknown format 'sarf'; did you mean 'sarif'?"
  static func choice(_ text: String, flag: String, among choices: [String]) throws -> String {
    let lowered = text.lowercased()
    if choices.contains(lowered) { return lowered }
    let nearest = Folding.nearest(lowered, among: choices, limit: 9)
    let hint = nearest.map { "; did you mean '\($0)'?" } ?? ""
    throw ValidationError("\(flag): unknown value '\(text)'\(hint) (one of \(choices.joined(separator: ", ")))")
  }

  /// The settings file: the one named, none, or the nearest `.claimdiff.yml` above the
  /// working directory. A file that cannot be used stops the run.
  static func configuration(path: String?, ignore: Bool) throws -> Configuration {
    do {
      if let path {
        guard FileManager.default.fileExists(atPath: path) else {
          throw Configuration.Failure(path: path, line: nil, reason: "no such configuration file")
        }
        return try Configuration(path: path)
      }
      if ignore { return Configuration() }
      return try Configuration.discover(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    } catch let failure as Configuration.Failure {
      throw fail(failure.description)
    }
  }

  static func fail(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data(("claimdiff: " + message + "\n").utf8))
    return ExitCode(2)
  }

  /// Writes to `path` atomically, or to standard output when nil.
  static func emit(_ text: String, to path: String?) throws {
    guard let path, path != "-" else {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    do {
      try OutputWriter.write(text, to: path)
    } catch {
      throw fail(error.description)
    }
  }
}
