package org.edition.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.edition.BuiltSite;
import org.edition.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page of every kind, of the flagship, of other projects' TEI (both folders of
 * ../shared/corpus) and of the generated cases in src/test/resources/reader, looked at in Chromium
 * at a desktop's 1280 px and a phone's 390 px: nothing wider than the screen, no text over text, no
 * number or word cut off, no inline quotation with a block's margins, no marker inside a word or
 * read backwards, no margin number on the wrong side of a right-to-left page, no link to nothing,
 * no empty text page, no identifier of the TEI shown as a word; and, read from the site's files, no
 * page over {@link LongTexts#PAGE_LIMIT}, every long text in parts with contents that reach each of
 * its pages, which follow one another by their next and previous links; and each EPUB's chapters as
 * a phone's reading system lays them out.
 */
class ReadersEyeTest {
  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() throws IOException {
    driver = Chromium.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  /** An edition the suite looks at, with the output folder of its build. */
  private record Edition(String name, Path output) {}

  private static List<Edition> editions() throws IOException {
    return List.of(new Edition("flagship", BuiltSite.flagship()), new Edition("corpus", BuiltSite.corpus()),
        new Edition("documentary-critical", BuiltSite.documentaryCritical()),
        new Edition("reader cases", BuiltSite.readerCases()));
  }

  @TestFactory
  Stream<DynamicTest> everyPageOfEverySite() throws Exception {
    Stream<DynamicTest> tests = Stream.empty();
    for (Edition edition : editions()) {
      tests = Stream.concat(tests, pages(edition.name(), edition.output().resolve("html")));
    }
    return tests;
  }

  @TestFactory
  Stream<DynamicTest> everyChapterOfEveryBook() throws Exception {
    Stream<DynamicTest> tests = Stream.empty();
    for (Edition edition : editions()) {
      tests = Stream.concat(tests, books(edition.name(), edition.output()));
    }
    return tests;
  }

  /**
   * One test per EPUB of a text (the volume holds the same chapters), its content documents laid
   * out as a phone's reading system would (390 px), with the book's own styles.
   */
  private static Stream<DynamicTest> books(String edition, Path output) throws Exception {
    Identifiers identifiers = Identifiers.of(output.resolve("html/tei"));
    List<Path> books;
    try (Stream<Path> files = Files.list(output.resolve("epub"))) {
      books = files.filter(p -> p.toString().endsWith(".epub") && !p.getFileName().toString().equals("edition.epub")).sorted().toList();
    }
    return books.stream().map(book -> DynamicTest.dynamicTest(edition + ": " + book.getFileName(), () -> {
      List<String> faults = new ArrayList<>();
      for (Path chapter : EpubFiles.contentDocuments(book)) {
        if (Files.size(chapter) > LongTexts.PAGE_LIMIT) {
          faults.add(chapter.getFileName() + ": " + Files.size(chapter) / 1024 + " KB, over the limit of "
              + LongTexts.PAGE_LIMIT / 1024 + " KB a reading system is given at once");
        }
        LayoutFaults.viewport(driver, 390, "light");
        driver.get(chapter.toUri().toString());
        List<PaintedText.Run> runs = PaintedText.of(driver);
        for (String fault : LayoutFaults.of(driver, runs)) {
          faults.add(chapter.getFileName() + ": " + fault);
        }
        for (String id : identifiers.shownIn(runs)) {
          faults.add(chapter.getFileName() + ": an identifier of the TEI shown as text: " + id);
        }
      }
      assertEquals(List.of(), faults, book.getFileName().toString());
    }));
  }

  /** One test of the site's long texts, then one test per page of the site, each at both widths. */
  private static Stream<DynamicTest> pages(String edition, Path site) throws Exception {
    List<Path> pages;
    try (Stream<Path> files = Files.list(site)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    Identifiers identifiers = Identifiers.of(site.resolve("tei"));
    DynamicTest longTexts = DynamicTest.dynamicTest(edition + ": long texts in parts, no page over "
        + LongTexts.PAGE_LIMIT / 1024 + " KB", () -> assertEquals(List.of(), LongTexts.faults(site)));
    return Stream.concat(Stream.of(longTexts), pages.stream().map(page -> DynamicTest.dynamicTest(edition + ": " + page.getFileName(), () -> {
      List<String> faults = new ArrayList<>();
      // The dark scheme changes colours only: it is looked at on the flagship's pages.
      for (String scheme : edition.equals("flagship") ? List.of("light", "dark") : List.of("light")) {
        for (int width : new int[] {1280, 390}) {
          LayoutFaults.viewport(driver, width, scheme);
          driver.get(page.toUri().toString());
          List<PaintedText.Run> runs = PaintedText.of(driver);
          for (String fault : LayoutFaults.of(driver, runs)) {
            faults.add(width + " px, " + scheme + ": " + fault);
          }
          for (String id : identifiers.shownIn(runs)) {
            faults.add(width + " px, " + scheme + ": an identifier of the TEI shown as text: " + id);
          }
        }
      }
      assertEquals(List.of(), faults, page.getFileName().toString());
    })));
  }
}
