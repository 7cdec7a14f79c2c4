import Foundation

/// Results of parallel chunks, each written once by its own worker under a lock.
final class ChunkResults<Value: Sendable>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    defer { lock.unlock() }
    slots[index] = value
  }

  /// Every chunk's value, in chunk order; call after the workers are done.
  var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return slots.map { $0! }
  }
}

/// Makes the values of numbered chunks on helper threads, ahead of the caller, who consumes
/// them in order on its own thread; while the next chunk due is not ready, the caller makes the
/// first one nobody has begun rather than wait. So a serial consumer overlaps with the making
/// of what it consumes, and no core idles while another indexes.
final class ChunkPipeline<Value>: @unchecked Sendable {
  private let condition = NSCondition()
  private var values: [Value?]
  /// The next chunk nobody has begun.
  private var next = 0
  private let helpers: Int

  init(count: Int, helpers: Int) {
    values = Array(repeating: nil, count: count)
    self.helpers = count > 1 ? max(0, helpers) : 0
  }

  /// Calls `consume` with each chunk's number and value, in order, on the calling thread.
  /// `make` runs on any thread, once per chunk.
  func run(make: @escaping @Sendable (Int) -> Value, consume: (Int, Value) -> Void) {
    let group = DispatchGroup()
    for _ in 0..<helpers {
      DispatchQueue.global().async(group: group) { [self] in
        while let chunk = claim() { store(chunk, make(chunk)) }
      }
    }
    for chunk in values.indices {
      condition.lock()
      while values[chunk] == nil {
        if next < values.count {
          // The chunk due is being made elsewhere: make a later one meanwhile.
          let claimed = next
          next += 1
          condition.unlock()
          let value = make(claimed)
          condition.lock()
          values[claimed] = value
        } else {
          condition.wait()
        }
      }
      let value = values[chunk]!
      values[chunk] = nil
      condition.unlock()
      consume(chunk, value)
    }
    group.wait()
  }

  private func claim() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    guard next < values.count else { return nil }
    next += 1
    return next - 1
  }

  private func store(_ chunk: Int, _ value: Value) {
    condition.lock()
    values[chunk] = value
    condition.broadcast()
    condition.unlock()
  }
}
