import Foundation

/// A manifest read one entry at a time, so that a batch of a hundred thousand pairs holds only
/// the pairs in flight: a CSV or JSON Lines file, standard input, or a directory's pairs.
public final class ManifestStream: @unchecked Sendable {
  private var lines: LineReader?
  private var parser: ManifestLineParser
  private var entries: [ManifestEntry] = []
  private var index = 0
  private var lineNumber = 0
  /// How many entries there are, when known in advance (for progress); nil for standard input.
  public let count: Int?

  /// Opens a manifest file or directory. A file is checked before the batch starts: it must be
  /// readable UTF-8 with at least one line, and a CSV header must name the required columns.
  public init(path: String) throws(ManifestReader.Failure) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw ManifestReader.Failure(path: path, line: nil, reason: "no such manifest or directory")
    }
    parser = ManifestLineParser(manifest: path, folder: URL(fileURLWithPath: path).deletingLastPathComponent())
    if isDirectory.boolValue {
      entries = try ManifestReader().directory(path)
      count = entries.count
      return
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw ManifestReader.Failure(path: path, line: nil, reason: "cannot read the manifest; check its permissions")
    }
    // A first pass counts the entries and checks the header, so that a manifest that cannot be
    // used stops the batch before any work, and progress can say how much is left.
    var counting = LineReader(handle: handle)
    var checker = parser
    var total = 0
    var number = 0
    while let line = counting.next() {
      number += 1
      guard let text = String(bytes: line, encoding: .utf8) else {
        throw ManifestReader.Failure(path: path, line: number, reason: "not UTF-8 text")
      }
      if number == 1 || !checker.sawContent {
        if try checker.entry(text, number: number) != nil { total += 1 }
      } else if !text.allSatisfy(\.isWhitespace) {
        total += 1
      }
    }
    guard checker.sawContent else { throw ManifestReader.Failure(path: path, line: nil, reason: "the manifest is empty; list one pair per line") }
    try? handle.seek(toOffset: 0)
    lines = LineReader(handle: handle)
    count = total
  }

  /// Reads JSON Lines pairs from standard input as they arrive.
  public init(standardInput: FileHandle) {
    parser = ManifestLineParser(manifest: "stdin", folder: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    lines = LineReader(handle: standardInput)
    count = nil
  }

  /// The next entry; nil at the end. Called from one thread at a time.
  public func next() -> ManifestEntry? {
    guard lines != nil else {
      guard index < entries.count else { return nil }
      defer { index += 1 }
      return entries[index]
    }
    while let bytes = lines?.next() {
      lineNumber += 1
      let text = String(decoding: bytes, as: UTF8.self)
      do {
        if let entry = try parser.entry(text, number: lineNumber) { return parser.checkUnique(entry) }
      } catch {
        return .problem(ManifestProblem(id: "line-\(lineNumber)", manifest: error.path, line: lineNumber, message: error.reason))
      }
    }
    return nil
  }
}

/// Lines of a file or pipe, read in 64 KiB chunks, without their line breaks.
struct LineReader {
  let handle: FileHandle
  private var buffer: [UInt8] = []
  private var start = 0
  private var finished = false

  init(handle: FileHandle) { self.handle = handle }

  mutating func next() -> ArraySlice<UInt8>? {
    while true {
      if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
        defer { start = newline + 1 }
        return buffer[start..<newline]
      }
      if finished {
        guard start < buffer.count else { return nil }
        defer { start = buffer.count }
        return buffer[start...]
      }
      let chunk = handle.availableData
      if start > 0 {
        buffer.removeFirst(start)
        start = 0
      }
      if chunk.isEmpty { finished = true } else { buffer.append(contentsOf: chunk) }
    }
  }
}
