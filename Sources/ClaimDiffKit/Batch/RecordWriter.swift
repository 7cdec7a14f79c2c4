import Foundation

/// Where records go: standard output (flushed per record when streaming) or a file written
/// whole at the end, through a temporary file beside it.
public struct RecordWriter {
  public enum Format: Sendable { case jsonl, csv }

  let format: Format
  let output: String?
  let streaming: Bool
  private var handle: FileHandle
  private var temporary: String?
  private var buffer = Data()

  public init(format: Format, output: String?, streaming: Bool) throws(OutputWriter.Failure) {
    self.format = format
    self.output = output
    self.streaming = streaming
    if let output, output != "-" {
      let temporary = OutputWriter.temporaryPath(for: output)
      guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
        throw OutputWriter.Failure(path: output, reason: "cannot create a file beside it")
      }
      self.temporary = temporary
      self.handle = handle
    } else {
      handle = FileHandle.standardOutput
    }
    if format == .csv { buffer.append(Data((BatchRecord.csvHeader + "\n").utf8)) }
  }

  public mutating func write(_ record: BatchRecord) {
    buffer.append(Data(((format == .csv ? record.csvLine : record.jsonLine) + "\n").utf8))
    if streaming || buffer.count > 1 << 16 { flush() }
  }

  private mutating func flush() {
    guard !buffer.isEmpty else { return }
    handle.write(buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes what is left and, for a file, moves it into place.
  public mutating func finish() throws(OutputWriter.Failure) {
    flush()
    guard let temporary, let output else { return }
    try? handle.synchronize()
    try? handle.close()
    try OutputWriter.moveIntoPlace(temporary, to: output)
  }

  /// Abandons a file output, leaving no trace of it.
  public mutating func discard() {
    guard let temporary else { return }
    try? handle.close()
    try? FileManager.default.removeItem(atPath: temporary)
  }
}

