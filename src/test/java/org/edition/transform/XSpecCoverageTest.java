package org.edition.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmNode;
import org.edition.Cli;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every module of the stylesheets' library has XSpec scenarios of its own: each is named, by its
 * path under xslt/ ("common/registers.xsl", "xslt/html/modules/notes.xsl"), in the opening comment
 * of an XSpec file of src/test/xspec that runs at least one scenario (one not pending). The
 * modules are read from disk, so that a module added without a test fails here.
 *
 * <p>The library is every stylesheet of xslt/common, xslt/transforms (the normalisation passes)
 * and the modules folders of the formats (xslt/html/modules, xslt/fo/modules), with the parts of
 * a driver kept beside it (xslt/fo/book, xslt/epub/book). The formats' drivers (html/text.xsl,
 * site.xsl, search.xsl, tei-copy.xsl, html.xsl; fo/fo.xsl, fo/book.xsl; epub/book.xsl) stand
 * outside those folders and are tested through the files that run them, and are not counted.
 * Two files of those folders are no module: transforms/normalize.xsl, the driver that runs the
 * passes (f:normalized, which every scenario on normalised input goes through), and
 * common/normalize.xsl, an import kept for old customisations. common/functions.xsl is a module:
 * it imports the library's topics, but holds functions of its own as well (labels, the
 * normalisation's guard, documentary transcriptions, images).
 */
@Tag("fast")
class XSpecCoverageTest {
  private static final String X = "http://www.jenitennison.com/xslt/xspec";
  private static final Path ROOT = Cli.root();
  private static final Path XSLT = ROOT.resolve("xslt");
  private static final Path SPECS = ROOT.resolve("src/test/xspec");
  private static final List<String> LIBRARY = List.of("common", "transforms", "html/modules", "fo/modules", "fo/book", "epub/book");
  private static final Set<String> NOT_MODULES = Set.of("transforms/normalize.xsl", "common/normalize.xsl");
  private static final Processor PROCESSOR = new Processor(false);

  /** The library's modules, by their path under xslt/. */
  static Set<String> modules() throws IOException {
    Set<String> modules = new TreeSet<>();
    for (String folder : LIBRARY) {
      try (Stream<Path> files = Files.list(XSLT.resolve(folder))) {
        files.filter(f -> f.getFileName().toString().endsWith(".xsl") && Files.isRegularFile(f))
            .map(f -> XSLT.relativize(f).toString().replace('\\', '/'))
            .filter(m -> !NOT_MODULES.contains(m))
            .forEach(modules::add);
      }
    }
    return modules;
  }

  /** Each XSpec file's opening comment, for the files that run at least one scenario. */
  static Map<String, String> runningSpecs() throws Exception {
    Map<String, String> comments = new TreeMap<>();
    XPathCompiler xpath = PROCESSOR.newXPathCompiler();
    xpath.declareNamespace("x", X);
    List<Path> specs;
    try (Stream<Path> files = Files.list(SPECS)) {
      specs = files.filter(f -> f.toString().endsWith(".xspec")).sorted().toList();
    }
    for (Path spec : specs) {
      XdmNode doc = PROCESSOR.newDocumentBuilder().build(new StreamSource(spec.toFile()));
      // The comment before the description (or, failing that, its first); a scenario that runs
      // is one with expectations that is neither pending nor left out by another's focus.
      String comment = xpath.evaluateSingle("string((/comment(), /*/comment())[1])", doc).getStringValue();
      boolean runs = xpath.evaluateSingle("let $focused := exists(//x:scenario[@focus]) return exists(//x:scenario[x:expect]"
          + "[not(ancestor-or-self::*[@pending] or ancestor::x:pending)]"
          + "[not($focused) or ancestor-or-self::x:scenario[@focus]])", doc).getStringValue().equals("true");
      if (runs) {
        comments.put(spec.getFileName().toString(), comment);
      }
    }
    return comments;
  }

  /** Whether a comment names a module by its path under xslt/ (with xslt/ before it or not). */
  static boolean names(String comment, String module) {
    return Pattern.compile("(?<![\\w./-])(xslt/)?" + Pattern.quote(module) + "(?![\\w-]|\\.\\w)").matcher(comment).find();
  }

  @Test
  void everyLibraryModuleIsNamedByAnXSpecFileThatRuns() throws Exception {
    Set<String> modules = modules();
    assertTrue(modules.size() > 40, "the library's modules are found on disk: " + modules);
    Map<String, String> specs = runningSpecs();
    List<String> untested = new ArrayList<>();
    for (String module : modules) {
      if (specs.values().stream().noneMatch(c -> names(c, module))) {
        untested.add(module);
      }
    }
    assertEquals(List.of(), untested, "modules no XSpec file names in its opening comment (or only files whose scenarios"
        + " are all pending): write scenarios for them, and name the module in the file's first comment");
  }

  /** A file that names a stylesheet that is not there (moved, renamed) tests nothing it says. */
  @Test
  void everyStylesheetAnXSpecFileNamesExists() throws Exception {
    Pattern path = Pattern.compile("xslt/[\\w./-]*\\w\\.xsl\\b");
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> spec : runningSpecs().entrySet()) {
      Matcher m = path.matcher(spec.getValue());
      while (m.find()) {
        if (!Files.isRegularFile(ROOT.resolve(m.group()))) {
          missing.add(spec.getKey() + ": " + m.group());
        }
      }
    }
    assertEquals(List.of(), missing, "stylesheets named in an XSpec file's opening comment that do not exist");
  }

  @Test
  void aModuleIsNamedByItsWholePath() {
    assertTrue(names("<!-- xslt/common/registers.xsl: entries -->", "common/registers.xsl"));
    assertTrue(names("xslt/fo: notes (fo/modules/notes.xsl), sizes (fo/modules/sizes.xsl).", "fo/modules/sizes.xsl"));
    assertTrue(!names("xslt/html/modules/notes.xsl", "fo/modules/notes.xsl"), "another format's module of the same name");
    assertTrue(!names("xslt/common/editorial.xsl and book.xsl", "common/book.xsl"), "a bare file name");
    assertTrue(!names("xslt/epub/book.xsl", "common/book.xsl"));
    assertTrue(!names("xslt/common/books.xsl", "common/book.xsl"));
  }
}
