import Core
import Foundation

/// The lines a page shows around an article that are not the article: skip links, share and
/// follow buttons, "Back to top", "Related", "Condividi:", advertising labels. Matched whole
/// (folded, without trailing colons), so that a sentence that merely contains "share" stays.
enum PageFurniture {
  static let lines: Set<String> = [
    "skip to main content", "skip to content", "skip to navigation", "skip navigation", "vai al contenuto",
    "vai al contenuto principale", "salta al contenuto", "back to top", "torna su", "torna all'inizio", "top",
    "follow", "follow us", "seguici", "segui", "share", "share this", "share this article", "condividi",
    "condividi su", "tweet", "email", "e-mail", "print", "stampa", "related", "related articles", "related stories",
    "read more", "more", "leggi anche", "leggi di piu", "articoli correlati", "potrebbe interessarti", "advertisement",
    "pubblicita", "sponsored", "menu", "search", "cerca", "home", "login", "log in", "sign in", "subscribe",
    "abbonati", "iscriviti", "newsletter", "comments", "commenti", "facebook", "twitter", "linkedin", "whatsapp",
    "telegram", "reddit", "copy link", "copia link", "next", "previous", "successivo", "precedente", "topics",
    "tags", "argomenti", "accept", "accetta", "cookie", "close", "chiudi", "loading", "caricamento",
  ]

  /// The longest furniture line, in bytes: longer text is furniture only by a copyright.
  private static let longestLine = lines.map(\.utf8.count).max() ?? 0

  static func isFurniture(_ text: String) -> Bool {
    // A long paragraph is furniture only as a copyright notice, which its first words and a
    // search that does not fold it whole can tell; a short line may also be a known one.
    let isLong = text.utf8.count > 4 * longestLine
    var trimmed = Substring(Folding.fold(isLong ? text.prefix(16) : text[...]))
    while let first = trimmed.first, first.isWhitespace { trimmed.removeFirst() }
    if !isLong {
      while let last = trimmed.last, ":|>»·-".contains(last) || last.isWhitespace { trimmed.removeLast() }
      if lines.contains(String(trimmed)) { return true }
    }
    if trimmed.hasPrefix("©") || trimmed.hasPrefix("(c) ") || trimmed.hasPrefix("copyright") { return true }
    return Folding.containsIgnoringCase(text, "all rights reserved") || Folding.containsIgnoringCase(text, "tutti i diritti riservati")
  }

  /// A trailing credit such as "(Additional reporting by Eric Auchard)" or "(Reporting by X;
  /// Editing by Y)": the scalar offset in `text` where it starts, or nil.
  static func trailingCreditStart(in text: String) -> String.Index? {
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
    let inner = Folding.fold(text[text.index(after: open)...])
    let starts = [
      "additional reporting", "reporting by", "writing by", "editing by", "compiled by", "with reporting",
      "con la collaborazione", "hanno collaborato", "ha collaborato", "fonte:", "source:",
    ]
    return starts.contains { inner.hasPrefix($0) } ? open : nil
  }

  /// Whether a block ends with a photo credit ("(REUTERS/Marius Bosch)", "(AP Photo/…)",
  /// "(Foto: ANSA)"), the mark of a caption in scraped text.
  static func endsWithPhotoCredit(_ text: String) -> Bool {
    guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return false }
    let inner = Folding.fold(text[text.index(after: open)...].dropLast())
    let agencies = ["reuters", "afp", "ap photo", "getty", "ansa", "epa", "photo:", "photo by", "foto:", "foto di", "lapresse", "shutterstock"]
    return agencies.contains { inner.hasPrefix($0) } || (inner.contains("/") && inner.count < 60 && agencies.contains { inner.contains($0) })
  }
}
