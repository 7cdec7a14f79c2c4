import Foundation

/// Text made safe for HTML and XML, in content and in quoted attribute values.
enum Markup {
  /// Escapes the five markup characters and drops the control characters XML 1.0 forbids;
  /// `keepingNewlines: false` writes line breaks as `&#10;`, which survives in attributes.
  static func escape(_ text: String, keepingNewlines: Bool = true) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\n": result += keepingNewlines ? "\n" : "&#10;"
      case "\t", "\r": result.unicodeScalars.append(scalar)
      default:
        if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// The start of a self-contained page, up to its `<body>`: a content security policy that
  /// forbids fetching anything, so the report works offline and leaks nothing when opened.
  static func pageHead(title: String, style: String) -> String {
    """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
    <title>\(escape(title))</title>
    <style>
    \(style)
    </style>
    </head>
    <body>

    """
  }
}
