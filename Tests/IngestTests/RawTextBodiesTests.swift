import Testing

@testable import Ingest

/// Script and style bodies are taken out before libxml2 parses a page, as its recovering
/// parser would have bounded them; a JSON-LD script, and everything outside the bodies, stays.
@Suite struct RawTextBodiesTests {
  private func stripped(_ page: String) -> String {
    var page = page
    return String(decoding: page.withUTF8(RawTextBodies.stripped), as: UTF8.self)
  }

  @Test func scriptAndStyleBodiesGo() {
    #expect(stripped("<p>a</p><script>var x = '<p>b</p>';</script><p>c</p>") == "<p>a</p><script></script><p>c</p>")
    #expect(stripped("<STYLE type=\"text/css\">p { color: red }</Style>x") == "<STYLE type=\"text/css\"></Style>x")
    // The body ends at the first closing tag of its own name, whatever follows it.
    #expect(stripped("<script>a</div>b</SCRIPT >c") == "<script></SCRIPT >c")
    // An unclosed script runs to the end of the page, as in libxml2's tree.
    #expect(stripped("<p>a</p><script>never closed <p>b</p>") == "<p>a</p><script>")
  }

  @Test func jsonLDStays() {
    let page = "<script type=\"application/LD+JSON\">{\"headline\": \"<b>x</b>\"}</script><p>a</p>"
    #expect(stripped(page) == page)
  }

  /// Names that only begin like a raw-text element, comments, attribute values and
  /// self-closed tags do not open a body.
  @Test func onlyRealStartTagsOpenABody() {
    let pages = [
      "<scripts>a</scripts><p>b</p>",
      "<!-- <script> --><p>a</p><!-- </script> -->",
      "<div title=\"<script>\">a</div><p>b</p>",
      "<div title='x>y' data-s=\"<style>\">a</div>",
      "<script src=\"a.js\" /><p>b</p>",
      "<!DOCTYPE html><p>a < b</p>",
    ]
    for page in pages { #expect(stripped(page) == page, "\(page)") }
  }

  /// The article read from a page does not change when its scripts hold markup.
  @Test func articleUnchangedByMarkupInScripts() throws {
    let body = "<article><h1>Title of the story</h1><p>The ministry said on Monday that 2,000 people were evacuated from the town.</p>"
      + "<p>Rescue teams worked through the night, and the roads reopened on Tuesday morning.</p></article>"
    let plain = "<html><body>\(body)</body></html>"
    let scripted = "<html><head><script>document.write('<div><p>An injected paragraph of forty words</p>');</script>"
      + "<style>p::before { content: '</p>' }</style></head><body>\(body)<script>if (a < b) { x = '</div>'; }</script></body></html>"
    var options = IngestOptions(format: .html)
    options.requiresSupportedLanguage = false
    let reader = ArticleReader()
    let expected = try reader.read(bytes: Array(plain.utf8), path: "plain.html", options: options)
    let read = try reader.read(bytes: Array(scripted.utf8), path: "scripted.html", options: options)
    #expect(read.text == expected.text)
    #expect(read.text.contains("2,000 people"))
  }
}
