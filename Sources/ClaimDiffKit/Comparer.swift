import Align
import Claims
import Core
import Diff
import Foundation
import Glossary
import Ingest
import Report

/// The library facade: reads two articles, extracts their claims, aligns them and runs the
/// rules.
public struct Comparer: Sendable {
  public let options: CompareOptions
  public let termBase: TermBase

  /// Loads the shipped glossary, CLDR names and the user's glossaries.
  public init(options: CompareOptions) throws(ComparisonError) {
    self.options = options
    Self.startReadingWordSenses
    termBase = try Self.loadTermBase(glossaries: options.glossaries)
  }

  /// The shipped word senses are the most of a start: they are read on another core, once a
  /// process, while this one builds the term base and reads the articles; whichever asks for
  /// them first waits for them.
  private static let startReadingWordSenses: Void = {
    DispatchQueue.global(qos: .userInitiated).async { _ = WordSenses.shipped }
  }()

  private static func loadTermBase(glossaries: [String]) throws(ComparisonError) -> TermBase {
    let reader = TSVGlossaryReader()
    var layers: [[Term]] = [RegionNames.languages, RegionNames.terms]
    do {
      layers.append(try reader.parse(ShippedGlossary.tsv, path: "Glossary/en-it.tsv"))
    } catch {
      throw .glossary(error)
    }
    var problems: [GlossaryProblem] = []
    for path in glossaries {
      do {
        layers.append(try GlossaryFiles.terms(path: path))
      } catch {
        switch error {
        case .invalid(let found): problems += found
        case .unreadable: throw .glossary(error)
        }
      }
    }
    if !problems.isEmpty { throw .glossary(.invalid(problems: problems)) }
    return TermBase(layers: layers)
  }

  /// Reads one article as `extract` and `compare` do.
  public func read(path: String, language: Language?, published: SimpleDate? = nil) throws(ComparisonError) -> Article {
    do {
      return try ArticleReader().read(
        path: path, options: IngestOptions(language: language, published: published ?? options.published, maxInputBytes: options.maxInputBytes))
    } catch {
      throw .ingest(error)
    }
  }

  /// Reads one article from bytes already in memory, as a batch does after hashing them.
  public func read(
    bytes: [UInt8], path: String, language: Language?, published: SimpleDate? = nil, format: InputFormat? = nil
  ) throws(ComparisonError) -> Article {
    var ingest = IngestOptions(
      language: language, published: published ?? options.published, maxInputBytes: options.maxInputBytes, format: format)
    ingest.requiresSupportedLanguage = true
    do {
      return try ArticleReader().read(bytes: bytes, path: path, options: ingest)
    } catch {
      throw .ingest(error)
    }
  }

  public func claims(in article: Article, otherArticle: Article? = nil) -> [Claim] {
    ClaimExtractor(termBase: termBase).claims(in: article, otherArticle: otherArticle)
  }

  public func compare(sourcePath: String, targetPath: String) throws(ComparisonError) -> Comparison {
    var source = try read(path: sourcePath, language: options.sourceLanguage)
    var target = try read(path: targetPath, language: options.targetLanguage)
    return try compare(source: &source, target: &target)
  }

  /// Days a translation's publication date may differ from its source's before it is taken for
  /// a slip in the metadata.
  static let publicationSlack = 14

  /// Compares two articles already read. An article without a publication date borrows the
  /// other's, since a translation appears within days of its source; the report says so.
  public func compare(source: inout Article, target: inout Article) throws(ComparisonError) -> Comparison {
    if source.language == target.language && options.sourceLanguage == nil && options.targetLanguage == nil {
      throw .sameLanguage(source: source.path, target: target.path, language: source.language.name)
    }
    var notices: [Notice] = []
    if source.published == nil, let date = target.published {
      source.published = date
      notices.append(Notice(location: source.path, message: "no publication date found; using \(date.iso) from \(target.path)"))
    } else if target.published == nil, let date = source.published {
      target.published = date
      notices.append(Notice(location: target.path, message: "no publication date found; using \(date.iso) from \(source.path)"))
    } else if options.published == nil, let sourceDate = source.published, let targetDate = target.published,
      abs(sourceDate.dayNumber - targetDate.dayNumber) > Self.publicationSlack
    {
      // A translation keeps its source's "last week" and "yesterday": far-apart dates are a
      // metadata slip (the FSFE's "2031-07-21" for 2021), so both are read against the source's.
      target.published = sourceDate
      notices.append(
        Notice(
          location: target.path,
          message: "publication date \(targetDate.iso) is far from \(source.path)'s \(sourceDate.iso); relative times are read against \(sourceDate.iso)"))
    }
    // Each article is tokenised once, for the claim readers, the alignment and the rules.
    let tokens = (source: ArticleTokens(source, termBase: termBase), target: ArticleTokens(target, termBase: termBase))
    let extractor = ClaimExtractor(termBase: termBase)
    let sourceClaims = extractor.claims(in: source, tokens: tokens.source, otherArticleNames: tokens.target.capitalizedWords)
    let targetClaims = extractor.claims(in: target, tokens: tokens.target, otherArticleNames: tokens.source.capitalizedWords)
    let pairs = Aligner(termBase: termBase).align(
      source: source, sourceTokens: tokens.source, sourceClaims: sourceClaims, target: target, targetTokens: tokens.target,
      targetClaims: targetClaims)
    let findings = DiffRunner(severities: options.severities, disabled: options.disabledRules)
      .findings(pairs: pairs, source: source, target: target, termBase: termBase, tokens: tokens)
    let (kept, suppressed) = try Self.applySuppressions(findings, source: source, target: target)
    var comparison = Comparison(
      source: source, target: target, sourceClaims: sourceClaims, targetClaims: targetClaims, pairs: pairs, findings: kept,
      notices: notices)
    comparison.suppressed = suppressed
    return comparison
  }

  /// Splits off the findings that a `claimdiff-disable` comment in either article covers: a
  /// finding is suppressed when the line its evidence starts on in that article's file is
  /// covered for its rule.
  static func applySuppressions(_ findings: [Finding], source: Article, target: Article) throws(ComparisonError) -> (
    kept: [Finding], suppressed: [Finding]
  ) {
    let ordered = RuleRegistry.specs.map(\.id)
    let ids = Set(ordered)
    for article in [source, target] {
      for directive in article.suppressions.directives {
        for rule in directive.rules where !ids.contains(rule) {
          let nearest = Folding.nearest(rule, among: ordered, limit: 30)
          throw .suppression(path: article.path, line: directive.line, rule: rule, suggestion: nearest)
        }
      }
    }
    guard !source.suppressions.isEmpty || !target.suppressions.isEmpty else { return (findings, []) }
    let locators = (source: SourceLocator(source), target: SourceLocator(target))
    func covered(_ finding: Finding, _ evidence: Evidence?, _ article: Article, _ locator: SourceLocator?) -> Bool {
      guard let evidence, let region = locator?.region(of: evidence.range, sentence: evidence.sentence) else { return false }
      return article.suppressions.suppresses(finding.rule, onLine: region.start.line)
    }
    var kept: [Finding] = []
    var suppressed: [Finding] = []
    for finding in findings {
      if covered(finding, finding.source, source, locators.source) || covered(finding, finding.target, target, locators.target) {
        suppressed.append(finding)
      } else {
        kept.append(finding)
      }
    }
    return (kept, suppressed)
  }
}
