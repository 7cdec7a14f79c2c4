import ArgumentParser
import Foundation

// The argument parser exits 64 on usage errors; claimdiff's contract says 2 for any run that
// could not be done, so the entry point maps it, still printing the parser's full message.
do {
  var command = try ClaimDiffCommand.parseAsRoot()
  try command.run()
} catch {
  let code = ClaimDiffCommand.exitCode(for: error)
  let message = ClaimDiffCommand.fullMessage(for: error)
  if code == .success {
    if !message.isEmpty { print(message) }
    exit(0)
  }
  if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
  exit(code == .validationFailure ? 2 : code.rawValue)
}
