import ArgumentParser
import ClaimDiffKit
import Foundation

struct CleanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "clean", abstract: "Write each article's cleaned main text and its metadata.",
    discussion: """
      For each FILE, writes ID.txt (the main text: headings, paragraphs, quotes and lists, without \
      captions, credits, datelines or page furniture) and ID.meta.json ({"title", "date", "lang", \
      "author", "encoding"}) into --out, where ID is the file name without its extension; without \
      --out, prints them. A file that cannot be read is reported and the others are still cleaned; \
      the exit status is then 2.
      """)

  @Argument(help: "HTML, text or Markdown files.")
  var files: [String]

  @Option(help: "The folder to write ID.txt and ID.meta.json into; created when missing.")
  var out: String?

  @Option(help: "The articles' language (en or it); detected when not given.")
  var lang: String?

  @Option(name: .customLong("max-input-bytes"), help: "Refuse inputs larger than this many bytes.")
  var maxInputBytes: Int = 32 * 1024 * 1024

  func validate() throws {
    _ = try Flags.language(lang, flag: "--lang")
    guard !files.isEmpty else { throw ValidationError("give at least one file to clean") }
  }

  func run() throws {
    let language = try Flags.language(lang, flag: "--lang")
    if let out {
      do {
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
      } catch {
        throw Flags.fail("\(out): cannot create the output folder (\(error.localizedDescription))")
      }
    }
    var failed = 0
    let ids = Self.ids(for: files)
    for (file, id) in zip(files, ids) {
      let article: Article
      do {
        var options = IngestOptions(language: language, maxInputBytes: maxInputBytes)
        options.requiresSupportedLanguage = false
        article = try ArticleReader().read(path: file, options: options)
      } catch {
        FileHandle.standardError.write(Data(("claimdiff: " + error.description + "\n").utf8))
        failed += 1
        continue
      }
      let cleaned = CleanedArticle(article)
      if let out {
        let folder = URL(fileURLWithPath: out)
        try Flags.emit(cleaned.text, to: folder.appendingPathComponent(id + ".txt").path)
        try Flags.emit(cleaned.metadataJSON, to: folder.appendingPathComponent(id + ".meta.json").path)
      } else {
        print("== \(file)")
        print(cleaned.metadataJSON, terminator: "")
        print(cleaned.text)
      }
    }
    if failed > 0 { throw ExitCode(2) }
  }

  /// Each file's ID: its name without the extension; when two files share a name ("en.xhtml"
  /// in several folders), their folder's name goes in front ("news-20210721-01-en"), and a
  /// number after that if they still clash, so that no output overwrites another.
  static func ids(for files: [String]) -> [String] {
    let urls = files.map { URL(fileURLWithPath: $0) }
    let stems = urls.map { $0.deletingPathExtension().lastPathComponent }
    var counts: [String: Int] = [:]
    for stem in stems { counts[stem, default: 0] += 1 }
    var used: Set<String> = []
    return zip(urls, stems).map { url, stem in
      var id = (counts[stem] ?? 0) > 1 ? url.deletingLastPathComponent().lastPathComponent + "-" + stem : stem
      let base = id
      var suffix = 2
      while !used.insert(id).inserted {
        id = "\(base)-\(suffix)"
        suffix += 1
      }
      return id
    }
  }
}
