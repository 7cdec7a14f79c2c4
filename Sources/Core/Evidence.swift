import Foundation

/// Where a finding points in one article: the sentence, the range and its text.
public struct Evidence: Sendable, Codable, Equatable, Hashable {
  public var sentence: Int
  public var range: TextRange
  public var text: String

  public init(sentence: Int, range: TextRange, text: String) {
    self.sentence = sentence
    self.range = range
    self.text = text
  }

  enum CodingKeys: String, CodingKey {
    case sentence, start, end, text
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    sentence = try container.decode(Int.self, forKey: .sentence)
    let start = try container.decode(Int.self, forKey: .start)
    let end = try container.decode(Int.self, forKey: .end)
    guard start <= end else {
      throw DecodingError.dataCorruptedError(forKey: .end, in: container, debugDescription: "end before start")
    }
    range = TextRange(start: start, end: end)
    text = try container.decode(String.self, forKey: .text)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(sentence, forKey: .sentence)
    try container.encode(range.start, forKey: .start)
    try container.encode(range.end, forKey: .end)
    try container.encode(text, forKey: .text)
  }
}
