import Core
import Foundation

/// Country and territory names in English and Italian from CLDR, through Foundation: "Belgium"
/// and "Belgio" for BE, "United States" and "Stati Uniti" for US.
public enum RegionNames {
  /// Codes CLDR lists among regions that are organisations or groupings, not places: the
  /// European Union, the Eurozone, the United Nations, private-use and unknown codes.
  static let groupings: Set<String> = ["EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"]

  /// One place term per ISO 3166 region, with the id "region:CODE".
  public static let terms: [Term] = {
    let english = Locale(identifier: "en")
    let italian = Locale(identifier: "it")
    var result: [Term] = []
    for region in Locale.Region.isoRegions {
      let code = region.identifier
      // Two letters only: the numeric codes are continents and groupings.
      guard code.count == 2, code.allSatisfy(\.isLetter), !groupings.contains(code),
        let en = english.localizedString(forRegionCode: code), let it = italian.localizedString(forRegionCode: code),
        en != code
      else { continue }
      let own = endonym(code)
      let aliases = own.map { $0 != en && $0 != it ? [$0] : [] } ?? []
      result.append(Term(id: "region:\(code)", english: [en], italian: [it], aliases: aliases, category: .place, origin: "CLDR"))
    }
    return result.sorted { $0.id < $1.id }
  }()

  /// A region's name in its own main language, when that is written in Latin letters and is
  /// no English word: "Nederland", "Deutschland", "España" — the form addresses and datelines
  /// keep.
  static func endonym(_ code: String) -> String? {
    let likely = Locale.Language(identifier: "und-" + code).maximalIdentifier
    let language = Locale.Language(identifier: likely)
    guard language.script?.identifier == "Latn", let own = language.languageCode?.identifier, own != "en", own != "it",
      let name = Locale(identifier: own).localizedString(forRegionCode: code), !name.contains(" "), name.count >= 4,
      // Not one that folds to an English word: Icelandic "Ísland" is "island".
      !ShippedEnglishWords.contains(Folding.fold(name))
    else { return nil }
    return name
  }

  /// Language names from CLDR, which double as nationality adjectives ("Welsh" and "gallese",
  /// "Korean" and "coreano"): words that are never names of their own.
  public static let languages: [Term] = {
    let english = Locale(identifier: "en")
    let italian = Locale(identifier: "it")
    var result: [Term] = []
    for code in Locale.LanguageCode.isoLanguageCodes.map(\.identifier) where code.count == 2 {
      guard let en = english.localizedString(forLanguageCode: code), let it = italian.localizedString(forLanguageCode: code),
        en != code, !en.contains(" "), !en.contains("(")
      else { continue }
      result.append(Term(id: "language:\(code)", english: [en], italian: [it], category: .nationality, origin: "CLDR"))
    }
    return result.sorted { $0.id < $1.id }
  }()
}
