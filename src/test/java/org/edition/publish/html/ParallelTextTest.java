package org.edition.publish.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edition.Cli;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An original and its translation side by side on the web, from the TEI's own encoding: a real
 * EpiDoc inscription (ISicily: its edition and its translation, two wholes), a letter whose
 * translation's paragraphs point to the original's (@corresp), and a Greek text with a Latin
 * translation aligned by @n.
 */
class ParallelTextTest {
  @TempDir static Path dir;
  static Path site;

  private static final String HEADER = "<teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt><publicationStmt><p>P</p>"
      + "</publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>";

  @BeforeAll
  static void build() throws Exception {
    Path tei = Files.createDirectories(dir.resolve("project/tei"));
    Files.copy(Cli.shared().resolve("corpus/docs/isicily-epidoc/ISic000001.xml"), tei.resolve("ISic000001.xml"));
    Files.writeString(tei.resolve("lettre.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + HEADER.formatted("Lettre")
        + "<text><body>"
        + "<div type=\"original\" xml:lang=\"fr\"><p xml:id=\"o1\">Mon cher Théo, merci de ta lettre.</p>"
        + "<p xml:id=\"o2\">Je travaille beaucoup ces jours-ci.</p><p xml:id=\"o3\">Poignée de main ! Vas-tu bien ?</p></div>"
        + "<div type=\"translation\" xml:lang=\"en\"><p corresp=\"#o1\">My dear Theo, thanks for your letter.</p>"
        + "<p corresp=\"#o2\">I am working a lot these days.</p><p corresp=\"#o3\">A handshake! Are you well?</p></div>"
        + "</body></text></TEI>\n");
    Files.writeString(tei.resolve("hymne.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + HEADER.formatted("Hymne")
        + "<text><body>"
        + "<div type=\"edition\" xml:lang=\"grc\"><lg n=\"1\"><l>Μῆνιν ἄειδε θεὰ</l></lg><lg n=\"2\"><l>οὐλομένην, ἣ μυρί᾽</l></lg></div>"
        + "<div type=\"translation\" xml:lang=\"la\"><lg n=\"2\"><l>perniciosam, quae innumeros</l></lg><lg n=\"1\"><l>Iram cane, dea</l></lg></div>"
        + "</body></text></TEI>\n");
    Cli.Run run = Cli.run("build", "-q", "--html", "--project", dir.resolve("project").toString(),
        "-o", dir.resolve("out").toString(), tei.toString());
    assertTrue(run.exitCode() <= 1, run.out() + run.err());
    site = dir.resolve("out/html");
  }

  private static Document page(String name) throws Exception {
    return Jsoup.parse(site.resolve(name).toFile(), "UTF-8");
  }

  /** Each row's original and translation, as a reader reads them. */
  private static List<List<String>> rows(Document page) {
    return page.select("section.parallel > .parallel-row:not(.parallel-heads)").stream()
        .map(row -> List.of(row.selectFirst(".parallel-original").text(), row.selectFirst(".parallel-translation").text()))
        .toList();
  }

  @Test
  void anInscriptionsTranslationStandsBesideItsEdition() throws Exception {
    Document page = page("ISic000001.html");
    Element parallel = page.selectFirst("section.parallel");
    assertTrue(parallel != null, "no parallel view");
    Element heads = parallel.selectFirst(".parallel-heads");
    assertEquals("la", heads.selectFirst(".parallel-original").attr("lang"));
    assertEquals("en", heads.selectFirst(".parallel-translation").attr("lang"));
    assertTrue(heads.selectFirst(".parallel-translation").text().contains("Translation"), heads.text());
    List<List<String>> rows = rows(page);
    assertEquals(1, rows.size(), "two wholes: nothing aligns them finer");
    assertTrue(rows.get(0).get(1).contains("To the shades of the underworld"), rows.toString());
    // the translation is shown once, beside its edition; the lemmatized edition stays apart
    assertEquals(1, page.select("article.text").text().split("To the shades of the underworld", -1).length - 1);
    assertTrue(page.select("section.div-edition:not(.parallel)").size() >= 1, "the second edition, on its own");
  }

  @Test
  void aTranslationsParagraphsPointingToTheOriginalsAreItsRows() throws Exception {
    List<List<String>> rows = rows(page("lettre.html"));
    assertEquals(3, rows.size(), rows.toString());
    assertTrue(rows.get(0).get(0).contains("Mon cher Théo") && rows.get(0).get(1).contains("My dear Theo"), rows.toString());
    assertTrue(rows.get(2).get(0).contains("Poignée de main") && rows.get(2).get(1).contains("A handshake"), rows.toString());
    // each side set in its own language: French spacing before "!" and "?" in the original only
    assertTrue(rows.get(2).get(0).matches(".*main[\u00a0\u202f]!.*bien[\u00a0\u202f]\\?"), rows.get(2).get(0));
    assertTrue(rows.get(2).get(1).endsWith("handshake! Are you well?"), rows.get(2).get(1));
  }

  @Test
  void unitsWithTheSameNumberAreAlignedWhateverTheirOrder() throws Exception {
    Document page = page("hymne.html");
    List<List<String>> rows = rows(page);
    assertEquals(2, rows.size(), rows.toString());
    assertTrue(rows.get(0).get(0).contains("Μῆνιν") && rows.get(0).get(1).contains("Iram cane"), rows.toString());
    assertTrue(rows.get(1).get(0).contains("οὐλομένην") && rows.get(1).get(1).contains("perniciosam"), rows.toString());
    assertEquals("grc", page.selectFirst(".parallel-row:not(.parallel-heads) .parallel-original").attr("lang"));
    assertEquals("la", page.selectFirst(".parallel-row:not(.parallel-heads) .parallel-translation").attr("lang"));
  }
}
