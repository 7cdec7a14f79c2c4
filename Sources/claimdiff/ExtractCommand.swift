import ArgumentParser
import ClaimDiffKit
import Foundation

struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract", abstract: "Show the sentences and claims claimdiff reads in one article.")

  @Argument(help: "The article: HTML, text or Markdown ('-' for standard input).")
  var file: String

  @Option(help: "The article's language (en or it); detected when not given.")
  var lang: String?

  @Option(help: "Output format: text or json.")
  var format: String = "text"

  @Option(help: "The publication date (YYYY-MM-DD) relative times are resolved against.")
  var published: String?

  @Option(name: .customLong("glossary"), help: "A TSV glossary layered over the shipped one; repeatable.")
  var glossaries: [String] = []

  @Option(help: "Write to this file instead of standard output.")
  var output: String?

  func validate() throws {
    _ = try Flags.choice(format, flag: "--format", among: ["text", "json"])
    _ = try Flags.language(lang, flag: "--lang")
    _ = try Flags.date(published)
  }

  func run() throws {
    var options = CompareOptions()
    options.glossaries = glossaries
    let renderer = ClaimsRenderer()
    let language = try Flags.language(lang, flag: "--lang")
    let date = try Flags.date(published)
    let isJSON = try Flags.choice(format, flag: "--format", among: ["text", "json"]) == "json"
    let text: String
    do {
      let comparer = try Comparer(options: options)
      let article = try comparer.read(path: file, language: language, published: date)
      let claims = comparer.claims(in: article)
      text = isJSON ? renderer.json(article: article, claims: claims) : renderer.text(article: article, claims: claims)
    } catch {
      throw Flags.fail(error.description)
    }
    try Flags.emit(text, to: output)
  }
}
