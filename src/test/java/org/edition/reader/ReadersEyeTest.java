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
 * read backwards, no margin number on the wrong side of a right-to-left page; and, read from the
 * site's files, no page over {@link LongTexts#PAGE_LIMIT}, every long text in parts with contents
 * that reach each of its pages, which follow one another by their next and previous links.
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

  @TestFactory
  Stream<DynamicTest> flagship() throws IOException {
    return pages("flagship", BuiltSite.html());
  }

  @TestFactory
  Stream<DynamicTest> otherProjects() throws IOException {
    return pages("corpus", BuiltSite.corpus().resolve("html"));
  }

  @TestFactory
  Stream<DynamicTest> documentaryAndCritical() throws IOException {
    return pages("documentary-critical", BuiltSite.documentaryCritical().resolve("html"));
  }

  @TestFactory
  Stream<DynamicTest> generatedCases() throws IOException {
    return pages("reader cases", BuiltSite.readerCases().resolve("html"));
  }

  /** One test of the site's long texts, then one test per page of the site, each at both widths. */
  private static Stream<DynamicTest> pages(String edition, Path site) throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.list(site)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    DynamicTest longTexts = DynamicTest.dynamicTest(edition + ": long texts in parts, no page over "
        + LongTexts.PAGE_LIMIT / 1024 + " KB", () -> assertEquals(List.of(), LongTexts.faults(site)));
    return Stream.concat(Stream.of(longTexts), pages.stream().map(page -> DynamicTest.dynamicTest(edition + ": " + page.getFileName(), () -> {
      List<String> faults = new ArrayList<>();
      for (int width : new int[] {1280, 390}) {
        LayoutFaults.viewport(driver, width, "light");
        driver.get(page.toUri().toString());
        for (String fault : LayoutFaults.of(driver, PaintedText.of(driver))) {
          faults.add(width + " px: " + fault);
        }
      }
      assertEquals(List.of(), faults, page.getFileName().toString());
    })));
  }
}
