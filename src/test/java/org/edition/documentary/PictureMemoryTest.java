package org.edition.documentary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.edition.TeiFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A sound picture the check stage allows, but which the build's memory cannot cut into tiles. */
class PictureMemoryTest {
  @TempDir Path dir;

  /**
   * A picture of 100 megapixels is allowed, but cutting it into tiles takes more memory than a
   * small heap has: it is left out of the site with a warning that says so, and its text is
   * published (it once failed the text, out of memory).
   */
  @Test
  void aPictureTooLargeForTheMemoryIsLeftOutAndItsTextPublished() throws Exception {
    Path edition = dir.resolve("edition");
    Path pages = Files.createDirectories(edition.resolve("pages"));
    Files.write(pages.resolve("large.png"), png(10_000, 10_000));
    TeiFixture.write(edition, "large", "A large page",
        "<facsimile><surface xml:id=\"g1\"><graphic url=\"pages/large.png\"/></surface></facsimile>",
        "en", "<p><pb n=\"1\" facs=\"#g1\"/>The text of a large page.</p>");
    Path out = dir.resolve("out");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder small = new ProcessBuilder(List.of(javaBin, "-Xmx600m", "-cp", System.getProperty("java.class.path"),
        org.edition.cli.EditionCommand.class.getName(), "build", "--html", "-o", out.toString(), edition.toString()))
        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
    small.environment().put("EDITION_JVM_CHOSEN", String.valueOf(ProcessHandle.current().pid()));
    Process build = small.start();
    assertTrue(build.waitFor(5, java.util.concurrent.TimeUnit.MINUTES), "the build did not end");
    String log = Files.readString(dir.resolve("log.txt"));
    assertEquals(0, build.exitValue(), log);
    assertTrue(log.matches("(?s).*large\\.xml: warning: .*the image .*large\\.png cannot be decoded \\(its 100 megapixels need about"
        + " 762 MB of memory to be cut into tiles, more than this build may use.*\\): it is not shown.*"), log);
    Document page = Jsoup.parse(out.resolve("html/large.html").toFile(), "UTF-8");
    assertTrue(page.text().contains("The text of a large page."));
    assertTrue(page.select("figure.facsimile").isEmpty(), "a facsimile shown without its picture");
  }

  /** A whole PNG of width × height pixels of one colour (small on disk, large decoded). */
  private static byte[] png(int width, int height) throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    PngChunks.chunk(png, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
        .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    try (var deflate = new java.util.zip.DeflaterOutputStream(data)) {
      byte[] row = new byte[1 + 3 * width];
      Arrays.fill(row, (byte) 200);
      row[0] = 0;
      for (int y = 0; y < height; y++) {
        deflate.write(row);
      }
    }
    PngChunks.chunk(png, "IDAT", data.toByteArray());
    PngChunks.chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }
}
