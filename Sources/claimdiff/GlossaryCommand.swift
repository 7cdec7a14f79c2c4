import ArgumentParser
import ClaimDiffKit
import Foundation

struct GlossaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "glossary", abstract: "Check, look up and grow glossaries.",
    subcommands: [GlossaryCheckCommand.self, GlossaryLookupCommand.self, GlossarySuggestCommand.self])
}

struct GlossaryCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check TSV and TBX glossaries; report every problem as FILE:LINE: what is wrong; what to do.",
    discussion: "Exit status 0 when every file is usable, 2 when any has a problem.")

  @Argument(help: "Glossary files (.tsv, .tbx).")
  var files: [String]

  func validate() throws {
    guard !files.isEmpty else { throw ValidationError("give at least one glossary file to check") }
  }

  func run() throws {
    var failed = false
    for path in files {
      do {
        let terms = try GlossaryFiles.terms(path: path)
        print("\(path): \(terms.count) entries, no problems")
      } catch {
        failed = true
        FileHandle.standardError.write(Data((error.description + "\n").utf8))
      }
    }
    if failed { throw ExitCode(2) }
  }
}

struct GlossaryLookupCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lookup", abstract: "Show the glossary entry for a term: its forms, aliases, category and origin.",
    discussion: "Looks in the shipped glossary, CLDR names and any --glossary files. Exit status 1 when nothing matches.")

  @Argument(help: "A word or phrase, in any inflection: estremisti, platforms, Stato Islamico.")
  var term: String

  @Option(help: "The term's language (en or it); both are tried when not given.")
  var lang: String?

  @Option(name: .customLong("glossary"), help: "A TSV or TBX glossary layered over the shipped one; repeatable.")
  var glossaries: [String] = []

  func run() throws {
    var options = CompareOptions()
    options.glossaries = glossaries
    let comparer: Comparer
    do {
      comparer = try Comparer(options: options)
    } catch {
      throw Flags.fail(error.description)
    }
    let languages = try Flags.language(lang, flag: "--lang").map { [$0] } ?? [.english, .italian]
    for language in languages {
      guard let entry = comparer.termBase.lookup(term, language: language) else { continue }
      print("\(term) → \(entry.id)")
      print("  category: \(entry.category.rawValue) (\(entry.category.displayName))")
      print("  English:  \(entry.english.isEmpty ? "—" : entry.english.joined(separator: " | "))")
      print("  Italian:  \(entry.italian.isEmpty ? "—" : entry.italian.joined(separator: " | "))")
      if !entry.aliases.isEmpty { print("  aliases:  \(entry.aliases.joined(separator: " | "))") }
      if let note = entry.note { print("  note:     \(note)") }
      print("  from:     \(entry.origin)")
      return
    }
    FileHandle.standardError.write(Data("claimdiff: no glossary entry for '\(term)'\n".utf8))
    throw ExitCode(1)
  }
}

struct GlossarySuggestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "suggest",
    abstract: "Mine candidate term pairs from article pairs and write a TSV to review and merge.",
    discussion: """
      Compares every pair of the manifest (or directory), and in the sentences aligned one to one \
      counts the names and uncommon words the glossary does not know; a source and a target unit \
      that keep occurring together are proposed, with how often and their Dice coefficient.
      """)

  @Argument(help: "A batch manifest (CSV or JSON Lines) or a directory of NAME.en.EXT / NAME.it.EXT files.")
  var manifest: String

  @Option(help: "Write the TSV here (whole or not at all) instead of standard output.")
  var output: String?

  @Option(name: .customLong("glossary"), help: "Glossaries whose terms are already known; repeatable.")
  var glossaries: [String] = []

  @Option(name: .customLong("min-count"), help: "Propose a pair only when it occurs together at least this often.")
  var minimumCount = 2

  @Option(help: "Threads comparing pairs (default: every core).")
  var jobs: Int?

  func run() throws {
    var options = CompareOptions()
    options.glossaries = glossaries
    var suggester: TermSuggester
    let stream: ManifestStream
    do {
      suggester = TermSuggester(comparer: try Comparer(options: options))
      stream = try ManifestStream(path: manifest)
    } catch let error as ComparisonError {
      throw Flags.fail(error.description)
    } catch let error as ManifestReader.Failure {
      throw Flags.fail(error.description)
    }
    suggester.minimumCount = max(1, minimumCount)
    let result = suggester.suggestions(manifest: stream, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    try Flags.emit(TermSuggester.tsv(result.suggestions), to: output)
    FileHandle.standardError.write(
      Data("claimdiff: \(result.suggestions.count) suggestions from \(result.pairs - result.failed) pairs (\(result.failed) could not be compared)\n".utf8))
  }
}
