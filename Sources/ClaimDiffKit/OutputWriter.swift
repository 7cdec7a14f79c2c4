import Foundation

/// Writes an output file whole or not at all: to a temporary file beside it, then renamed
/// over the destination.
public enum OutputWriter {
  public struct Failure: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): cannot write the output (\(reason)); check the folder exists and is writable" }

    public init(path: String, reason: String) {
      self.path = path
      self.reason = reason
    }
  }

  public static func write(_ text: String, to path: String) throws(Failure) {
    let temporary = temporaryPath(for: path)
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
    } catch {
      throw Failure(path: path, reason: error.localizedDescription)
    }
    try moveIntoPlace(temporary, to: path)
  }

  /// Where an output is written before it is whole: a hidden file beside it, named for the
  /// process, so that the rename that publishes it stays on one file system.
  public static func temporaryPath(for path: String) -> String {
    let url = URL(fileURLWithPath: path)
    return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
  }

  /// Renames a finished temporary file over `path`; on failure the temporary file is removed.
  public static func moveIntoPlace(_ temporary: String, to path: String) throws(Failure) {
    guard rename(temporary, path) != 0 else { return }
    let reason = String(cString: strerror(errno))
    try? FileManager.default.removeItem(atPath: temporary)
    throw Failure(path: path, reason: reason)
  }
}
