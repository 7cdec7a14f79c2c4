import Core
import Foundation

/// Tells English from Italian, and both from the languages most often mistaken for them, by
/// the share of each language's commonest function words in the text.
///
/// Function words are a strong signal even in a few sentences, and the other languages' lists
/// let the error say what the text looks like ("looks French") instead of guessing.
public enum LanguageIdentifier {
  public struct Guess: Sendable, Equatable {
    /// The best-scoring language's English name ("English", "Italian", "French"…).
    public var name: String
    /// Its ISO 639-1 code ("en", "it", "fr"…).
    public var code: String {
      ["English": "en", "Italian": "it", "French": "fr", "Spanish": "es", "Portuguese": "pt", "German": "de", "Dutch": "nl"][name] ?? "und"
    }
    /// The language, when it is one claimdiff reads.
    public var language: Language?
    /// The share of tokens that are the language's function words.
    public var share: Double
    /// How many word tokens were looked at.
    public var words: Int
  }

  static let profiles: [(name: String, language: Language?, words: Set<String>)] = [
    (
      "English", .english,
      [
        "the", "of", "and", "to", "in", "is", "that", "for", "on", "was", "with", "said", "by", "it", "are", "from", "at",
        "as", "have", "be", "this", "has", "will", "not", "but", "an", "they", "which", "who", "their", "were", "had",
        "been", "its", "would", "he", "she", "we", "i", "you", "or", "there", "after", "about", "more", "than", "also",
        "into", "over", "when", "what", "out", "up", "can", "his", "her", "them", "our", "these", "those", "could",
      ]
    ),
    (
      "Italian", .italian,
      [
        "il", "di", "e", "la", "che", "per", "un", "una", "in", "del", "della", "e", "le", "non", "si", "da", "con", "sono",
        "dei", "al", "alla", "lo", "gli", "ha", "delle", "nel", "anche", "piu", "ma", "come", "questo", "dell'", "l'",
        "nella", "sul", "sulla", "degli", "stato", "stata", "hanno", "essere", "tra", "fra", "dal", "dalla", "ai", "agli",
        "ci", "ne", "se", "cui", "suo", "sua", "loro", "questa", "anni", "dopo", "ancora", "all'", "un'", "nell'", "quando",
      ]
    ),
    (
      "French", nil,
      [
        "le", "la", "les", "de", "des", "du", "et", "est", "une", "un", "que", "qui", "dans", "pour", "pas", "sur", "au",
        "aux", "par", "avec", "il", "elle", "ont", "sont", "cette", "ce", "mais", "plus", "nous", "vous", "leur", "ses",
      ]
    ),
    (
      "Spanish", nil,
      [
        "el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "es", "por", "para", "con", "no", "se", "su",
        "al", "lo", "como", "pero", "sus", "fue", "ha", "este", "esta", "entre", "cuando", "muy", "sin", "sobre",
      ]
    ),
    (
      "Portuguese", nil,
      [
        "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "um", "uma", "para", "com", "nao", "por",
        "no", "na", "se", "mais", "foi", "ao", "pelo", "pela", "seu", "sua", "como", "mas", "esta", "sao",
      ]
    ),
    (
      "German", nil,
      [
        "der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich", "des", "auf", "fur",
        "im", "dem", "auch", "es", "an", "werden", "aus", "er", "hat", "dass", "sie", "nach", "wird", "bei", "einer", "um",
      ]
    ),
    (
      "Dutch", nil,
      [
        "de", "het", "een", "en", "van", "ik", "te", "dat", "die", "in", "is", "niet", "op", "aan", "met", "zijn", "voor",
        "er", "maar", "om", "ook", "als", "dan", "bij", "nog", "wordt", "werd", "door", "naar", "worden", "deze", "heeft",
      ]
    ),
  ]

  /// Each function word's profiles, one bit each in `profiles`' order: one lookup a token.
  static let profileMasks: WordTable<UInt8> = {
    var masks = WordTable<UInt8>()
    for (number, profile) in profiles.enumerated() {
      for word in profile.words { masks[word, default: 0] |= 1 << UInt8(number) }
    }
    return masks
  }()

  /// The best guess for `text`, or nil when it has no words at all.
  /// How much of a text the guess reads: some hundred words tell a language as surely as a
  /// whole archive does.
  static let sampleScalars = 2_500

  public static func identify(_ text: String) -> Guess? {
    var sample: [Unicode.Scalar] = []
    sample.reserveCapacity(min(text.utf8.count, sampleScalars))
    for scalar in text.unicodeScalars {
      guard sample.count < sampleScalars else { break }
      sample.append(scalar)
    }
    // Cut at a space, so that the sample does not end in half a word.
    if sample.count == sampleScalars, let space = sample.lastIndex(where: ScalarClass.isWhitespace) { sample.removeSubrange(space...) }
    let scalars = ScalarText(scalars: sample)
    let words = Tokenizer.foldedWords(in: scalars, range: TextRange(start: 0, end: scalars.count))
    guard !words.isEmpty else { return nil }
    var hits = Array(repeating: 0, count: profiles.count)
    for word in words {
      // Most words are longer than any function word: they need no lookup.
      guard var mask = profileMasks[word] else { continue }
      while mask != 0 {
        hits[mask.trailingZeroBitCount] += 1
        mask &= mask - 1
      }
    }
    var best: Guess?
    var bestHits = 0
    for (number, profile) in profiles.enumerated() {
      let share = Double(hits[number]) / Double(words.count)
      if best == nil || share > best?.share ?? 0 {
        best = Guess(name: profile.name, language: profile.language, share: share, words: words.count)
        bestHits = hits[number]
      }
    }
    // A sentence or two holds too few function words to tell Portuguese from Italian by one of
    // them ("Vive a Venezia da mezzo secolo" has "a" and "da", both Portuguese): in a short text
    // a language claimdiff reads wins when it comes within one word of the best.
    if words.count < shortText, best?.language == nil,
      let (number, profile) = profiles.enumerated().filter({ $0.element.language != nil }).max(by: { hits[$0.offset] < hits[$1.offset] }),
      hits[number] > 0, hits[number] + 1 >= bestHits
    {
      best = Guess(name: profile.name, language: profile.language, share: Double(hits[number]) / Double(words.count), words: words.count)
    }
    return best
  }

  /// Under this many words a text is short: a sentence or two.
  static let shortText = 30
}
