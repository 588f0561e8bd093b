package org.edition.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.BuiltSite;
import org.edition.Cli;
import org.edition.load.SecureXmlReader;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The TEI documents of ../shared/corpus, written by other projects: validation against tei_all
 * gives Jing's verdicts, and every word of every text reaches the website, the EPUB and the PDF.
 */
class CorpusTest {
  private static final Path CORPUS = Cli.shared().resolve("corpus");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
  /** What TEI marks as not printed: analysis, links, index entries, descriptions of gaps. */
  private static final String NOT_PRINTED =
      "ancestor::teiHeader or ancestor::index or ancestor::span or ancestor::spanGrp or ancestor::interp"
          + " or ancestor::interpGrp or ancestor::link or ancestor::linkGrp or ancestor::fs or ancestor::fLib"
          + " or ancestor::certainty or ancestor::precision or ancestor::respons or ancestor::alt"
          + " or ancestor::altGrp or ancestor::join or ancestor::gap or ancestor::standOff"
          // a text's own register kept in its back: on the register pages and in the index, not after the text
          + " or ancestor::*[self::listPerson or self::listPlace or self::listOrg or self::listBibl or self::listEvent"
          + " or self::listObject][ancestor::back][*/@xml:id]";

  /** path, verdict of jing against tei_all 4.12.0, as the MANIFEST records it. */
  static Stream<String[]> manifest() throws IOException {
    List<String> lines = Files.readAllLines(CORPUS.resolve("MANIFEST.tsv"));
    List<String> header = List.of(lines.get(0).split("\t"));
    int path = header.indexOf("path");
    int verdict = header.indexOf("valid_tei_all_4.12.0");
    int root = header.indexOf("root");
    // A part of a document kept in its own file (testxi-inc.xml, a <div> that testxi.xml
    // includes) is not judged as a document: Jing's one error on it, its root, is not ours.
    return lines.stream().skip(1).map(l -> l.split("\t"))
        .map(f -> new String[] {f[path], f[root].matches("TEI|teiCorpus") ? f[verdict] : "valid (a fragment)"});
  }

  static Stream<String> texts() throws IOException {
    return manifest().map(m -> m[0]).filter(p -> !p.endsWith("testxi-inc.xml"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("manifest")
  void validationAgainstTeiAllGivesJingsVerdict(String path, String verdict) {
    Cli.Run run = Cli.run("validate", "--all", "--schema", Cli.teiAll().toString(), CORPUS.resolve(path).toString());
    // Jing reads the file as written: its count is that of the grammar's errors (ours may add an
    // include that cannot be resolved, or a root that is not TEI).
    long count = run.out().lines().filter(l -> l.contains(": error: [relaxng]") || l.contains(": error: [tei]")).count();
    if (verdict.equals("valid (a fragment)")) {
      assertTrue(run.out().contains(": warning: [tei] a part of a TEI document (<div>), not a document"), run.out());
    }
    if (verdict.startsWith("valid")) {
      assertEquals(0, count, run.out());
      // the corpus comes without the images some of its texts name: each missing one is an error;
      // so is a pointer that leads nowhere (valid, but dangling: Jing does not follow pointers)
      assertEquals(run.out().contains(": error: [facsimile] ") || run.out().contains(": error: [pointer] ") ? 1 : 0,
          run.exitCode(), run.out());
    } else {
      Matcher expected = Pattern.compile("invalid \\((\\d+) errors?\\)").matcher(verdict);
      assertTrue(expected.find(), verdict);
      assertEquals(Integer.parseInt(expected.group(1)), count, run.out());
      assertEquals(1, run.exitCode());
    }
  }

  /**
   * Without --schema, each text is judged by the schema it names when that can be read, else by
   * tei_all (never by the flagship's customisation): the folder gives Jing's counts file by file,
   * each fault once, and a file with many shows the first 20 and a count of the rest.
   */
  @org.junit.jupiter.api.Test
  void aFolderOfOtherProjectsTextsIsJudgedByTeiAll() throws IOException {
    Cli.Run all = Cli.run("validate", "--all", CORPUS.resolve("docs").toString());
    Cli.Run some = Cli.run("validate", CORPUS.resolve("docs").toString());
    assertEquals(1, all.exitCode(), all.err());
    assertTrue(!all.out().contains("edition.rng") && !all.out().contains("[xsd]"), all.out());
    for (String[] entry : manifest().toList()) {
      String file = CORPUS.resolve(entry[0]).toString();
      long count = all.out().lines()
          .filter(l -> l.startsWith(file + ":") && (l.contains(": error: [relaxng]") || l.contains(": error: [tei]")))
          .count();
      Matcher expected = Pattern.compile("invalid \\((\\d+) errors?\\)").matcher(entry[1]);
      assertEquals(expected.find() ? Integer.parseInt(expected.group(1)) : 0, count, entry[0]);
      long shown = some.out().lines().filter(l -> l.startsWith(file + ":") && l.contains(": error: ")).count();
      assertTrue(shown <= 20, entry[0] + " shows " + shown + " lines");
    }
    String sonnets = CORPUS.resolve("docs/disco-sonnets/disco313g.xml").toString();
    assertTrue(some.out().contains(sonnets + ": ... and 229 more in this file; --all shows them"), some.out());
    assertTrue(some.out().contains("\nmost in: " + sonnets + " (249)"), some.out());
    // 30 of them are images the corpus does not ship (or a project's keys written as addresses)
    List<String> images = all.out().lines().filter(l -> l.contains(": error: [facsimile] ")).toList();
    assertEquals(30, images.size(), String.join("\n", images));
    assertTrue(images.stream().allMatch(l -> l.contains(" does not exist") || l.contains("it holds spaces")), String.join("\n", images));
    // 100 pointers lead nowhere, each examined: a taxonomy, a rendition, a calendar or a person the
    // project keeps in a file the corpus does not have (#genre, #langesS, #Gregorian, #turska); a
    // name or a key written where TEI reads an address (scheme="LCSH", hand="primary", ana="Cortés,
    // Hernán ..."); a test file's #foo. None where an include failed (ISicily's taxonomies: not
    // known, not judged), none for the prefixes the sonnets declare (their RDFa is not TEI pointers).
    Map<String, Long> pointers = all.out().lines().filter(l -> l.contains(": error: [pointer] "))
        .collect(java.util.stream.Collectors.groupingBy(
            l -> CORPUS.resolve("docs").relativize(Path.of(l.substring(0, l.indexOf(".xml:") + 4))).toString(),
            java.util.TreeMap::new, java.util.stream.Collectors.counting()));
    assertEquals(Map.of("bodleian-hebrew-mss/MS_Laud_Or_113.xml", 5L, "openedition/lorem_ipsum_openedition.tei.xml", 4L,
        "schnitzler-briefe/L03090.xml", 51L, "tei-publisher/CIDTC-3823-cortez.xml", 31L,
        "tei-stylesheets-tests/test.xml", 1L, "tei-stylesheets-tests/testapp2.xml", 8L), pointers);
    // ISicily's two refused includes take their xi:fallback: warnings, not errors
    assertTrue(some.out().strip().endsWith("13 files, 454 errors, 11 warnings"), some.out());
  }

  @ParameterizedTest(name = "html {0}")
  @MethodSource("texts")
  void noWordIsLostOnTheWebsite(String path) throws Exception {
    // A long text is a page per part: ID.html, ID-p2.html, ... (xslt/common/parts.xsl).
    Path site = BuiltSite.corpus().resolve("html");
    String id = id(path);
    StringBuilder text = new StringBuilder();
    try (var files = Files.list(site)) {
      for (Path page : files.filter(p -> p.getFileName().toString().equals(id + ".html")
          || p.getFileName().toString().matches(Pattern.quote(id) + "-p\\d+\\.html")).sorted().toList()) {
        text.append(Jsoup.parse(page.toFile(), "UTF-8").body().text()).append(' ');
      }
    }
    assertNothingLost(path, text.toString(), "HTML", w -> true, w -> false);
  }

  @ParameterizedTest(name = "epub {0}")
  @MethodSource("texts")
  void noWordIsLostInTheEpub(String path) throws Exception {
    StringBuilder text = new StringBuilder();
    try (ZipFile zip = new ZipFile(BuiltSite.corpus().resolve("epub").resolve(id(path) + ".epub").toFile())) {
      for (var entries = zip.entries(); entries.hasMoreElements(); ) {
        var entry = entries.nextElement();
        if (entry.getName().endsWith(".xhtml")) {
          String xhtml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
          text.append(Jsoup.parse(xhtml).body().text()).append(' ');
        }
      }
    }
    assertNothingLost(path, text.toString(), "EPUB", w -> true, w -> false);
  }

  @ParameterizedTest(name = "pdf {0}")
  @MethodSource("texts")
  void noWordIsLostInThePdf(String path) throws Exception {
    StringBuilder pages = new StringBuilder();
    try (PDDocument doc = Loader.loadPDF(BuiltSite.corpus().resolve("pdf").resolve(id(path) + ".pdf").toFile())) {
      // Running heads and page numbers interrupt a word hyphenated across two pages.
      for (List<String> lines : org.edition.PdfPages.bodies(doc, false)) {
        pages.append(String.join("\n", lines)).append('\n');
      }
    }
    String text = pages.toString();
    // Every script of the corpus has a font: Hebrew, Japanese and Chinese are printed too.
    assertNothingLost(path, text, "PDF", w -> true, w -> hyphenatedAcrossPages(text, w));
  }

  /**
   * Every word of the TEI text is in the output. Words are compared on the output's letters and
   * digits run together, so that "Schwe" + "s" + "ter" (three TEI elements) is found in
   * "Schwester", and a word hyphenated at the end of a line or page is whole again. A word of four
   * letters or more must occur as often as in the TEI; a shorter one at least once.
   */
  private static void assertNothingLost(String path, String output, String format,
      java.util.function.Predicate<String> printable, java.util.function.Predicate<String> whole) throws Exception {
    Map<String, Integer> in = words(teiText(path));
    String squeezed = squeeze(output);
    List<String> lost = new ArrayList<>();
    in.forEach((word, n) -> {
      if (!printable.test(word)) {
        return;
      }
      int found = occurrences(squeezed, word, word.length() >= 4 ? n : 1);
      int needed = word.length() >= 4 ? n : 1;
      if (found < needed && !(found == needed - 1 && whole.test(word))) {
        lost.add(word + " (" + found + "/" + needed + ")");
      }
    });
    assertTrue(lost.isEmpty(), format + " of " + path + " loses " + lost.size() + " of " + in.size() + " words: "
        + String.join(", ", lost.subList(0, Math.min(40, lost.size()))));
  }

  private static int occurrences(String text, String word, int enough) {
    int count = 0;
    for (int at = text.indexOf(word); at >= 0 && count < enough; at = text.indexOf(word, at + word.length())) {
      count++;
    }
    return count;
  }

  private static String squeeze(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[^\\p{L}\\p{M}\\p{N}]+", "");
  }

  /**
   * A word hyphenated at the foot of a page has its halves apart in the extracted text (the page's
   * footnotes come between): "trans-" ends a line, "mogrification" starts another. Such a word is
   * whole on the page, and is not counted as lost.
   */
  private static boolean hyphenatedAcrossPages(String text, String word) {
    for (int i = 2; i <= word.length() - 2; i++) {
      String head = Pattern.quote(word.substring(0, i));
      String tail = Pattern.quote(word.substring(i));
      if (Pattern.compile(head + "[-\u2010\u00AD]?[ \\t]*\\R").matcher(text).find()
          && Pattern.compile("(?m)^[ \\t]*" + tail).matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  /** The words of a TEI document's texts, includes resolved, but for what is not printed. */
  private static String teiText(String path) throws Exception {
    Processor processor = new Processor(false);
    XdmNode doc;
    try {
      doc = processor.newDocumentBuilder().build(new SAXSource(SecureXmlReader.withXInclude(CORPUS.resolve(path).getParent()),
          new org.xml.sax.InputSource(CORPUS.resolve(path).toUri().toString())));
    } catch (net.sf.saxon.s9api.SaxonApiException e) {
      // an include that cannot be resolved stays as written, as the build leaves it
      doc = processor.newDocumentBuilder().build(new SAXSource(new SecureXmlReader(),
          new org.xml.sax.InputSource(CORPUS.resolve(path).toUri().toString())));
    }
    XPathCompiler xpath = processor.newXPathCompiler();
    xpath.declareNamespace("", "http://www.tei-c.org/ns/1.0");
    return xpath.evaluateSingle("string-join((//text | //sourceDoc)//text()[not(" + NOT_PRINTED + ")], ' ')", doc).getStringValue();
  }

  private static Map<String, Integer> words(String text) {
    return org.edition.WordCounts.of(text, WORD);
  }

  /** The identifier the build gives a corpus text: its xml:id, else its file name. */
  private static String id(String path) throws Exception {
    String xml = Files.readString(CORPUS.resolve(path));
    Matcher root = Pattern.compile("<(TEI|teiCorpus)\\b[^>]*>").matcher(xml);
    if (root.find()) {
      Matcher id = Pattern.compile("xml:id=\"([^\"]+)\"").matcher(root.group());
      if (id.find()) {
        return id.group(1).replaceAll("[^\\p{L}\\p{N}._-]+", "-");
      }
    }
    String name = Path.of(path).getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }
}
