import Foundation
import Testing

@testable import Ingest

/// What libxml2 is given of a page: script and style bodies, unread attributes and comments
/// are taken out as its recovering parser would have bounded them; a JSON-LD script, the
/// attributes the cleaner reads and everything else stay as they are.
@Suite struct ParserInputTests {
  private func slimmed(_ page: String) -> String {
    var page = page
    return String(decoding: page.withUTF8(ParserInput.slimmed), as: UTF8.self)
  }

  @Test func scriptAndStyleBodiesGo() {
    #expect(slimmed("<p>a</p><script>var x = '<p>b</p>';</script><p>c</p>") == "<p>a</p><script></script><p>c</p>")
    #expect(slimmed("<STYLE type=\"text/css\">p { color: red }</Style>x") == "<STYLE type=\"text/css\"></Style>x")
    // The body ends at the first closing tag of its own name, whatever follows it.
    #expect(slimmed("<script>a</div>b</SCRIPT >c") == "<script></SCRIPT >c")
    // An unclosed script runs to the end of the page, as in libxml2's tree.
    #expect(slimmed("<p>a</p><script>never closed <p>b</p>") == "<p>a</p><script>")
  }

  @Test func jsonLDStays() {
    let page = "<script type=\"application/LD+JSON\">{\"headline\": \"<b>x</b>\"}</script><p>a</p>"
    #expect(slimmed(page) == page)
  }

  @Test func unreadAttributesGo() {
    #expect(slimmed("<a href=\"https://example.com/?a=1&b=2\" class=\"link\" data-track='x>y'>a</a>") == "<a  class=\"link\" >a</a>")
    #expect(slimmed("<div CLASS=story ID = \"main\" onclick=go() hidden>x</div>") == "<div CLASS=story ID = \"main\"  hidden>x</div>")
    #expect(slimmed("<img src=a.jpg alt=\"A photo\"/><p>b</p>") == "<img  /><p>b</p>")
    #expect(slimmed("<meta property=\"og:title\" content=\"T\"><html lang=it xml:lang=it newsdate=2021-07-21>")
      == "<meta property=\"og:title\" content=\"T\"><html lang=it xml:lang=it newsdate=2021-07-21>")
  }

  /// What libxml2 would skip as a bogus attribute is left for it to skip.
  @Test func bogusAttributesStay() {
    #expect(slimmed("<div @click=\"x\" class=a>b</div>") == "<div @click=\"x\" class=a>b</div>")
    #expect(slimmed("<div \"odd\" title=t>b</div>") == "<div \"odd\" >b</div>")
  }

  @Test func commentsGo() {
    #expect(slimmed("<p>a<!-- note --></p>") == "<p>a</p>")
    #expect(slimmed("<!---->x<!-- <script> -->y") == "xy")
    // "<!-->" does not close the comment it opens.
    #expect(slimmed("<!-->a-->b") == "b")
  }

  /// Names that only begin like a raw-text element, attribute values and self-closed tags do
  /// not open a body; a declaration stays.
  @Test func onlyRealStartTagsOpenABody() {
    let pages = [
      "<scripts>a</scripts><p>b</p>",
      "<div class=\"<script>\">a</div><p>b</p>",
      "<div class='x>y' id=\"<style>\">a</div>",
      "<script type=\"module\" /><p>b</p>",
      "<!DOCTYPE html><p>a < b</p>",
      // A processing instruction ends at its first ">", as libxml2 reads one in HTML.
      "<?php echo \"<script>\"; ?><p>b</p></script>",
    ]
    for page in pages { #expect(slimmed(page) == page, "\(page)") }
  }

  /// The article read from a page does not change when its scripts hold markup and its tags
  /// carry attributes nobody reads.
  @Test func articleUnchangedByWhatIsTakenOut() throws {
    let body = "<article><h1>Title of the story</h1><p>The ministry said on Monday that 2,000 people were evacuated from the town.</p>"
      + "<p>Rescue teams worked through the night, and the roads reopened on Tuesday morning.</p></article>"
    let plain = "<html><body>\(body)</body></html>"
    let busy = "<html><head><script>document.write('<div><p>An injected paragraph of forty words</p>');</script>"
      + "<style>p::before { content: '</p>' }</style></head><body><!-- top -->"
      + body.replacingOccurrences(of: "<p>", with: "<p data-id=\"1\" onclick='a(\"<b>\")'>")
      + "<script>if (a < b) { x = '</div>'; }</script></body></html>"
    var options = IngestOptions(format: .html)
    options.requiresSupportedLanguage = false
    let reader = ArticleReader()
    let expected = try reader.read(bytes: Array(plain.utf8), path: "plain.html", options: options)
    let read = try reader.read(bytes: Array(busy.utf8), path: "busy.html", options: options)
    #expect(read.text == expected.text)
    #expect(read.text.contains("2,000 people"))
  }
}
