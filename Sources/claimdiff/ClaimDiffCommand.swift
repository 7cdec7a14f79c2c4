import ArgumentParser
import ClaimDiffKit
import Foundation

/// The `claimdiff` command: compare, extract and rules.
struct ClaimDiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claimdiff",
    abstract: "Compare an English news article with its Italian version, claim by claim.",
    discussion: """
      Exit status: 0 when nothing is at or above --fail-on, 1 when something is, 2 when the run \
      could not be done (bad arguments, unreadable or unusable input).
      """,
    version: ToolInfo.version,
    subcommands: [CompareCommand.self, BatchCommand.self, ExtractCommand.self, CleanCommand.self, GlossaryCommand.self, RulesCommand.self],
    defaultSubcommand: nil)
}
