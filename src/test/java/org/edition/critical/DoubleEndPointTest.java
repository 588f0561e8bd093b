package org.edition.critical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.edition.Cli;
import org.edition.TeiFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An apparatus kept apart from the text, pointing to it (the double end-point method: an app's
 * @from and @to name anchors around the lemma): its entry names the words between them, the sign
 * follows the lemma's end and leads to the entry, the entry's key leads back to the lemma.
 */
class DoubleEndPointTest {
  @TempDir Path dir;

  @Test
  void anEntryKeptApartNamesTheWordsBetweenItsAnchors() throws Exception {
    Path texts = dir.resolve("texts");
    TeiFixture.write(texts, "story", "A story",
        "<standOff><listWit><witness xml:id=\"A\">A copy</witness><witness xml:id=\"B\">Another copy</witness></listWit></standOff>",
        "en", "<p>He <anchor xml:id=\"a1\"/>came home<anchor xml:id=\"a2\"/> late.</p>"
            + "<div type=\"apparatus\"><listApp><app from=\"#a1\" to=\"#a2\"><rdg wit=\"#B\">went away</rdg></app></listApp></div>");
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--html", "-o", out.toString(), texts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    Document page = Jsoup.parse(out.resolve("html/story.html").toFile(), "UTF-8");
    var entry = page.selectFirst("li.app-entry");
    assertEquals("came home", entry.selectFirst(".app-lemma").text());
    assertEquals("went away B", entry.selectFirst(".app-reading").text());
    assertEquals("#a1", entry.selectFirst("a.app-key").attr("href"), "the key leads back to the lemma");
    var sign = page.selectFirst("#a2 + a.app-mark");
    assertEquals("#" + entry.id(), sign.attr("href"), "the sign after the lemma's end leads to the entry");
  }
}
