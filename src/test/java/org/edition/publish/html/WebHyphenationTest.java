package org.edition.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.edition.BuiltSite;
import org.edition.Cli;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The website's running text carries the print edition's word breaks as soft hyphens (FOP's
 * patterns for the text's language), so that it can be justified; headings, verse, addresses and
 * languages without patterns are left whole, and a reader who copies gets whole words.
 */
class WebHyphenationTest {
  private static final char SHY = '\u00AD';
  @TempDir Path dir;

  private static Document article() throws Exception {
    return Jsoup.parse(BuiltSite.html().resolve("leylavergne-travail.html").toFile(), "UTF-8");
  }

  @Test
  void frenchRunningTextHasThePrintBreaks() throws Exception {
    Document page = article();
    String paragraphs = page.select("article.text p.tei-p").stream().map(org.jsoup.nodes.Element::wholeText).collect(java.util.stream.Collectors.joining(" "));
    assertTrue(paragraphs.contains("ima" + SHY + "gi" + SHY + "naire"), "imaginaire broken as in print");
    assertTrue(paragraphs.contains("révo" + SHY + "lu" + SHY + "tion" + SHY + "naires"), "révolutionnaires");
    // three letters at least on each side, and short words whole
    assertFalse(paragraphs.matches("(?s).*(^|[^\\p{L}\u00AD])\\p{L}{1,2}\u00AD.*"), "a break after one or two letters");
    assertFalse(paragraphs.matches("(?s).*\u00AD\\p{L}{1,2}([^\\p{L}\u00AD]|$).*"), "a break before the last one or two letters");
    for (var heading : page.select("article.text h1, article.text h2, article.text h3, nav, .contents, title")) {
      assertEquals(-1, heading.wholeText().indexOf(SHY), "a heading is not hyphenated: " + heading.text());
    }
  }

  @Test
  void versesAddressesAndLanguagesWithoutPatternsStayWhole() throws Exception {
    Path texts = dir.resolve("texts");
    org.edition.TeiFixture.write(texts, "mixed", "Mixed", "en", """
        <head>Extraordinary considerations</head>
        <p>Extraordinary considerations about https://example.org/extraordinarily/long and NATIONALISATION.</p>
        <lg><l>Extraordinary considerations in verse</l></lg>
        <p xml:lang="tlh">Extraordinaryklingon wordsthatarelong</p>
        """);
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--html", "-o", out.toString(), texts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    Document page = Jsoup.parse(out.resolve("html/mixed.html").toFile(), "UTF-8");
    String prose = page.select("p.tei-p").first().wholeText();
    assertTrue(prose.contains("Extra" + SHY + "or" + SHY + "di" + SHY + "nary"), "English patterns: " + prose);
    assertTrue(prose.contains("https://example.org/extraordinarily/long"), "an address is whole: " + prose);
    assertTrue(prose.contains("NATIONALISATION"), "capitals are whole: " + prose);
    assertEquals(-1, page.select("h2, h1").html().indexOf(SHY));
    assertEquals(-1, page.select(".tei-l").html().indexOf(SHY), "verse is not hyphenated, as in print");
    assertEquals(-1, page.select("p.tei-p").get(1).wholeText().indexOf(SHY), "no patterns for Klingon");
  }

  @Test
  void copiedTextHasWholeWords() throws Exception {
    WebDriver driver = org.edition.Chromium.start();
    try {
      driver.get(BuiltSite.html().resolve("leylavergne-travail.html").toUri().toString());
      Object copied = ((JavascriptExecutor) driver).executeScript("""
          var p = [...document.querySelectorAll('article.text p.tei-p')].find(p => p.textContent.indexOf('\\u00AD') >= 0);
          var range = document.createRange();
          range.selectNodeContents(p);
          getSelection().removeAllRanges();
          getSelection().addRange(range);
          var data = new DataTransfer();
          document.dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }));
          return [p.textContent.indexOf('\\u00AD') >= 0, data.getData('text/plain'), getComputedStyle(p).textAlign];
          """);
      java.util.List<?> result = (java.util.List<?>) copied;
      assertEquals(Boolean.TRUE, result.get(0), "the paragraph has soft hyphens");
      String text = (String) result.get(1);
      assertTrue(text.length() > 100, text);
      assertEquals(-1, text.indexOf(SHY), "copied without soft hyphens: " + text);
      assertEquals("justify", result.get(2), "hyphenated text is justified at a desktop's width");
    } finally {
      driver.quit();
    }
  }
}
