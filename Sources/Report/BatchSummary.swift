import Core
import Foundation

/// What a batch found, gathered pair by pair in bounded memory (counts per rule, the worst
/// pairs, the failures), and rendered as one self-contained HTML page with inline SVG charts.
public struct BatchSummary: Sendable {
  public struct PairLine: Sendable, Equatable {
    public var id: String
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    /// The pair's side-by-side page, relative to the summary page.
    public var link: String?

    var weight: (Int, Int, Int) { (errors, warnings, infos) }
  }

  public var title: String
  public private(set) var pairs = 0
  public private(set) var failedPairs = 0
  public private(set) var skipped = 0
  public private(set) var byRule: [String: [Severity: Int]] = [:]
  public private(set) var worst: [PairLine] = []
  public private(set) var failures: [(id: String, message: String)] = []
  public var seconds: Double = 0
  /// How many of the worst pairs and of the failures the page lists.
  public var listed = 100

  public init(title: String) { self.title = title }

  public mutating func addSkipped() { skipped += 1 }

  public mutating func add(id: String, findings: [(rule: String, severity: Severity)], error: String?, link: String?) {
    pairs += 1
    if let error {
      failedPairs += 1
      if failures.count < listed { failures.append((id, error)) }
      return
    }
    var line = PairLine(id: id, errors: 0, warnings: 0, infos: 0, link: link)
    for (rule, severity) in findings {
      byRule[rule, default: [:]][severity, default: 0] += 1
      switch severity {
      case .error: line.errors += 1
      case .warning: line.warnings += 1
      case .info: line.infos += 1
      }
    }
    worst.append(line)
    if worst.count > listed * 2 { trim() }
  }

  private mutating func trim() {
    worst.sort { $0.weight > $1.weight }
    worst.removeLast(max(0, worst.count - listed))
  }

  public func renderHTML() -> String {
    var summary = self
    summary.trim()
    let totals = Severity.allCases.map { severity in byRule.values.reduce(0) { $0 + ($1[severity] ?? 0) } }
    var html = Markup.pageHead(title: title, style: Self.style)
    html += """
      <h1>\(Markup.escape(title))</h1>
      <p>\(pairs) pairs compared in \(String(format: "%.1f", seconds)) s, \(failedPairs) could not be compared\(skipped > 0 ? ", \(skipped) already done and skipped" : ""). Findings: <span class="error">\(totals[2]) errors</span>, <span class="warning">\(totals[1]) warnings</span>, <span class="info">\(totals[0]) infos</span>.</p>
      <h2>Findings per rule and severity</h2>
      <div class="chart">\(ruleChart())</div>
      <h2>Pairs with the most findings</h2>
      <div class="chart">\(summary.pairChart())</div>
      <table><thead><tr><th>pair</th><th class="n">errors</th><th class="n">warnings</th><th class="n">infos</th></tr></thead><tbody>

      """
    for line in summary.worst where line.errors + line.warnings + line.infos > 0 {
      let name = line.link.map { "<a href=\"\(Markup.escape($0))\">\(Markup.escape(line.id))</a>" } ?? Markup.escape(line.id)
      html += "<tr><td>\(name)</td><td class=\"n\">\(line.errors)</td><td class=\"n\">\(line.warnings)</td><td class=\"n\">\(line.infos)</td></tr>\n"
    }
    html += "</tbody></table>\n"
    if !failures.isEmpty {
      html += "<h2>Pairs that could not be compared</h2>\n<ul>\n"
      for failure in failures { html += "<li><strong>\(Markup.escape(failure.id))</strong>: \(Markup.escape(failure.message))</li>\n" }
      if failedPairs > failures.count { html += "<li>…and \(failedPairs - failures.count) more</li>\n" }
      html += "</ul>\n"
    }
    return html + "</body>\n</html>\n"
  }

  static let style = """
    body { margin: 0 auto; max-width: 1100px; padding: 0 16px 32px; font: 16px/1.5 system-ui, sans-serif; color: #1b1b1b; }
    table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: 4px 8px; border-bottom: 1px solid #ddd; }
    td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
    .chart { overflow-x: auto; } svg text { font: 12px system-ui, sans-serif; }
    .error { color: #b3261e; } .warning { color: #8a5a00; } .info { color: #35618f; }
    """

  static let colours: [Severity: String] = [.error: "#b3261e", .warning: "#c88a00", .info: "#35618f"]

  /// A horizontal bar per rule, stacked by severity.
  func ruleChart() -> String {
    let rules = byRule.keys.sorted { total(byRule[$0]) > total(byRule[$1]) || (total(byRule[$0]) == total(byRule[$1]) && $0 < $1) }
    guard !rules.isEmpty else { return "<p>No findings.</p>" }
    return bars(rules.map { rule in (rule, [.error, .warning, .info].map { (byRule[rule]?[$0] ?? 0, $0) }) })
  }

  func pairChart() -> String {
    let lines = worst.filter { $0.errors + $0.warnings + $0.infos > 0 }.prefix(20)
    guard !lines.isEmpty else { return "<p>No findings.</p>" }
    return bars(lines.map { ($0.id, [($0.errors, Severity.error), ($0.warnings, .warning), ($0.infos, .info)]) })
  }

  private func total(_ counts: [Severity: Int]?) -> Int { counts?.values.reduce(0, +) ?? 0 }

  private func bars(_ rows: [(label: String, parts: [(count: Int, severity: Severity)])]) -> String {
    let labelWidth = 200.0
    let width = 600.0
    let rowHeight = 22.0
    let maximum = Double(rows.map { $0.parts.reduce(0) { $0 + $1.count } }.max() ?? 1)
    var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(Int(labelWidth + width + 60))\" height=\"\(Int(Double(rows.count) * rowHeight + 4))\">"
    for (index, row) in rows.enumerated() {
      let y = Double(index) * rowHeight
      svg += "<text x=\"\(Int(labelWidth - 6))\" y=\"\(Int(y + 15))\" text-anchor=\"end\">\(Markup.escape(String(row.label.prefix(30))))</text>"
      var x = labelWidth
      for part in row.parts where part.count > 0 {
        let length = max(1, width * Double(part.count) / maximum)
        svg += "<rect x=\"\(Int(x))\" y=\"\(Int(y + 3))\" width=\"\(Int(length))\" height=\"16\" fill=\"\(Self.colours[part.severity] ?? "#777")\"><title>\(part.count) \(part.severity.rawValue)</title></rect>"
        x += length
      }
      svg += "<text x=\"\(Int(x + 4))\" y=\"\(Int(y + 15))\">\(row.parts.reduce(0) { $0 + $1.count })</text>"
    }
    return svg + "</svg>"
  }
}
