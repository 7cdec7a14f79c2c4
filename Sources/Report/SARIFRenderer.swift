import Core
import Diff
import Foundation
import Ingest

/// SARIF 2.1.0, the static-analysis results format code-scanning services read: the rule
/// catalogue from the rules' own specs, and one result per finding, located in the file under
/// review (the translation, when the finding has evidence there) by line and column of the
/// original file, with the other article's evidence as a related location.
public struct SARIFRenderer: ReportRenderer {
  public init() {}

  public func render(_ comparison: Comparison) -> String {
    let specs = RuleRegistry.specs
    let ruleIndex = Dictionary(uniqueKeysWithValues: specs.enumerated().map { ($1.id, $0) })
    let articles = [comparison.source, comparison.target]
    let locators = articles.map(SourceLocator.init)
    let results = comparison.findings.map { finding in
      var sides: [(article: Int, evidence: Evidence)] = []
      if let evidence = finding.target { sides.append((1, evidence)) }
      if let evidence = finding.source { sides.append((0, evidence)) }
      let locations = sides.map { side in
        Location(
          physicalLocation: PhysicalLocation(
            artifactLocation: ArtifactLocation(uri: Self.uri(articles[side.article].path), index: side.article),
            region: locators[side.article]?.region(of: side.evidence.range, sentence: side.evidence.sentence).map {
              Region($0, snippet: side.evidence.text)
            }),
          message: Message(text: "\(articles[side.article].language.name): \(side.evidence.text)"))
      }
      var related = Array(locations.dropFirst())
      for index in related.indices { related[index].id = index + 1 }
      return Result(
        ruleId: finding.rule, ruleIndex: ruleIndex[finding.rule], level: Self.level(finding.severity), message: Message(text: finding.message),
        locations: Array(locations.prefix(1)), relatedLocations: related.isEmpty ? nil : related,
        partialFingerprints: ["claimdiffFinding/v1": finding.id])
    }
    let run = Run(
      tool: Tool(
        driver: Driver(
          name: ToolInfo.name, version: ToolInfo.version, semanticVersion: ToolInfo.version,
          rules: specs.map(ReportingDescriptor.init))),
      artifacts: articles.map { Artifact(location: ArtifactLocation(uri: Self.uri($0.path), index: nil), encoding: $0.encoding) },
      results: results, columnKind: "unicodeCodePoints")
    return JSONOutput.encode(Log(runs: [run]))
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: "error"
    case .warning: "warning"
    case .info: "note"
    }
  }

  /// A path as a URI reference: relative paths stay relative (to the directory the run was
  /// started in), absolute ones become `file://` URIs.
  static func uri(_ path: String) -> String {
    var allowed = CharacterSet.urlPathAllowed
    allowed.remove(charactersIn: ":")
    let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    return path.hasPrefix("/") ? "file://" + encoded : encoded
  }

  struct Log: Encodable {
    var schema = "https://json.schemastore.org/sarif-2.1.0.json"
    var version = "2.1.0"
    var runs: [Run]
    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }

  struct Run: Encodable {
    var tool: Tool
    var artifacts: [Artifact]
    var results: [Result]
    var columnKind: String
  }

  struct Tool: Encodable { var driver: Driver }

  struct Driver: Encodable {
    var name: String
    var version: String
    var semanticVersion: String
    var rules: [ReportingDescriptor]
  }

  struct ReportingDescriptor: Encodable {
    var id: String
    var name: String
    var shortDescription: Message
    var fullDescription: Message
    var help: Message
    var defaultConfiguration: Configuration
    var properties: Properties

    struct Configuration: Encodable { var level: String }
    struct Properties: Encodable { var tags: [String] }

    init(_ spec: RuleSpec) {
      id = spec.id
      name = spec.id.split(separator: ".").map { $0.split(separator: "-").map(\.capitalized).joined() }.joined()
      shortDescription = Message(text: spec.summary)
      fullDescription = Message(text: spec.rationale)
      help = Message(text: RuleDocumentation.long(spec))
      defaultConfiguration = Configuration(level: SARIFRenderer.level(spec.severity))
      properties = Properties(tags: ["translation", spec.kind])
    }
  }

  struct Message: Encodable { var text: String }

  struct Artifact: Encodable {
    var location: ArtifactLocation
    var encoding: String
  }

  struct ArtifactLocation: Encodable {
    var uri: String
    var index: Int?
  }

  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int
    var endLine: Int?
    var endColumn: Int?
    var snippet: Message?

    init(_ region: SourceRegion, snippet: String) {
      startLine = region.start.line
      startColumn = region.start.column
      if region.isExact {
        endLine = region.end.line
        endColumn = region.end.column
        self.snippet = Message(text: snippet)
      }
    }
  }

  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region?
  }

  struct Location: Encodable {
    var id: Int?
    var physicalLocation: PhysicalLocation
    var message: Message
  }

  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int?
    var level: String
    var message: Message
    var locations: [Location]
    var relatedLocations: [Location]?
    var partialFingerprints: [String: String]
  }
}
