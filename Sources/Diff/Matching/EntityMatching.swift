import Align
import Claims
import Core
import Foundation
import Glossary

/// Pairs the named entities of an aligned pair: the same glossary or CLDR term ("Belgium" and
/// "Belgio", "Daesh" and "Stato Islamico"), or the same unknown name, a surname matching a full
/// name ("Wainwright" and "Rob Wainwright").
struct EntityMatching {
  var matched: [(source: Claim, target: Claim)] = []
  var unmatchedSource: [Claim] = []
  var unmatchedTarget: [Claim] = []
  /// Names said again on one side and matched to a name the other side says fewer times:
  /// "ambassador to China … exporter to China" against "ambasciatore in Polonia … in Cina".
  /// A translation often drops a repeat; a rule may pair one with a name left unmatched.
  var surplusSource: [Claim] = []
  var surplusTarget: [Claim] = []

  init(source: [Claim], target: [Claim]) {
    let sourceEntities = source.filter { $0.kind == .entity && $0.entity != nil }
    let targetEntities = target.filter { $0.kind == .entity && $0.entity != nil }
    // Each name is folded, split and keyed once; the pairwise test then only compares.
    let sourceNames = sourceEntities.map { NameForm($0.entity!) }
    let targetNames = targetEntities.map { NameForm($0.entity!) }
    var usedTarget = Set<Int>()
    for (position, (claim, name)) in zip(sourceEntities, sourceNames).enumerated() {
      let hits = targetNames.indices.filter { Self.same(name, targetNames[$0]) }
      if let first = hits.first(where: { !usedTarget.contains($0) }) ?? hits.first {
        // Said more times here than there, counting this one.
        if usedTarget.isSuperset(of: hits), sourceNames[...position].filter({ Self.same($0, name) }).count > hits.count {
          surplusSource.append(claim)
        }
        matched.append((claim, targetEntities[first]))
        usedTarget.formUnion(hits)
      } else {
        unmatchedSource.append(claim)
      }
    }
    for (index, claim) in targetEntities.enumerated() where !usedTarget.contains(index) {
      // A name repeated on the target side that the source has once is still matched.
      let sourceCount = sourceNames.filter { Self.same($0, targetNames[index]) }.count
      if sourceCount > 0 {
        if targetNames[...index].filter({ Self.same($0, targetNames[index]) }).count > sourceCount { surplusTarget.append(claim) }
        continue
      }
      unmatchedTarget.append(claim)
    }
  }

  /// A name as the matching compares it: folded, in words, with each word's key.
  struct NameForm {
    let mention: EntityMention
    let folded: String
    let words: [Substring]
    let keys: Set<String>
    /// The lowercased letters of a name written as initials ("AMLO"), else nil.
    let initials: [Character]?

    init(_ mention: EntityMention) {
      self.mention = mention
      folded = Folding.fold(mention.canonical)
      words = folded.spaceSeparated
      keys = mention.term == nil ? Set(words.compactMap(EntityMatching.nameKey)) : []
      initials = Self.initials(mention.canonical)
    }

    /// The lowercased letters of a name written only in capitals, at least two of them.
    private static func initials(_ name: String) -> [Character]? {
      // ASCII, the common case, is read on its bytes: a lowercase letter means no initials.
      if name.utf8.allSatisfy({ $0 < 0x80 }) {
        var letters: [Character] = []
        for byte in name.utf8 {
          if byte >= 0x61 && byte <= 0x7A { return nil }
          if byte >= 0x41 && byte <= 0x5A { letters.append(Character(Unicode.Scalar(byte + 0x20))) }
        }
        return letters.count >= 2 ? letters : nil
      }
      let letters = name.filter(\.isLetter)
      return letters.count >= 2 && letters.allSatisfy(\.isUppercase) ? Array(letters.lowercased()) : nil
    }

    func isInitials(of other: NameForm) -> Bool {
      guard let initials, initials.count == other.words.count else { return false }
      return zip(initials, other.words).allSatisfy { $0 == $1.first }
    }
  }

  static func same(_ a: EntityMention, _ b: EntityMention) -> Bool {
    if let at = a.term, let bt = b.term { return at == bt }
    // The same name folded needs no forms made: `same` on forms says so first too.
    if Folding.fold(a.canonical) == Folding.fold(b.canonical) { return true }
    return same(NameForm(a), NameForm(b))
  }

  static func same(_ a: NameForm, _ b: NameForm) -> Bool {
    if let at = a.mention.term, let bt = b.mention.term { return at == bt }
    if a.folded == b.folded { return true }
    // An acronym against the name it abbreviates: "AMLO" and "Andres Manuel Lopez Obrador",
    // "JE" and "Johnny English".
    if a.isInitials(of: b) || b.isInitials(of: a) { return true }
    // A surname alone against the full name, or a full name against a longer one with the same
    // two last words ("Wainwright" and "Rob Wainwright", "Kärnten Jörg Haider" and "Carinthian
    // Governor Jörg Haider"; not "Barrick Gold" and "Kubo Takefusa Gold").
    if let la = a.words.last, let lb = b.words.last, la == lb, a.words.count != b.words.count,
      a.words.count == 1 || b.words.count == 1 || a.words.dropLast().last == b.words.dropLast().last
    {
      return true
    }
    // Two unknown names sharing a word, as written or as a cognate, are one name rearranged or
    // half translated: "Central Park's Great Lawn" and "Great Lawn di Central Park",
    // "Soviet Union" and "Unione Sovietica", "AMs" and "AM".
    guard a.mention.term == nil, b.mention.term == nil, !a.keys.isDisjoint(with: b.keys) else { return false }
    // …unless each keeps a proper name of its own: "Sheikh Hasina" and "Sheikh Chugoku" share a
    // title, not a name.
    func ownProperWords(_ words: [Substring], _ other: Set<String>) -> Bool {
      words.contains { word in
        guard let key = nameKey(word), !other.contains(key) else { return false }
        return !WordSenses.shipped.isCommonWord(String(word))
      }
    }
    return !(ownProperWords(a.words, b.keys) && ownProperWords(b.words, a.keys))
  }

  /// A word's key for comparing names: its first five letters with cognate spellings evened
  /// out, or the whole of a short word; "of", "di" and the like carry nothing.
  static func nameKey(_ word: Substring) -> String? {
    if word.utf8.allSatisfy({ $0 < 0x80 }) { return asciiNameKey(word) }
    var scalars = word.unicodeScalars[...]
    // Only a word with an apostrophe can begin with an elision.
    if word.utf8.contains(UInt8(ascii: "'")) {
      for elision in ["l'", "dell'", "all'", "nell'", "dall'", "sull'", "d'"] where word.hasPrefix(elision) {
        scalars = scalars.dropFirst(elision.unicodeScalars.count)
      }
    }
    var letters = ""
    for scalar in scalars where ScalarClass.isLetter(scalar) { letters.unicodeScalars.append(scalar) }
    if letters.hasSuffix("s"), letters.count <= 4 { letters.removeLast() }
    guard letters.count >= 2, !connectors.contains(letters) else { return nil }
    // "Elisabetta" is "Elizabeth", "Abramo" "Abraham".
    return Folding.cognateKey(NameWords.english(letters))
  }

  /// `nameKey` of an ASCII word, on its bytes: the same elisions, letters and endings.
  private static func asciiNameKey(_ word: Substring) -> String? {
    var bytes = word.utf8[...]
    if bytes.contains(UInt8(ascii: "'")) {
      for elision in ["l'", "dell'", "all'", "nell'", "dall'", "sull'", "d'"] where word.hasPrefix(elision) {
        bytes = bytes.dropFirst(elision.utf8.count)
      }
    }
    var letters = [UInt8]()
    letters.reserveCapacity(bytes.count)
    for byte in bytes where (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A { letters.append(byte) }
    if letters.last == UInt8(ascii: "s"), letters.count <= 4 { letters.removeLast() }
    guard letters.count >= 2 else { return nil }
    let text = String(decoding: letters, as: UTF8.self)
    guard !connectors.contains(text) else { return nil }
    return Folding.cognateKey(NameWords.english(text))
  }

  /// A looser key for finding a name's words in running text: the first four letters with
  /// doubled letters single ("Prague" and "Praga" both give "prag").
  static func looseKey(_ word: Substring) -> String? {
    guard let key = nameKey(word) else { return nil }
    return String(key.prefix(4))
  }

  static let connectors: Set<String> = ["of", "the", "di", "del", "della", "dei", "de", "da", "la", "le", "il", "and", "e"]
}

/// Claims of the pairs around one pair, on one side: what a rule checks before calling
/// something missing, since alignment can put a fact one sentence away.
struct Neighbourhood {
  let pairs: [ClaimPair]
  let radius: Int

  func claims(around index: Int, side: Side) -> [Claim] {
    let lower = max(0, index - radius)
    let upper = min(pairs.count - 1, index + radius)
    guard lower <= upper else { return [] }
    return (lower...upper).flatMap { side == .source ? pairs[$0].sourceClaims : pairs[$0].targetClaims }
  }
}
