/// Character classes of single scalars, answered without Unicode's property tables for ASCII,
/// which is most of every English and Italian text: the tokenizer and the glossary ask these
/// questions for every scalar of every sentence.
public enum ScalarClass {
  /// A letter, or a combining mark that belongs to one.
  @inline(__always)
  public static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    return scalar.properties.isAlphabetic || scalar.properties.generalCategory == .nonspacingMark
  }

  /// `Character.isLetter`, answered for ASCII without Unicode's property tables: the rules
  /// split whole sentences into words on it.
  @inline(__always)
  public static func isLetter(_ character: Character) -> Bool {
    if let ascii = character.asciiValue { return (ascii | 0x20) >= 0x61 && (ascii | 0x20) <= 0x7A }
    return character.isLetter
  }

  @inline(__always)
  public static func isLetterOrNumber(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (value >= 0x30 && value <= 0x39) || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A) }
    return isLetter(scalar) || scalar.properties.numericType != nil
  }

  @inline(__always)
  public static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
    return scalar.properties.isWhitespace
  }

  /// An ASCII letter byte, either case.
  @inline(__always)
  public static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

  /// A byte with an ASCII capital made small, every other byte as it is.
  @inline(__always)
  public static func asciiLowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

  @inline(__always)
  public static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value >= 0x41 && value <= 0x5A }
    return scalar.properties.isUppercase
  }
}
