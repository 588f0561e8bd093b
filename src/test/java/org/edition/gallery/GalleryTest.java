package org.edition.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gallery of a one-text edition (as {@code edition new} makes it), compared with a copy of
 * its build whose headings are another colour: a contact sheet that needs no script, whose
 * pictures all exist and have the widths they say, with the text page at 1280 and 390 CSS px, a
 * PDF page, an EPUB chapter, a focus shot first; the pages said to differ, the books the same.
 */
class GalleryTest {
  private static final Pattern PNG = Pattern.compile("(?:src|href)=\"([^\"]+\\.png)\"");

  @Test
  void contactSheetOfATinyEdition(@TempDir Path dir) throws Exception {
    Path edition = dir.resolve("tiny");
    assertEquals(0, Cli.run("new", edition.toString()).exitCode());
    Path build = dir.resolve("build");
    Cli.Run run = Cli.run("build", "-q", "--project", edition.toString(), "-o", build.toString(),
        edition.resolve("tei").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    Path focus = dir.resolve("focus.tsv");
    Files.writeString(focus, "# edition\tpage\twhere\twidths\tcaption\n"
        + "tiny\texample.html\th1\t1280,390\tthe title of the text\n"
        + "tiny\texample.html\t#no-such-thing\t390\tmissing, said so\n");
    Path out = dir.resolve("gallery");
    // "Before": the same build, but for the colour of the headings.
    Path before = dir.resolve("before");
    try (Stream<Path> files = Files.walk(build)) {
      for (Path file : files.toList()) {
        Path copy = before.resolve(build.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy);
        }
      }
    }
    Files.writeString(before.resolve("html/assets/edition.css"), "\nh1 { color: rgb(0, 128, 0) !important; }\n",
        StandardOpenOption.APPEND);

    Path index = Gallery.run(new Gallery.Options(out, Map.of("tiny", build), Map.of("tiny", before), focus, false, true,
        "after label", "before label", 2, 3));

    String sheet = Files.readString(index);
    assertFalse(sheet.contains("<script"), "the sheet needs no script");
    Set<String> pictures = new LinkedHashSet<>();
    Matcher m = PNG.matcher(sheet);
    while (m.find()) {
      pictures.add(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
    }
    assertFalse(pictures.isEmpty());
    for (String picture : pictures) {
      Path png = out.resolve(picture);
      assertTrue(Files.isRegularFile(png), picture);
      int[] size = Png.size(png);
      assertNotNull(size, picture + " is a PNG");
      assertTrue(size[0] > 0 && size[1] > 0, picture);
      if (picture.endsWith("-1280.png") && picture.contains("/site/")) {
        assertEquals(1280, size[0], picture);
        assertTrue(size[1] <= SiteShots.TOP, picture);
      }
      if (picture.endsWith("-390.png") && picture.contains("/site/") || picture.contains("/epub/")) {
        assertEquals(390, size[0], picture);
      }
      if (picture.contains("/focus/")) {
        assertTrue(size[0] <= (picture.endsWith("-390.png") ? 390 : 1280), picture);
      }
    }
    for (String side : new String[] {"before", "after"}) {
      for (String expected : new String[] {"site/example-1280.png", "site/example-390.png", "site/example-1280-full.png",
          "site/index-390.png", "site/persons-1280.png", "site/search-q-390.png", "pdf/example-p1.png", "epub/example-1.png"}) {
        assertTrue(pictures.contains(side + "/shots/tiny/" + expected), side + " " + expected + " in " + pictures);
      }
    }
    assertEquals(320, Png.size(out.resolve("after/shots/tiny/site/example-1280-full.png"))[0], "the whole page, at a quarter");
    assertTrue(sheet.indexOf("after/shots/focus/01-tiny-example-1280.png") > 0, "the focus shot");
    assertTrue(sheet.indexOf("after/shots/focus/01-tiny-example-1280.png") < sheet.indexOf("after/shots/tiny/site/"),
        "the focus shots come first");
    assertTrue(sheet.contains("nothing matches #no-such-thing"), "a focus shot that cannot be taken says why");
    assertTrue(sheet.contains("before label") && sheet.contains("after label"));
    // The site's headings changed, not the books: the pages differ, the PDF and EPUB pictures are the same
    // (the same files photographed twice: the pictures are deterministic), and changes.html shows only the pages.
    assertTrue(Pattern.compile("<b>[1-9][0-9]* of [0-9]+ pictures differ</b>").matcher(sheet).find());
    assertEquals("identical", status(sheet, "after/shots/tiny/pdf/example-p1.png"));
    assertEquals("identical", status(sheet, "after/shots/tiny/epub/example-1.png"));
    assertTrue(status(sheet, "after/shots/tiny/site/example-1280.png").startsWith("differs"));
    assertTrue(status(sheet, "after/shots/focus/01-tiny-example-390.png").startsWith("differs"));
    String changes = Files.readString(out.resolve("changes.html"));
    assertTrue(changes.contains("after/shots/tiny/site/example-390.png"));
    assertFalse(changes.contains("shots/tiny/pdf/") || changes.contains("shots/tiny/epub/"), "only what changed");
  }

  /** What the sheet says of the pair of pictures whose "after" is {@code picture}. */
  private static String status(String sheet, String picture) {
    int at = sheet.indexOf("src=\"" + picture + "\"");
    assertTrue(at > 0, picture);
    Matcher m = Pattern.compile("class=\"status [a-z]+\">([^<]*)<").matcher(sheet);
    assertTrue(m.find(at), picture);
    return m.group(1);
  }
}
