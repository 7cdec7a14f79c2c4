import CLibXML2
import ClaimDiffKit
import Foundation
import Testing
import TestSupport

/// SARIF and JUnit output checked against the formats' published schemas (Fixtures/schemas).
@Suite struct FormatSchemaTests {
  func comparison(_ name: String = "html") throws -> Comparison {
    try Comparer(options: CompareOptions()).compare(
      sourcePath: Repository.fixture("europol-2017", "en.\(name)"), targetPath: Repository.fixture("europol-2017", "it.\(name)"))
  }

  @Test func sarifValidatesAgainstTheOfficialSchema() throws {
    let sarif = SARIFRenderer().render(try comparison())
    let folder = Repository.temporaryFolder()
    let report = folder.appendingPathComponent("report.sarif")
    try Data(sarif.utf8).write(to: report)
    let schema = Repository.fixture("schemas", "sarif-schema-2.1.0.json")
    // The jsonschema package implements every draft-07 keyword the schema uses; .ci/run
    // installs it where a machine lacks it.
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1]))
      errors = list(jsonschema.Draft7Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
      for error in errors: print(list(error.absolute_path), error.message)
      sys.exit(1 if errors else 0)
      """
    let result = try ProcessRunner.runTool("/usr/bin/env", ["python3", "-c", script, schema, report.path])
    #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
  }

  @Test func sarifCarriesRulesLocationsAndFingerprints() throws {
    let comparison = try comparison()
    let object = try #require(try JSONSerialization.jsonObject(with: Data(SARIFRenderer().render(comparison).utf8)) as? [String: Any])
    let run = try #require((object["runs"] as? [[String: Any]])?.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == RuleRegistry.specs.map(\.id))
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == comparison.findings.count)
    let counted = try #require(results.first { $0["ruleId"] as? String == "quantity.counted-thing" })
    #expect(counted["level"] as? String == "error")
    let location = try #require((counted["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
    #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "file://" + comparison.target.path)
    // "oltre 2.000 estremisti" is on line 29 of it.html; the region must point at it exactly.
    let region = try #require(location["region"] as? [String: Any])
    #expect(region["startLine"] as? Int == 29)
    let line = try String(contentsOfFile: Repository.fixture("europol-2017", "it.html"), encoding: .windowsCP1252)
      .components(separatedBy: "\n")[28]
    let start = try #require(region["startColumn"] as? Int)
    #expect(line.unicodeScalars.dropFirst(start - 1).starts(with: "oltre 2.000 estremisti".unicodeScalars))
    let related = try #require(counted["relatedLocations"] as? [[String: Any]])
    let other = try #require(related.first?["physicalLocation"] as? [String: Any])
    #expect((other["region"] as? [String: Any])?["startLine"] as? Int == 37)
    let fingerprints = try #require(counted["partialFingerprints"] as? [String: String])
    #expect(fingerprints.values.contains(comparison.findings.first { $0.rule == "quantity.counted-thing" }?.id ?? "-"))
  }

  @Test func junitValidatesAgainstTheXSDAndFailsAtTheGate() throws {
    let comparison = try comparison()
    let strict = JUnitRenderer(failOn: .error).render(comparison)
    #expect(try validateJUnit(strict) == [])
    #expect(strict.contains("failures=\"1\""))
    #expect(strict.contains("<failure type=\"error\" message=\"Both say more than 2000"))
    let loose = JUnitRenderer(failOn: .info).render(comparison)
    #expect(try validateJUnit(loose) == [])
    #expect(loose.components(separatedBy: "<failure ").count - 1 == comparison.findings.count)
    let never = JUnitRenderer(failOn: nil).render(comparison)
    #expect(try validateJUnit(never) == [])
    #expect(!never.contains("<failure"))
    #expect(never.contains("<system-out>"))
    // The validator does reject: a suite without its required counts.
    #expect(try validateJUnit("<testsuites><testsuite name=\"x\"/></testsuites>") != [])
  }

  @Test func junitEscapesMarkupInMessages() throws {
    var comparison = try comparison("txt")
    comparison.findings[0].message = "a <b> & \"c\" \u{1}"
    let xml = JUnitRenderer(failOn: .info).render(comparison)
    #expect(try validateJUnit(xml) == [])
    #expect(xml.contains("a &lt;b&gt; &amp; &quot;c&quot; "))
  }

  /// libxml2's XML Schema validator; the errors it reports, none when valid.
  func validateJUnit(_ xml: String) throws -> [String] {
    let schemaPath = Repository.fixture("schemas", "junit-10.xsd")
    let parser = try #require(xmlSchemaNewParserCtxt(schemaPath))
    defer { xmlSchemaFreeParserCtxt(parser) }
    let schema = try #require(xmlSchemaParse(parser))
    defer { xmlSchemaFree(schema) }
    let validator = try #require(xmlSchemaNewValidCtxt(schema))
    defer { xmlSchemaFreeValidCtxt(validator) }
    let bytes = Array(xml.utf8)
    let document = try #require(
      bytes.withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) {
          xmlReadMemory($0.baseAddress, Int32($0.count), "junit.xml", "UTF-8", Int32(XML_PARSE_NONET.rawValue))
        }
      })
    defer { xmlFreeDoc(document) }
    let status = xmlSchemaValidateDoc(validator, document)
    return status == 0 ? [] : ["libxml2 reports the document invalid (status \(status))"]
  }
}
