import Align
import Core
import Diff
import Foundation
import Ingest

/// One self-contained HTML page (no scripts, no fonts, nothing fetched) with the two articles
/// side by side, aligned sentences level with each other, each finding's evidence highlighted
/// in its sentence and listed at the top with links both ways. On a narrow screen the two
/// columns stack, source above target, in each aligned row.
public struct HTMLRenderer: ReportRenderer {
  public init() {}

  public func render(_ comparison: Comparison) -> String {
    let source = comparison.source
    let target = comparison.target
    let ordered = comparison.findings.enumerated().sorted { ($0.element.severity, $1.offset) > ($1.element.severity, $0.offset) }
    var marks = (source: [Int: [Mark]](), target: [Int: [Mark]]())
    for (number, finding) in comparison.findings.enumerated() {
      if let evidence = finding.source { marks.source[evidence.sentence, default: []].append(Mark(finding: number, severity: finding.severity, evidence: evidence)) }
      if let evidence = finding.target { marks.target[evidence.sentence, default: []].append(Mark(finding: number, severity: finding.severity, evidence: evidence)) }
    }
    let summary = comparison.summary
    var html = Markup.pageHead(title: "claimdiff: " + (source.title ?? source.path), style: Self.style)
    html += """
      <header>
      <h1>\(Self.escape(source.title ?? source.path))</h1>
      <p class="files">\(Self.escape(source.path)) (\(source.language.name)) → \(Self.escape(target.path)) (\(target.language.name))</p>
      <p class="summary"><span class="badge error">\(summary[.error] ?? 0) errors</span> <span class="badge warning">\(summary[.warning] ?? 0) warnings</span> <span class="badge info">\(summary[.info] ?? 0) infos</span></p>
      </header>
      <main>
      <section class="findings" aria-label="Findings">
      <h2>Findings</h2>
      <ol>

      """
    // Errors and warnings are listed open; infos (omitted and added sentences, missing times)
    // fold away, so that on a phone the findings that matter come first.
    let infos = ordered.filter { $0.element.severity == .info }
    for (number, finding) in ordered where finding.severity > .info { html += item(number, finding) }
    if ordered.isEmpty { html += "<li class=\"none\">No discrepancies found.</li>\n" }
    for note in comparison.closingNotes { html += "<li class=\"note\">\(Self.escape(note))</li>\n" }
    html += "</ol>\n"
    if !infos.isEmpty {
      html += "<details><summary>\(infos.count) infos</summary>\n<ol>\n"
      for (number, finding) in infos { html += item(number, finding) }
      html += "</ol>\n</details>\n"
    }
    html += """
      </section>
      <section class="articles" aria-label="The two articles, aligned">
      <div class="row head"><div lang="\(source.language.rawValue)">\(source.language.name)</div><div lang="\(target.language.rawValue)">\(target.language.name)</div></div>

      """
    for pair in rows(comparison) {
      let kind = pair.isMatched ? "matched" : (pair.source.isEmpty ? "added" : "omitted")
      html += "<div class=\"row \(kind)\">"
      html += column(pair.source, of: source, prefix: "s", marks: marks.source)
      html += column(pair.target, of: target, prefix: "t", marks: marks.target)
      html += "</div>\n"
    }
    html += """
      </section>
      </main>
      <footer>claimdiff \(ToolInfo.version)</footer>
      </body>
      </html>

      """
    return html
  }

  private func item(_ number: Int, _ finding: Finding) -> String {
    let anchor = finding.target.map { "t\($0.sentence)" } ?? finding.source.map { "s\($0.sentence)" } ?? ""
    return """
      <li id="f\(number)" class="\(finding.severity.rawValue)"><a href="#\(anchor)"><span class="level">\(finding.severity.rawValue)</span> <code>\(Self.escape(finding.rule))</code></a> \(Self.escape(finding.message))</li>

      """
  }

  struct Mark {
    var finding: Int
    var severity: Severity
    var evidence: Evidence
  }

  /// The alignment's groups in order, with any sentence no group holds as a row of its own.
  private func rows(_ comparison: Comparison) -> [ClaimPair] {
    var rows = comparison.pairs
    let seen = (source: Set(rows.flatMap(\.source)), target: Set(rows.flatMap(\.target)))
    for sentence in comparison.source.sentences where !seen.source.contains(sentence.index) {
      rows.append(ClaimPair(source: [sentence.index], target: [], score: 0, sourceClaims: [], targetClaims: []))
    }
    for sentence in comparison.target.sentences where !seen.target.contains(sentence.index) {
      rows.append(ClaimPair(source: [], target: [sentence.index], score: 0, sourceClaims: [], targetClaims: []))
    }
    return rows
  }

  private func column(_ indices: [Int], of article: Article, prefix: String, marks: [Int: [Mark]]) -> String {
    var cell = "<div lang=\"\(article.language.rawValue)\">"
    for index in indices where article.sentences.indices.contains(index) {
      let sentence = article.sentences[index]
      let tag = sentence.role == .title || sentence.role == .heading ? "strong" : "span"
      cell += "<\(tag) id=\"\(prefix)\(index)\" class=\"sentence \(sentence.role.rawValue)\">"
        + highlighted(sentence, marks[index] ?? []) + "</\(tag)> "
    }
    return cell + "</div>"
  }

  /// The sentence with each finding's evidence in a `<mark>` linking to the finding; where two
  /// evidences overlap, the more severe one is marked.
  private func highlighted(_ sentence: Sentence, _ marks: [Mark]) -> String {
    let scalars = Array(sentence.text.unicodeScalars)
    var chosen: [(start: Int, end: Int, mark: Mark)] = []
    for mark in marks.sorted(by: { ($0.severity, $1.evidence.range.start) > ($1.severity, $0.evidence.range.start) }) {
      let start = max(0, mark.evidence.range.start - sentence.range.start)
      let end = min(scalars.count, mark.evidence.range.end - sentence.range.start)
      guard start < end, !chosen.contains(where: { start < $0.end && $0.start < end }) else { continue }
      chosen.append((start, end, mark))
    }
    chosen.sort { $0.start < $1.start }
    func text(_ lower: Int, _ upper: Int) -> String {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[lower..<upper])
      return Self.escape(String(view))
    }
    var html = ""
    var cursor = 0
    for (start, end, mark) in chosen {
      html += text(cursor, start)
      html += "<a class=\"mark \(mark.severity.rawValue)\" href=\"#f\(mark.finding)\">" + text(start, end) + "</a>"
      cursor = end
    }
    return html + text(cursor, scalars.count)
  }

  static func escape(_ text: String) -> String { Markup.escape(text) }

  static let style = """
    :root { --error: #b3261e; --warning: #8a5a00; --info: #35618f; --line: #d8d8d8; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; background: #fafafa; }
    header, main, footer { max-width: 1200px; margin: 0 auto; padding: 0 16px; }
    h1 { font-size: 1.4em; margin: 16px 0 4px; }
    h2 { font-size: 1.1em; }
    .files { color: #555; margin: 0; word-break: break-all; }
    .badge { display: inline-block; padding: 2px 8px; border-radius: 10px; color: #fff; font-size: .9em; }
    .badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
    .findings ol { padding-left: 1.5em; }
    .findings li { margin: 6px 0; }
    details summary { cursor: pointer; color: var(--info); font-weight: 600; }
    .findings li.note, .findings li.none { list-style: none; color: #555; margin-left: -1.5em; }
    .findings a { text-decoration: none; }
    .level { font-weight: 600; text-transform: uppercase; font-size: .8em; }
    li.error .level { color: var(--error); } li.warning .level { color: var(--warning); } li.info .level { color: var(--info); }
    li:target { background: #fff3b0; }
    .row { display: grid; grid-template-columns: 1fr 1fr; gap: 16px; padding: 8px 0; border-top: 1px solid var(--line); }
    .row.head { font-weight: 600; position: sticky; top: 0; background: #fafafa; }
    .row.omitted > div:first-child, .row.added > div:last-child { background: #eef3f9; border-radius: 4px; padding: 0 4px; }
    .sentence.title, .sentence.heading { display: block; }
    .sentence:target { background: #fff3b0; }
    a.mark { color: inherit; text-decoration: none; border-bottom: 3px solid; padding: 0 1px; }
    a.mark.error { background: #fbe3e1; border-color: var(--error); }
    a.mark.warning { background: #fdf0d2; border-color: var(--warning); }
    a.mark.info { background: #e3ecf6; border-color: var(--info); }
    footer { color: #777; font-size: .85em; padding: 24px 16px; }
    @media (max-width: 700px) {
      .row { grid-template-columns: 1fr; gap: 4px; }
      .row.head { display: none; }
      .row > div:empty { display: none; }
      .row > div::before { content: attr(lang); font-size: .75em; color: #777; text-transform: uppercase; margin-right: 6px; }
    }
    """
}
