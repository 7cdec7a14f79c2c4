import Foundation

/// Runs `work` on several threads over inputs pulled one at a time, and hands the outputs to
/// the caller's thread in input order, as each becomes the next one due.
///
/// A reader thread pulls inputs (it may block, as reading standard input does) without holding
/// the lock the workers and the consumer share, so that outputs keep flowing while it waits.
/// At most `window` inputs are between being read and being consumed, so memory stays flat
/// however long the input is, and a slow consumer slows the reader rather than piling results up.
final class OrderedWorkers<Input: Sendable, Output: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private var pending: [(index: Int, input: Input)] = []
  private var pendingStart = 0
  private var results: [Int: Output] = [:]
  private var read = 0
  private var consumed = 0
  private var exhausted = false
  private let window: Int
  private let jobs: Int

  init(jobs: Int, window: Int? = nil) {
    self.jobs = max(1, jobs)
    self.window = max(self.jobs * 2, window ?? self.jobs * 8)
  }

  /// Pulls every input from `next` (until it returns nil), runs `work` on `jobs` threads, and
  /// calls `consume` on the calling thread with each output, in input order.
  func run(next: @escaping @Sendable () -> Input?, work: @escaping @Sendable (Input) -> Output, consume: (Output) -> Void) {
    let reader = Thread { [self] in readAll(next) }
    reader.stackSize = 1 << 20
    reader.start()
    for _ in 0..<jobs {
      let worker = Thread { [self] in workLoop(work) }
      // Deep HTML and long articles need more than a secondary thread's default stack.
      worker.stackSize = 16 << 20
      worker.start()
    }
    while true {
      condition.lock()
      while results[consumed] == nil && !(exhausted && consumed == read) { condition.wait() }
      guard let output = results.removeValue(forKey: consumed) else {
        condition.unlock()
        return
      }
      consumed += 1
      condition.broadcast()
      condition.unlock()
      consume(output)
    }
  }

  private func readAll(_ next: @Sendable () -> Input?) {
    while true {
      condition.lock()
      while read - consumed >= window { condition.wait() }
      condition.unlock()
      let input = next()
      condition.lock()
      if let input {
        pending.append((read, input))
        read += 1
      } else {
        exhausted = true
      }
      condition.broadcast()
      condition.unlock()
      if input == nil { return }
    }
  }

  private func workLoop(_ work: @Sendable (Input) -> Output) {
    while true {
      condition.lock()
      while pendingStart == pending.count && !exhausted { condition.wait() }
      guard pendingStart < pending.count else {
        condition.unlock()
        return
      }
      let (index, input) = pending[pendingStart]
      pendingStart += 1
      if pendingStart > 1024 && pendingStart * 2 > pending.count {
        pending.removeFirst(pendingStart)
        pendingStart = 0
      }
      condition.unlock()
      let output = work(input)
      condition.lock()
      results[index] = output
      condition.broadcast()
      condition.unlock()
    }
  }
}
