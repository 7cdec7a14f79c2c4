import ArgumentParser
import ClaimDiffKit
import Foundation

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "List the rule catalogue, or show one rule with its examples.")

  @Argument(help: "A rule id such as quantity.value.")
  var id: String?

  func run() throws {
    if let id {
      guard let rule = RuleRegistry.rule(id: id) else {
        let ids = RuleRegistry.specs.map(\.id)
        let nearest = Folding.nearest(id, among: ids, limit: 20)
        throw Flags.fail("unknown rule '\(id)'\(nearest.map { "; did you mean '\($0)'?" } ?? "")")
      }
      print(RuleDocumentation.long(rule.spec), terminator: "")
      return
    }
    for spec in RuleRegistry.specs { print(RuleDocumentation.short(spec)) }
    if !RuleRegistry.pending.isEmpty { print("\nnot yet implemented: \(RuleRegistry.pending.joined(separator: ", "))") }
  }
}
