package org.edition.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.edition.Chromium;
import org.edition.Cli;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;

/**
 * Drama as French and classical editions set it, in the three formats: a verse line shared
 * between speakers stepped (each later part starts where the earlier parts end), every fifth line
 * numbered, a play's acts each on a new recto in print, speakers in small capitals (Greek ones in
 * capitals without accents, the words left as the source writes them), a footnote's call on its
 * word. On Racine's Phèdre (src/test/resources/reader/drama-shared-lines.xml) and Sophocles'
 * Antigone (GreekDraCor).
 */
class DramaTest {
  private static final Path READER = Cli.root().resolve("src/test/resources/reader");
  private static final Path ANTIGONE = Cli.shared().resolve("corpus/docs/greekdracor/sophocles-antigone.xml");
  private static final String PHEDRE = "drama-shared-lines";
  private static final String ANTIGONE_ID = "greek000025";

  @TempDir static Path dir;
  private static Path out;
  private static Path unpacked;
  private static WebDriver driver;

  @BeforeAll
  static void build() throws Exception {
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.copy(READER.resolve(PHEDRE + ".xml"), texts.resolve(PHEDRE + ".xml"));
    Files.copy(ANTIGONE, texts.resolve(ANTIGONE.getFileName()));
    out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--volumes=never", "-o", out.toString(), texts.toString());
    assertTrue(run.exitCode() <= 1, run.out() + run.err());
    assertFalse(run.err().contains("[publish]"), run.err());
    unpacked = Files.createDirectories(dir.resolve("epub-unpacked"));
    try (ZipFile epub = new ZipFile(out.resolve("epub/" + PHEDRE + ".epub").toFile())) {
      for (var entry : java.util.Collections.list(epub.entries())) {
        Path target = unpacked.resolve(entry.getName());
        if (!entry.isDirectory() && target.normalize().startsWith(unpacked)) {
          Files.createDirectories(target.getParent());
          Files.copy(epub.getInputStream(entry), target);
        }
      }
    }
    driver = Chromium.start();
  }

  @AfterAll
  static void quit() {
    if (driver != null) {
      driver.quit();
    }
  }

  /** A run of glyphs of a PDF page, no wide gap inside it: its text, where it starts and ends. */
  record Run(String text, float left, float right) {}

  /** A line of a PDF page as drawn (glyphs on one baseline, left to right), in runs apart (a number in the margin, a column). */
  record Drawn(int page, int y, String text, List<Run> runs) {
    float left() {
      return runs.get(0).left();
    }
  }

  private static List<Drawn> drawn(String book) throws Exception {
    List<TreeMap<Integer, List<TextPosition>>> pages = new ArrayList<>();
    try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/" + book + ".pdf").toFile())) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          if (text.getUnicode() == null || text.getUnicode().isBlank()) {
            return;
          }
          while (pages.size() < getCurrentPageNo()) {
            pages.add(new TreeMap<>());
          }
          pages.get(getCurrentPageNo() - 1).computeIfAbsent(Math.round(text.getYDirAdj()), k -> new ArrayList<>()).add(text);
        }
      };
      stripper.getText(pdf);
    }
    List<Drawn> lines = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      for (var baseline : pages.get(p).entrySet()) {
        List<TextPosition> glyphs = baseline.getValue();
        glyphs.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
        List<Run> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        StringBuilder run = new StringBuilder();
        TextPosition previous = null;
        TextPosition first = glyphs.get(0);
        for (TextPosition glyph : glyphs) {
          float gap = previous == null ? 0 : glyph.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
          if (previous != null && gap >= 1.5f * glyph.getFontSizeInPt()) {
            runs.add(new Run(run.toString(), first.getXDirAdj(), previous.getXDirAdj() + previous.getWidthDirAdj()));
            run.setLength(0);
            first = glyph;
          } else if (previous != null && gap >= org.edition.PdfPages.WORD_GAP * glyph.getFontSizeInPt()) {
            run.append(' ');
          }
          if (previous != null && gap >= org.edition.PdfPages.WORD_GAP * glyph.getFontSizeInPt()) {
            text.append(' ');
          }
          // the narrow space French sets before ! and ? read as a space
          String letters = glyph.getUnicode().replace('\u202f', ' ').replace('\u00a0', ' ');
          text.append(letters);
          run.append(letters);
          previous = glyph;
        }
        runs.add(new Run(run.toString(), first.getXDirAdj(), previous.getXDirAdj() + previous.getWidthDirAdj()));
        lines.add(new Drawn(p + 1, baseline.getKey(), text.toString(), runs));
      }
    }
    return lines;
  }

  /** The left edge of a page's text: where its leftmost line starts. */
  private static float margin(List<Drawn> lines, int page) {
    return (float) lines.stream().filter(l -> l.page() == page).mapToDouble(Drawn::left).min().orElseThrow();
  }

  private static Drawn line(List<Drawn> lines, String start) {
    return lines.stream().filter(l -> l.text().startsWith(start)).findFirst()
        .orElseThrow(() -> new AssertionError("no line starts with " + start + ": " + lines.stream().map(Drawn::text).toList()));
  }

  /**
   * In print, each later part of a shared alexandrine starts where the part before it ended (a
   * point or two of tolerance: the earlier words are measured, the space after them guessed),
   * and not much further; a line shared three ways steps twice.
   */
  @Test
  void aSharedLineIsSteppedInPrint() throws Exception {
    List<Drawn> lines = drawn(PHEDRE);
    Drawn verse = line(lines, "N’allons point plus avant");
    for (List<String> parts : List.of(List.of("Hélas !", "Dieux tout-puissants"), List.of("Aimez-vous ?", "De l’amour"),
        List.of("J’aime…", "Qui", "Tu connais ce fils"), List.of("Hippolyte ! Grands dieux !", "C’est toi qui"))) {
      Drawn first = lines.stream().filter(l -> l.runs().get(0).text().equals(parts.get(0))).findFirst()
          .orElseThrow(() -> new AssertionError(parts.get(0) + " alone: " + lines.stream().map(Drawn::text).toList()));
      assertEquals(0, first.left() - margin(lines, first.page()), 1, "an initial part starts where a verse does: " + first + " " + verse);
      // from the text's left edge (a verso's is further right than a recto's: a later part may be overleaf)
      float end = first.runs().get(0).right() - margin(lines, first.page());
      for (String later : parts.subList(1, parts.size())) {
        Drawn part = line(lines, later);
        float start = part.left() - margin(lines, part.page());
        assertTrue(start > end - 2, later + " starts where " + parts.get(0) + "… ended (" + end + "): " + part);
        assertTrue(start < end + 8, later + " starts no further than a space after where the part before ended (" + end + "): " + part);
        end = part.runs().get(0).right() - margin(lines, part.page());
      }
    }
    // a whole line is not stepped, the part="Y" line either
    assertTrue(Math.abs(line(lines, "Ismène, dis-tu vrai").left() - line(lines, "Hippolyte demande").left()) < 1);
    assertEquals(0, line(lines, "Hippolyte demande").left() - margin(lines, line(lines, "Hippolyte demande").page()), 1);
  }

  /** On the site and in the EPUB, at a desktop's and at a phone's width, each later part starts where the earlier part ended. */
  @Test
  void aSharedLineIsSteppedOnTheWebAndInTheBook() throws Exception {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    for (Path page : List.of(out.resolve("html/" + PHEDRE + ".html"), unpacked.resolve("OEBPS/text-" + PHEDRE + ".xhtml"))) {
      for (int width : List.of(1280, 390)) {
        driver.manage().window().setSize(new Dimension(width, 1000));
        driver.get(page.toUri().toString());
        // the left of a line's first word, the right of its last (its text nodes', not the hidden step's)
        @SuppressWarnings("unchecked")
        Map<String, List<Object>> edges = (Map<String, List<Object>>) js.executeScript(
            "var out = {};"
            + " for (const l of document.querySelectorAll('.tei-l')) {"
            + "   const w = document.createTreeWalker(l, NodeFilter.SHOW_TEXT); const r = []; let n;"
            + "   while ((n = w.nextNode())) { if (n.data.trim() && !n.parentElement.closest('.lnum, .note-call, sup, a')) {"
            + "     const g = document.createRange(); g.selectNodeContents(n); r.push(...g.getClientRects()); } }"
            + "   if (r.length) out[l.textContent.trim().replace(/[\\u00a0\\u202f]/g, ' ')] = [r[0].left, r[0].top, r[r.length - 1].right, r[r.length - 1].top,"
            + "     l.clientWidth - parseFloat(getComputedStyle(l).paddingLeft) - parseFloat(getComputedStyle(l).paddingRight)]; }"
            + " return out;");
        String where = page.getFileName() + " at " + width + " px: ";
        double verse = number(edges, "N’allons point plus avant. Demeurons, chère Œnone.", 0);
        for (List<String> parts : List.of(List.of("Hélas !", "Dieux tout-puissants, que nos pleurs vous apaisent !"),
            List.of("J’aime…", "Qui ?", "Tu connais ce fils de l’Amazone,"), List.of("Hippolyte ! Grands dieux !", "C’est toi qui l’as nommé."))) {
          assertEquals(verse, number(edges, parts.get(0), 0), 1, where + "an initial part starts where a verse does: " + parts.get(0));
          for (int i = 1; i < parts.size(); i++) {
            double end = number(edges, parts.get(i - 1), 2);
            double start = number(edges, parts.get(i), 0);
            // at most two thirds of the line's measure in: on a phone a long step would leave no room
            double most = verse + 0.66 * number(edges, parts.get(i), 4);
            assertTrue(start > Math.min(end, most) - 2 && start < end + 16, where + parts.get(i) + " starts at " + start + ", where "
                + parts.get(i - 1) + " ended: " + end + " (at most " + most + ")");
          }
        }
        // the earlier words that step a part are no text of the page: read, copied and searched once
        String text = String.valueOf(js.executeScript("return document.body.innerText")).replace('\u202f', ' ').replace('\u00a0', ' ');
        assertEquals(1, countLines(text, "Qui ?"), where + "the middle part alone on its line: " + text);
        assertEquals(1, text.split("Hélas", -1).length - 1, where + "Hélas once");
        assertEquals(2, text.split("J’aime…", -1).length - 1, where + "J’aime… twice, as Phèdre says it");
      }
    }
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }

  private static int countLines(String text, String line) {
    return (int) text.lines().filter(l -> l.strip().equals(line)).count();
  }

  private static double number(Map<String, List<Object>> edges, String line, int i) {
    List<Object> e = edges.get(line);
    assertTrue(e != null, "a line " + line + " among " + edges.keySet());
    return ((Number) e.get(i)).doubleValue();
  }

  /** Every fifth line numbered, in the three formats: the edition's own numbers where it gives them, a shared line counted once. */
  @Test
  void everyFifthLineIsNumbered() throws Exception {
    Document phedre = Jsoup.parse(out.resolve("html/" + PHEDRE + ".html").toFile(), "UTF-8");
    assertEquals(List.of("5 Hélas !", "10 Aimez-vous ?", "15 Hippolyte ! Grands dieux !"),
        phedre.select(".tei-l:has(.lnum)").stream().map(l -> l.selectFirst(".lnum").attr("data-n") + " " + l.text().replace('\u202f', ' ')).toList());
    Document antigone = Jsoup.parse(out.resolve("html/" + ANTIGONE_ID + ".html").toFile(), "UTF-8");
    List<String> numbers = antigone.select(".lnum").eachAttr("data-n");
    assertTrue(numbers.size() > 250, numbers.size() + " numbers");
    // the edition's numbers ending in a multiple of five, and those it numbers apart (161b)
    assertTrue(numbers.stream().allMatch(n -> n.matches("\\d*[05]") || n.matches("\\d+[a-z]")), numbers.toString());
    assertTrue(numbers.stream().filter(n -> n.matches("\\d*[05]")).count() > 250, numbers.toString());
    assertEquals(numbers.stream().distinct().count(), numbers.size(), "each number once: " + numbers);
    // the book's text and the PDF's margin
    Document book = Jsoup.parse(Files.readString(unpacked.resolve("OEBPS/text-" + PHEDRE + ".xhtml")));
    assertEquals(List.of("5", "10", "15"), book.select(".lnum").eachAttr("data-n"));
    // and drawn by the book's style sheet, beside the line
    driver.get(unpacked.resolve("OEBPS/text-" + PHEDRE + ".xhtml").toUri().toString());
    assertEquals("\"5\"", ((JavascriptExecutor) driver).executeScript(
        "return getComputedStyle(document.querySelector('.lnum'), '::before').content"), "the book's line numbers are drawn");
    List<Drawn> lines = drawn(PHEDRE);
    for (String[] numbered : new String[][] {{"Hélas !", "5"}, {"Aimez-vous ?", "10"}, {"Hippolyte ! Grands dieux !", "15"}}) {
      Drawn verse = line(lines, numbered[0]);
      // beside its line: within 4 points of its baseline, the lines 14 points apart
      assertTrue(lines.stream().anyMatch(l -> l.page() == verse.page() && Math.abs(l.y() - verse.y()) <= 4 && l.text().equals(numbered[1])
          && l.left() > verse.runs().get(0).right() + 100), numbered[1] + " in the margin of " + numbered[0] + ": " + lines);
    }
    assertEquals(3, lines.stream().filter(l -> l.text().matches("\\d+") && lines.stream().anyMatch(v -> v != l && v.page() == l.page()
        && Math.abs(v.y() - l.y()) <= 4)).count(), "three numbers beside lines (a page's number is beside none): " + lines);
  }

  /**
   * In print, each act begins a new recto, the first after the cast list too, and the act's
   * title is the first line of its page: no running head above it, as printed plays begin acts.
   */
  @Test
  void eachActBeginsANewRecto() throws Exception {
    List<Drawn> lines = drawn(PHEDRE);
    for (String act : List.of("Acte premier", "Acte II")) {
      Drawn head = line(lines, act);
      assertEquals(1, head.page() % 2, act + " on a recto: page " + head.page());
      List<Drawn> before = lines.stream().filter(l -> l.page() == head.page() && lines.indexOf(l) < lines.indexOf(head)).toList();
      assertTrue(before.isEmpty(), act + " first on its page, no running head above it: " + before);
    }
    assertTrue(line(lines, "Acte II").page() > line(lines, "C’est toi qui").page(), "the first act's last line before the second act's page");
  }

  /**
   * Speakers in small capitals on the site, Greek ones in capitals without accents or breathings:
   * the browser sets them so (the span is named Greek, el, for its case mapping), the words of the
   * page stay the source's (Ἀντιγόνη, Κρέων).
   */
  @Test
  void speakersAreInSmallCapitalsTheirWordsUnchanged() throws Exception {
    JavascriptExecutor js = (JavascriptExecutor) driver;
    driver.get(out.resolve("html/" + PHEDRE + ".html").toUri().toString());
    assertTrue(String.valueOf(js.executeScript("return getComputedStyle(document.querySelector('.tei-speaker')).fontFamily"))
        .startsWith("\"Edition Small Caps\""), "the book face's small capitals");
    assertEquals("Phèdre", js.executeScript("return document.querySelector('.tei-speaker').textContent.trim()"));
    driver.get(out.resolve("html/" + ANTIGONE_ID + ".html").toUri().toString());
    js.executeScript("[...document.querySelectorAll('.tei-speaker .greek-caps')].find(e => e.textContent.trim() === 'Ἀντιγόνη').id = 'speaker';");
    WebElement speaker = driver.findElement(By.id("speaker"));
    assertEquals("Ἀντιγόνη", js.executeScript("return arguments[0].textContent", speaker), "the speaker's word as the source writes it");
    assertEquals("uppercase", js.executeScript("return getComputedStyle(arguments[0]).textTransform", speaker));
    // drawn as ΑΝΤΙΓΟΝΗ would be, in its place
    BufferedImage shown = shot(speaker);
    js.executeScript("arguments[0].textContent = 'ΑΝΤΙΓΟΝΗ'", speaker);
    BufferedImage unaccented = shot(speaker);
    // the text face's capitals of Ancient Greek (grc) keep them: ἈΝΤΙΓΌΝΗ
    js.executeScript("arguments[0].textContent = 'Ἀντιγόνη'; arguments[0].lang = 'grc'; arguments[0].style.fontFamily = '\"Edition Book\"'", speaker);
    BufferedImage accented = shot(speaker);
    int accents = differing(shown, accented);
    assertEquals(0, differing(shown, unaccented), "Ἀντιγόνη drawn as ΑΝΤΙΓΟΝΗ");
    assertTrue(accents > 10, "and the accents would show in Ancient Greek's capitals: " + accents + " pixels apart");
    String words = Jsoup.parse(out.resolve("html/" + ANTIGONE_ID + ".html").toFile(), "UTF-8").select("main").text();
    assertTrue(words.contains("Κρέων") && !words.contains("ΚΡΕΩΝ"), "Κρέων read as written");
  }

  private static BufferedImage shot(WebElement element) throws Exception {
    return ImageIO.read(new java.io.ByteArrayInputStream(element.getScreenshotAs(OutputType.BYTES)));
  }

  /** How many pixels two pictures of one place differ by (all of them when their sizes differ). */
  private static int differing(BufferedImage a, BufferedImage b) {
    if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
      return a.getWidth() * a.getHeight();
    }
    int n = 0;
    for (int x = 0; x < a.getWidth(); x++) {
      for (int y = 0; y < a.getHeight(); y++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        if (Math.abs((p >> 16 & 255) - (q >> 16 & 255)) + Math.abs((p >> 8 & 255) - (q >> 8 & 255)) + Math.abs((p & 255) - (q & 255)) > 96) {
          n++;
        }
      }
    }
    return n;
  }

  /** A footnote's call encoded after a space, on a speaker's word and in a stage direction, is set on its word. */
  @Test
  void aNoteCallIsSetOnItsWord() throws Exception {
    Document page = Jsoup.parse(out.resolve("html/" + PHEDRE + ".html").toFile(), "UTF-8");
    Document book = Jsoup.parse(Files.readString(unpacked.resolve("OEBPS/text-" + PHEDRE + ".xhtml")));
    for (Document d : List.of(page, book)) {
      for (Element block : List.of(d.select(".tei-speaker:has(a, sup)").first(), d.select(".tei-stage:has(a, sup)").first())) {
        assertTrue(block != null, "a speaker and a stage direction with a note's call");
        Element call = block.select("a, sup").first();
        var before = call.previousSibling();
        while (before instanceof Element e && e.text().isEmpty()) {
          before = before.previousSibling();
        }
        String text = before instanceof TextNode t ? t.getWholeText() : before instanceof Element e ? e.text() : "";
        assertTrue(text.matches("(?s).*[\\p{L}.]"), "the call right after its word: «" + text + "» in " + block.outerHtml());
      }
    }
    List<Drawn> lines = drawn(PHEDRE);
    assertTrue(lines.stream().anyMatch(l -> l.text().startsWith("Elle s’assied.")), "the stage direction on its line");
  }

  /**
   * A cast list in two columns: the descriptions all start at one left edge, right of the widest
   * role, in print and on the site; the group's description once, beside its members.
   */
  @Test
  void aCastListIsInTwoColumns() throws Exception {
    List<Drawn> lines = drawn(PHEDRE);
    List<Run> descriptions = new ArrayList<>();
    float roles = 0;
    for (String[] item : new String[][] {{"THÉSÉE,", "fils d’Égée"}, {"PHÈDRE,", "femme de Thésée"}, {"THÉRAMÈNE,", "gouverneur"},
        {"PANOPE,", "femme de la suite"}}) {
      Drawn row = lines.stream().filter(l -> l.runs().size() == 2 && l.runs().get(0).text().equals(item[0]) && l.runs().get(1).text().startsWith(item[1]))
          .findFirst().orElseThrow(() -> new AssertionError(item[0] + " and its description in two columns: " + lines));
      descriptions.add(row.runs().get(1));
      roles = Math.max(roles, row.runs().get(0).right());
    }
    // the group's members in the first column, their description in the second
    roles = Math.max(roles, Math.max(line(lines, "ŒNONE").runs().get(0).right(), line(lines, "ISMÈNE").runs().get(0).right()));
    descriptions.add(line(lines, "confidentes").runs().get(0));
    float left = descriptions.get(0).left();
    assertTrue(descriptions.stream().allMatch(d -> Math.abs(d.left() - left) < 1), "the descriptions at one left edge: " + descriptions);
    assertTrue(left > roles + 6 && left < roles + 40, "right of the widest role (" + roles + "): " + descriptions);
    assertEquals(1, lines.stream().filter(l -> l.text().contains("confidentes")).count(), "the group's description once");
    JavascriptExecutor js = (JavascriptExecutor) driver;
    for (Path page : List.of(out.resolve("html/" + PHEDRE + ".html"), unpacked.resolve("OEBPS/text-" + PHEDRE + ".xhtml"))) {
      for (int width : List.of(1280, 390)) {
        driver.manage().window().setSize(new Dimension(width, 1000));
        driver.get(page.toUri().toString());
        @SuppressWarnings("unchecked")
        List<Object> seen = (List<Object>) js.executeScript(
            "const c = document.querySelector('.tei-castList');"
            + " const left = s => [...c.querySelectorAll(s)].map(e => Math.round(e.getBoundingClientRect().left));"
            + " const right = s => [...c.querySelectorAll(s)].map(e => { const r = document.createRange(); r.selectNodeContents(e);"
            + "   return Math.round(r.getBoundingClientRect().right); });"
            + " return [left('.cast-description, .cast-group-description'), Math.max(...right('.cast-role, .cast-members li')),"
            + "   [...c.querySelectorAll('li')].filter(e => getComputedStyle(e).listStyleType !== 'none').length];");
        String where = page.getFileName() + " at " + width + " px: ";
        @SuppressWarnings("unchecked")
        List<Object> columns = (List<Object>) seen.get(0);
        assertEquals(7, columns.size(), where + columns);
        assertEquals(1, columns.stream().distinct().count(), where + "the descriptions at one left edge: " + columns);
        assertTrue(((Number) columns.get(0)).longValue() > ((Number) seen.get(1)).longValue(), where + "right of the roles: " + seen);
        assertEquals(0L, seen.get(2), where + "no bullets");
      }
    }
    driver.manage().window().setSize(new Dimension(1280, 1000));
  }
}
