package org.edition.critical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.Chromium;
import org.edition.Cli;
import org.edition.publish.epub.EpubTest;
import org.edition.publish.pdf.PdfTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A critical edition in the three formats: the Patristic Text Archive's Vita Cononis (Greek, 307
 * apps, nine witnesses, their page breaks) and the TEI Stylesheets' testapp2 (72 apps of
 * readings only, located by @from). Every reading reaches every format; in print an entry sits
 * at the foot of its lemma's page keyed by the line the margin numbers; on the web the text reads
 * as one witness reads it and the kinds of variant can be hidden; the pages are valid HTML and
 * free of accessibility violations; EPUBCheck and veraPDF find nothing.
 */
class CriticalApparatusTest {
  private static final Path PTA = Cli.shared().resolve("corpus/documentary-critical/docs/pta/pta0041.pta001.pta-grc1.xml");
  private static final Path TESTAPP = Cli.shared().resolve("corpus/docs/tei-stylesheets-tests/testapp2.xml");
  private static final String PTA_ID = "pta0041.pta001.pta-grc1";

  @TempDir static Path dir;
  private static Path out;

  @BeforeAll
  static void build() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.copy(PTA, texts.resolve(PTA.getFileName()));
    Files.copy(TESTAPP, texts.resolve(TESTAPP.getFileName()));
    out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--html", "--pdf", "--epub", "-o", out.toString(), texts.toString());
    assertFalse(run.err().contains("[publish]") || run.err().contains("[apparatus]"), run.err());
  }

  /** The words of every lemma and reading of a document. */
  private static Set<String> readingWords(Path tei) throws Exception {
    org.jsoup.nodes.Document xml = Jsoup.parse(Files.readString(tei), "", Parser.xmlParser());
    Set<String> words = new LinkedHashSet<>();
    for (var reading : xml.select("app > lem, app > rdg, app > rdgGrp > rdg")) {
      reading.select("note, witDetail").remove();
      for (String word : reading.text().split("[\\s\\p{Punct}·;]+")) {
        if (word.codePointCount(0, word.length()) > 1) {
          words.add(word);
        }
      }
    }
    return words;
  }

  private static void assertAllThere(Set<String> words, String text, String where) {
    String joined = nfc(text.replace("\u00AD", "").replaceAll("[-\u2010]\\s*\\n\\s*", "").replaceAll("\\s+", " "));
    List<String> missing = words.stream().filter(w -> !joined.contains(nfc(w))).toList();
    assertEquals(List.of(), missing, where + " lacks readings' words");
  }

  /** A word without its marks, dotless i as i: how the PDF's text layer gives Cyrillic back. */
  private static String unmarked(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('ı', 'i').replace('і', 'i');
  }

  private static String nfc(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
  }

  @Test
  void everyReadingReachesEveryFormat() throws Exception {
    for (Path tei : List.of(PTA, TESTAPP)) {
      String id = tei.getFileName().toString().replaceFirst("\\.xml$", "");
      Set<String> words = readingWords(tei);
      assertTrue(words.size() > 50, id + ": " + words.size());
      assertAllThere(words, Jsoup.parse(out.resolve("html/" + id + ".html").toFile(), "UTF-8").body().wholeText(), id + ".html");
      try (ZipFile epub = new ZipFile(out.resolve("epub/" + id + ".epub").toFile())) {
        String page = new String(epub.getInputStream(epub.getEntry("OEBPS/text-" + id + ".xhtml")).readAllBytes(), StandardCharsets.UTF_8);
        assertAllThere(words, Jsoup.parse(page).body().wholeText(), id + ".epub");
      }
      try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/" + id + ".pdf").toFile())) {
        // read glyph by glyph, so that a word FOP hyphenated keeps its hyphen and is joined again
        String text = String.join("\n", org.edition.PdfPages.linesAtLeast(pdf, 0).stream().map(p -> String.join("\n", p)).toList());
        // Every Slavonic letter is printed (U+1C82, U+A64B, U+A66F in Noto Serif). Glyph by glyph,
        // a letter drawn apart from its marks is its base and the marks apart (ї as ı and ̈), which
        // the text layer's ActualText spans give as one (PdfTextTest): the words are looked for
        // glyph by glyph (Cyrillic ones without their marks) and in the text PDFBox reads.
        Set<String> printable = new LinkedHashSet<>();
        for (String word : words) {
          printable.add(word.matches(".*\\p{IsCyrillic}.*") ? unmarked(word) : nfc(word));
        }
        // a witness's page break is a bar in the line ("ὁση|μέραι"), its folio in the margin at the
        // line's end ("V 142r"): the bar and the folio are taken out, and the margin's line numbers
        // ("20σῃς") are not words of the text
        String read = nfc(text).replaceAll("\\|", "").replaceAll("(?m)^\\d+(?=\\p{L})", "")
            .replaceAll("(?m)([-\u2010])\\s*\\p{L}{1,3}\\s?\\d{1,4}[rv]?$", "$1");
        String layer = nfc(new PDFTextStripper().getText(pdf));
        read = read + "\n" + unmarked(read) + "\n" + layer + "\n" + unmarked(layer);
        // a word FOP broke at a page's end goes on at the next page's first line, after the
        // apparatus and the page's number: its two parts, the first ending a line with a hyphen
        String lines = read;
        printable.removeIf(word -> java.util.stream.IntStream.range(2, word.length() - 1).anyMatch(at ->
            Pattern.compile("(?m)" + Pattern.quote(word.substring(0, at)) + "[-\u2010]$").matcher(lines).find()
            && Pattern.compile("(?m)^\\s*\\d*\\s*" + Pattern.quote(word.substring(at)) + "(?!\\p{L})").matcher(lines).find()));
        assertAllThere(printable, read, id + ".pdf");
      }
    }
  }

  /**
   * In print, the entry "καταπολεμεῖ] καταπολεμεῖν V" is at the foot of the page its lemma is on,
   * keyed by the number of the lemma's line: counted from the margin's numbers (every fifth line).
   */
  @Test
  void aPrintedEntrySitsUnderItsLemmaKeyedByItsPrintedLine() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/" + PTA_ID + ".pdf").toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      int checked = 0;
      for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        List<String> lines = stripper.getText(pdf).lines().toList();
        Matcher entry = Pattern.compile("(\\d+) καταπολεμεῖ corr\\.\\s+Philipp\\s+Pilhofer\\]\\s+καταπολεμεῖν V").matcher(String.join(" ", lines));
        if (!entry.find()) {
          continue;
        }
        int key = Integer.parseInt(entry.group(1));
        // the margin's numbers: the line that starts with "5 " is the fifth running line
        int fifth = -1;
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).startsWith("5 ")) {
            fifth = i;
            break;
          }
        }
        assertTrue(fifth >= 0, "the margin numbers its lines: " + lines);
        String keyed = lines.get(fifth + key - 5);
        assertTrue(keyed.contains("καταπολεμεῖ"), "line " + key + " is «" + keyed + "»; the page: " + String.join("\n", lines));
        checked++;
      }
      assertEquals(1, checked, "the entry is printed once");
    }
  }

  /** An apparatus entry as printed: its key, its lemma's words, its whole text, and its page. */
  record PrintedEntry(int page, String key, String lemma, String text) {}

  /** A page's running lines (the text's size, 9.5 pt and more: headings too), as ApparatusLines counts them. */
  private static List<String> runningLines(List<org.apache.pdfbox.text.TextPosition> glyphs) {
    java.util.TreeMap<Float, List<org.apache.pdfbox.text.TextPosition>> byBaseline = new java.util.TreeMap<>();
    for (var g : glyphs) {
      if (g.getFontSizeInPt() >= 9.5f) {
        Float near = byBaseline.floorKey(g.getYDirAdj() + 4);
        Float key = near != null && Math.abs(near - g.getYDirAdj()) < 4 ? near : g.getYDirAdj();
        byBaseline.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
      }
    }
    return byBaseline.values().stream().map(CriticalApparatusTest::seen).toList();
  }

  /** Glyphs as the page shows them: left to right, a space where there is a gap. */
  private static String seen(List<org.apache.pdfbox.text.TextPosition> glyphs) {
    List<org.apache.pdfbox.text.TextPosition> sorted = new ArrayList<>(glyphs);
    sorted.sort(java.util.Comparator.comparingDouble(org.apache.pdfbox.text.TextPosition::getXDirAdj));
    StringBuilder line = new StringBuilder();
    org.apache.pdfbox.text.TextPosition previous = null;
    for (var g : sorted) {
      if (previous != null && g.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj())
          >= org.edition.PdfPages.WORD_GAP * Math.min(g.getFontSizeInPt(), previous.getFontSizeInPt())) {
        line.append(' ');
      }
      line.append(g.getUnicode());
      previous = g;
    }
    return line.toString();
  }

  /**
   * Each page's running lines and the apparatus entries printed at its foot: the small type below
   * the last running line, cut where a bold number (an entry's key) begins. Text before a page's
   * first key is an entry continued from the page before: returned with the key "continued".
   */
  private static List<PrintedEntry> printedEntries(PDDocument pdf, List<List<String>> runningLinesOut) throws Exception {
    List<List<org.apache.pdfbox.text.TextPosition>> pages = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(org.apache.pdfbox.text.TextPosition text) {
        while (pages.size() < getCurrentPageNo()) {
          pages.add(new ArrayList<>());
        }
        if (text.getUnicode() != null && !text.getUnicode().isBlank()) {
          pages.get(getCurrentPageNo() - 1).add(text);
        }
      }
    };
    stripper.getText(pdf);
    List<PrintedEntry> entries = new ArrayList<>();
    for (int page = 0; page < pages.size(); page++) {
      List<org.apache.pdfbox.text.TextPosition> glyphs = pages.get(page);
      List<String> lines = runningLines(glyphs);
      runningLinesOut.add(lines);
      float bottom = (float) glyphs.stream().filter(g -> g.getFontSizeInPt() >= 9.5f).mapToDouble(g -> g.getYDirAdj()).max().orElse(Float.MAX_VALUE);
      // the foot's small type, line by line (a folio alone on its line is no entry's)
      java.util.TreeMap<Integer, List<org.apache.pdfbox.text.TextPosition>> foot = new java.util.TreeMap<>();
      for (var g : glyphs) {
        if (g.getFontSizeInPt() < 9.5f && g.getFontSizeInPt() > 7.5f && g.getYDirAdj() > bottom + 2) {
          foot.computeIfAbsent(Math.round(g.getYDirAdj()), k -> new ArrayList<>()).add(g);
        }
      }
      List<org.apache.pdfbox.text.TextPosition> run = new ArrayList<>();
      for (var line : foot.values()) {
        if (!seen(line).strip().matches("\\d+")) {
          List<org.apache.pdfbox.text.TextPosition> sorted = new ArrayList<>(line);
          sorted.sort(java.util.Comparator.comparingDouble(org.apache.pdfbox.text.TextPosition::getXDirAdj));
          run.addAll(sorted);
        }
      }
      // the apparatus begins with the edited text: the notes of the pages before it are no entries
      boolean apparatus = run.stream().anyMatch(g -> g.getUnicode().matches("\\d") && g.getFont().getName() != null
          && g.getFont().getName().contains("Bold"));
      if (entries.isEmpty() && !apparatus) {
        continue;
      }
      // cut at each bold number
      String key = null;
      StringBuilder lemma = new StringBuilder();
      StringBuilder text = new StringBuilder();
      boolean inKey = false;
      boolean lemmaDone = false;
      org.apache.pdfbox.text.TextPosition previous = null;
      for (var g : run) {
        boolean bold = g.getFont().getName() != null && g.getFont().getName().contains("Bold");
        boolean italic = g.getFont().getName() != null && (g.getFont().getName().contains("Italic") || g.getFont().getName().contains("Oblique"));
        String space = previous != null && (g.getYDirAdj() != previous.getYDirAdj()
            || g.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj()) >= org.edition.PdfPages.WORD_GAP * g.getFontSizeInPt()) ? " " : "";
        if (bold && g.getUnicode().matches("\\d") && !inKey) {
          if (key != null || text.length() > 0) {
            entries.add(new PrintedEntry(page + 1, key == null ? "continued" : key, lemma.toString().strip(), text.toString().strip()));
          }
          key = "";
          lemma.setLength(0);
          text.setLength(0);
          inKey = true;
          lemmaDone = false;
        }
        if (inKey && bold && g.getUnicode().matches("\\d")) {
          key += g.getUnicode();
        } else {
          inKey = false;
          text.append(space).append(g.getUnicode());
          if (g.getUnicode().equals("]")) {
            lemmaDone = true;
          } else if (!lemmaDone && !italic) {
            lemma.append(space).append(g.getUnicode());
          }
        }
        previous = g;
      }
      if (key != null || text.length() > 0) {
        entries.add(new PrintedEntry(page + 1, key == null ? "continued" : key, lemma.toString().strip(), text.toString().strip()));
      }
    }
    // the notes of a page are set above its entries, each begun by its number ("6. Die Belege"):
    // what comes before a page's first key and begins so is its notes, no entry's continuation
    entries.removeIf(e -> e.key().equals("continued") && e.text().matches("(?s)\\d+\\.\\s.*"));
    return entries;
  }

  /**
   * In print every apparatus entry is at the foot of its lemma's page, none continued on the next
   * page (where its key would name another line): the PTA's page 4 ran its entries of lines 34 to
   * 37 over to page 5. Each entry's key is a line of its page, and that line (or, hyphenated,
   * with the next) holds its lemma's first word.
   */
  @Test
  void everyPrintedEntryIsOnItsLemmasPage() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/" + PTA_ID + ".pdf").toFile())) {
      List<List<String>> lines = new ArrayList<>();
      List<PrintedEntry> entries = printedEntries(pdf, lines);
      List<String> wrong = new ArrayList<>();
      int checked = 0;
      for (PrintedEntry entry : entries) {
        if (entry.key().equals("continued")) {
          wrong.add("page " + entry.page() + " continues an entry of the page before: «" + entry.text() + "»");
          continue;
        }
        List<String> page = lines.get(entry.page() - 1);
        int key = Integer.parseInt(entry.key());
        if (key < 1 || key > page.size()) {
          wrong.add("page " + entry.page() + " has no line " + key + ": «" + entry.text() + "»");
          continue;
        }
        String first = nfc(entry.lemma().split("\\s+")[0].replaceAll("^[\\p{P}]+|[\\p{P}&&[^’]]+$", ""));
        // an entry without lemma (what a witness adds, said first: "καὶ add. V") has no "]"
        if (first.isEmpty() || !entry.text().contains("]") || entry.lemma().startsWith("om.") || entry.lemma().startsWith("inc.") || entry.lemma().startsWith("des.")
            || entry.lemma().startsWith("lac.")) {
          continue;
        }
        // compared without spaces, nor the bar of a witness's page break ("ὁση|μέραι"), nor its folio in the margin
        String line = nfc(page.get(key - 1)).replace("\u00AD", "").replaceAll(" +\\p{L}{1,3} \\d{1,4}[rv]?$", "")
            .replace("|", "").replaceAll("\\s+", "");
        String withNext = key < page.size() ? line.replaceAll("[-\u2010]$", "") + nfc(page.get(key)).replace("|", "").replaceAll("\\s+", "") : line;
        // a lemma whose first word FOP broke at the page's last line goes on over the page
        String broken = line.matches(".*\\p{L}[-\u2010]$") ? line.replaceAll(".*?(\\p{L}+)[-\u2010]$", "$1") : null;
        if (!line.contains(first) && !withNext.contains(first) && !(broken != null && first.startsWith(broken))) {
          wrong.add("page " + entry.page() + ", line " + key + " «" + page.get(key - 1) + "» lacks «" + first + "» of «" + entry.text() + "»");
        }
        checked++;
      }
      assertTrue(checked > 250, "entries checked: " + checked + " of " + entries.size());
      assertEquals(List.of(), wrong, "entries away from their lemmas");
    }
  }

  /**
   * What a witness's reading is, said in the apparatus (witDetail: "M 203,7: nominativus, in alia
   * verborum structura."), is printed in its entry as the site shows it.
   */
  @Test
  void aWitnessDetailIsPrintedInItsEntry() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/" + PTA_ID + ".pdf").toFile())) {
      List<PrintedEntry> entries = printedEntries(pdf, new ArrayList<>());
      String nadan = entries.stream().filter(e -> nfc(e.lemma()).startsWith(nfc("Ναδὰν"))).map(e -> nfc(e.text())).findFirst().orElseThrow();
      assertTrue(nadan.contains(nfc("Μάδα M")) && nadan.contains("M 203,7: nominativus, in alia verborum structura."), nadan);
      String suspect = entries.stream().map(e -> nfc(e.text())).filter(t -> t.contains(nfc("ὡς εἰώθασι λέγειν καὶ V"))).findFirst().orElseThrow();
      assertTrue(suspect.contains("suspectum"), suspect);
    }
    org.jsoup.nodes.Document web = Jsoup.parse(out.resolve("html/" + PTA_ID + ".html").toFile(), "UTF-8");
    assertTrue(web.select(".app-entry").stream().anyMatch(e -> nfc(e.text()).contains(nfc("Μάδα M")) && e.text().contains("M 203,7: nominativus")),
        "the site shows it too");
  }

  /**
   * Read as the Slavonic witness s, the text gives its reading where the apparatus records one
   * ("ἀνατολικὰ V] гориьинїмъ s") and the lemma where s has none; hiding omissions hides their
   * entries; back to the edited text, the lemma again.
   */
  @Test
  void theTextReadsAsAWitnessAndTheKindsOfVariantCanBeHidden() throws Exception {
    WebDriver driver = Chromium.start();
    try {
      driver.get(out.resolve("html/" + PTA_ID + ".html").toUri().toString());
      JavascriptExecutor js = (JavascriptExecutor) driver;
      // the readings of the app one of whose readings is arguments[0], as shown (soft hyphens aside)
      String shown = "var want = arguments[0].normalize('NFC'); var words = function (r) { return r.textContent.replace(/\\u00AD/g, '').trim().normalize('NFC'); };"
          + " var a = [...document.querySelectorAll('.app')].find(x => [...x.querySelectorAll(':scope > .reading')].some(r => words(r) === want));"
          + " return [...a.querySelectorAll(':scope > .reading')].filter(r => !r.hidden).map(words).join('|');";
      assertEquals("ἀνατολικὰ", js.executeScript(shown, "ἀνατολικὰ"), "the edited text reads the lemma");
      Select witness = new Select(driver.findElement(By.cssSelector("select.read-as")));
      witness.selectByValue("s");
      assertEquals("гориьинїмъ", js.executeScript(shown, "ἀνατολικὰ"), "s reads its own reading");
      // where s has no reading of its own (ἐκ … πατρὸς V, F only), the lemma
      Object lemmaOnly = js.executeScript("var a = [...document.querySelectorAll('.app')].find(function (x) {"
          + " return ![...x.querySelectorAll(':scope > .reading')].some(function (r) { return (' ' + r.getAttribute('data-wit') + ' ').indexOf(' s ') >= 0; }); });"
          + " var readings = [...a.querySelectorAll(':scope > .reading')]; return readings[0].hidden === false && readings.slice(1).every(function (r) { return r.hidden; });");
      assertEquals(Boolean.TRUE, lemmaOnly, "the lemma where s records nothing");
      assertTrue((Boolean) js.executeScript("return [...document.querySelectorAll('.witness-pb')].every(function (p) {"
          + " return p.hidden === ((' ' + p.getAttribute('data-ed') + ' ').indexOf(' s ') < 0); })"), "only s's page breaks");
      long omissions = (Long) js.executeScript("return document.querySelectorAll('.app-entry[data-types=omission]:not([hidden])').length");
      assertTrue(omissions > 10, "omissions: " + omissions);
      driver.findElement(By.cssSelector(".variant-types input[value=omission]")).click();
      assertEquals(0L, js.executeScript("return document.querySelectorAll('.app-entry[data-types=omission]:not([hidden])').length"));
      witness.selectByValue("");
      assertEquals("ἀνατολικὰ", js.executeScript(shown, "ἀνατολικὰ"), "the edited text again");
      List<String> found = new ArrayList<>();
      Results results = new AxeBuilder().analyze(driver);
      for (Rule rule : results.getViolations()) {
        found.add(rule.getId() + " " + rule.getNodes().stream().limit(3).map(n -> n.getTarget().toString()).toList());
      }
      assertEquals(List.of(), found, "axe-core on the critical edition's page");
    } finally {
      driver.quit();
    }
  }

  @Test
  void thePagesAreValidHtmlAndTheBooksPassTheirCheckers() throws Exception {
    for (String id : List.of(PTA_ID, "testapp2")) {
      org.edition.publish.html.HtmlValidityTest.assertValid(out.resolve("html/" + id + ".html"));
      EpubTest.assertEpubCheckFindsNothing(out.resolve("epub/" + id + ".epub"));
    }
    PdfTest.assertCompliant(out.resolve("pdf/" + PTA_ID + ".pdf"), PDFAFlavour.PDFA_2_B);
    PdfTest.assertCompliant(out.resolve("pdf/" + PTA_ID + ".pdf"), PDFAFlavour.PDFUA_1);
    // the witnesses before the text, in print and in the book's front matter
    try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/" + PTA_ID + ".pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      assertTrue(text.contains("Witnesses") && text.contains("Cod. Vat. gr. 1669"), "conspectus siglorum");
    }
    try (ZipFile epub = new ZipFile(out.resolve("epub/" + PTA_ID + ".epub").toFile())) {
      Document title = Jsoup.parse(new String(epub.getInputStream(epub.getEntry("OEBPS/title.xhtml")).readAllBytes(), StandardCharsets.UTF_8));
      assertEquals(9, title.select(".witness-list dt").size());
    }
  }

  /**
   * In print the apparatus is below the notes, whichever of a page's calls comes last: a note
   * called before the first lemma, one between, one after the last lemma.
   */
  @Test
  void thePrintedApparatusIsBelowTheNotes() throws Exception {
    Path texts = Files.createDirectories(dir.resolve("notes"));
    Files.writeString(texts.resolve("notes.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Notes and apparatus</title></titleStmt>
        <publicationStmt><p>Written for the tests.</p></publicationStmt><sourceDesc><listWit><witness xml:id="A">A manuscript</witness>
        <witness xml:id="B">Another</witness></listWit></sourceDesc></fileDesc></teiHeader>
        <text xml:lang="en"><body><p>A first note<note>Called before the first lemma.</note> and the
        <app><lem wit="#A">first</lem><rdg wit="#B">firste</rdg></app> word, a note<note>Called between.</note> and the
        <app><lem wit="#A">second</lem><rdg wit="#B">secunde</rdg></app> one, then a last note<note>Called after the last lemma.</note>.</p>
        </body></text></TEI>
        """);
    Path built = dir.resolve("notes-out");
    Cli.Run run = Cli.run("build", "--pdf", "-o", built.toString(), texts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    try (PDDocument pdf = Loader.loadPDF(built.resolve("pdf/notes.pdf").toFile())) {
      String text = new PDFTextStripper().getText(pdf);
      int last = text.indexOf("Called after the last lemma.");
      int apparatus = text.indexOf("second A] secunde B");
      assertTrue(last > 0 && apparatus > last && text.indexOf("firste B") > last, text);
    }
    PdfTest.assertCompliant(built.resolve("pdf/notes.pdf"), PDFAFlavour.PDFUA_1);
  }
}
