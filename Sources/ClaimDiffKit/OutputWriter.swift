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
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
      try Data(text.utf8).write(to: temporary)
    } catch {
      throw Failure(path: path, reason: error.localizedDescription)
    }
    if rename(temporary.path, url.path) != 0 {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(at: temporary)
      throw Failure(path: path, reason: reason)
    }
  }
}
