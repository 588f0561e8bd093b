package org.edition.reader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.edition.Chromium;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The reader's-eye checks of {@link ReadersEyeTest} run by hand on a site already built:
 * {@code java -cp ... org.edition.reader.Inspect OUTPUT/html [page.html ...]} prints the site's
 * faults of long texts ({@link LongTexts}), then each page's faults at 1280 and 390 px.
 */
public final class Inspect {
  private Inspect() {}

  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]).toAbsolutePath();
    List<Path> pages;
    if (args.length > 1) {
      pages = Stream.of(args).skip(1).map(site::resolve).toList();
    } else {
      try (Stream<Path> files = Files.list(site)) {
        pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
      }
    }
    for (String fault : LongTexts.faults(site)) {
      System.out.println(fault);
    }
    Identifiers identifiers = Identifiers.of(site.resolve("tei"));
    ChromeDriver driver = Chromium.start();
    try {
      for (Path page : pages) {
        for (int width : new int[] {1280, 390}) {
          LayoutFaults.viewport(driver, width, "light");
          driver.get(page.toUri().toString());
          List<PaintedText.Run> runs = PaintedText.of(driver);
          for (String fault : LayoutFaults.of(driver, runs)) {
            System.out.println(page.getFileName() + " " + width + " px: " + fault);
          }
          for (String id : identifiers.shownIn(runs)) {
            System.out.println(page.getFileName() + " " + width + " px: an identifier of the TEI shown as text: " + id);
          }
        }
      }
    } finally {
      driver.quit();
    }
  }
}
