package org.edition.publish.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import org.edition.BuiltSite;
import org.edition.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ace by DAISY, the EPUB accessibility checker (npm @daisy/ace, installed in .ci/ace by .ci/run,
 * run with Debian's Chromium), finds no violation in the flagship's books.
 *
 * <p>Ace checks each page by injecting axe-core into it; the books forbid every script
 * ({@code script-src 'none'}), so Ace is given a copy whose pages have that one meta element
 * removed, and nothing else changed.
 */
class AceTest {
  private static final Path ACE = Cli.root().resolve(".ci/ace/node_modules/.bin/ace-puppeteer");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"leylavergne-travail.epub", "forum-fil.epub", "edition.epub"})
  void aceFindsNoViolation(String name) throws Exception {
    assertTrue(Files.isExecutable(ACE), "Ace by DAISY is missing: .ci/run installs it ("
        + "npm install --prefix .ci/ace --ignore-scripts @daisy/ace@1.4.6)");
    Path work = Files.createTempDirectory("edition-ace-");
    Path book = work.resolve(name);
    withoutScriptPolicy(BuiltSite.flagship().resolve("epub").resolve(name), book);
    Path report = work.resolve("report");
    ProcessBuilder ace = new ProcessBuilder(ACE.toString(), "--silent", "-o", report.toString(), book.toString())
        .redirectErrorStream(true).redirectOutput(work.resolve("ace.log").toFile());
    ace.environment().put("PUPPETEER_EXECUTABLE_PATH", "/usr/bin/chromium");
    Process run = ace.start();
    assertTrue(run.waitFor(180, TimeUnit.SECONDS), "Ace did not finish in 3 minutes");
    String log = Files.readString(work.resolve("ace.log"));
    assertEquals(0, run.exitValue(), log);

    XPathCompiler xpath = new Processor(false).newXPathCompiler();
    String json = Files.readString(report.resolve("report.json"), StandardCharsets.UTF_8);
    xpath.declareVariable(new net.sf.saxon.s9api.QName("json"));
    List<String> violations = new ArrayList<>();
    var found = xpath.compile(
        "let $r := parse-json($json) return ($r?assertions?*?assertions?*[?('earl:result')?('earl:outcome') = 'fail']"
            + " ! (?('earl:test')?('dct:title') || ' (' || ?('earl:test')?('earl:impact') || ')'))").load();
    found.setVariable(new net.sf.saxon.s9api.QName("json"), new net.sf.saxon.s9api.XdmAtomicValue(json));
    for (XdmItem v : found.evaluate()) {
      violations.add(v.getStringValue());
    }
    assertEquals(List.of(), violations, name);
  }

  /** The book, its pages without their Content-Security-Policy meta element, zipped as an EPUB. */
  private static void withoutScriptPolicy(Path epub, Path copy) throws IOException {
    Path folder = Files.createTempDirectory("edition-ace-book-");
    try (ZipFile in = new ZipFile(epub.toFile())) {
      for (var entries = in.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        Path file = folder.resolve(entry.getName()).normalize();
        if (entry.isDirectory() || !file.startsWith(folder)) {
          continue;
        }
        byte[] bytes = in.getInputStream(entry).readAllBytes();
        if (entry.getName().endsWith(".xhtml")) {
          bytes = new String(bytes, StandardCharsets.UTF_8)
              .replaceAll("<meta http-equiv=\"Content-Security-Policy\"[^>]*/>", "").getBytes(StandardCharsets.UTF_8);
        }
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
      }
    }
    // Zipped as the build zips a book (mimetype first and stored); its fonts are in the folder.
    EpubArchive.write(folder, copy, java.time.Instant.EPOCH, "OEBPS/fonts", List.of());
  }
}
