package org.edition.documentary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import org.edition.Cli;
import org.edition.TeiFixture;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A documentary edition's bad input: an image that is missing, not a picture, cut short or too
 * large to decode (50,000 × 50,000 pixels), an address that leads out of the edition or is a
 * script, a facs, zone or hand that points nowhere. Each is an error at the line that writes it;
 * the build goes on, publishes every text, cuts no tile of a bad image and makes no live address
 * of a refused one.
 */
class BadFacsimilesTest {
  @TempDir Path dir;

  @Test
  void eachBadImageOrPointerIsAnErrorAtItsLineAndNothingOfItIsPublished() throws Exception {
    Path edition = dir.resolve("edition");
    Path pages = Files.createDirectories(edition.resolve("pages"));
    ImageIO.write(new BufferedImage(700, 900, BufferedImage.TYPE_INT_RGB), "png", pages.resolve("good.png").toFile());
    Files.writeString(pages.resolve("notes.jpg"), "not a picture, a note saved under the wrong name");
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
    Files.write(pages.resolve("cut.jpg"), Arrays.copyOf(jpeg.toByteArray(), jpeg.size() / 2));
    Files.write(pages.resolve("huge.png"), pngHeaderOnly(50_000, 50_000));
    ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB), "png", dir.resolve("outside.png").toFile());

    TeiFixture.write(edition, "good", "A good text",
        "<facsimile><surface xml:id=\"g1\"><graphic url=\"pages/good.png\"/></surface></facsimile>",
        "en", "<p><pb n=\"1\" facs=\"#g1\"/>Sound.</p>");
    String bad = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A bad text</title></titleStmt>
        <publicationStmt><p>Written for the tests.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc></fileDesc>
        <profileDesc><handNotes><handNote xml:id="scribe">The scribe.</handNote></handNotes></profileDesc></teiHeader>
        <sourceDoc>
        <surface n="1"><graphic url="pages/missing.jpg"/><zone><line>missing picture</line></zone></surface>
        <surface n="2"><graphic url="pages/notes.jpg"/><zone><line>not a picture</line></zone></surface>
        <surface n="3"><graphic url="pages/cut.jpg"/><zone><line>cut short</line></zone></surface>
        <surface n="4"><graphic url="pages/huge.png"/><zone><line>too large</line></zone></surface>
        <surface n="5"><graphic url="../outside.png"/><zone><line>outside</line></zone></surface>
        <surface n="6"><graphic url="javascript:alert(1)"/><zone><line>a script</line></zone></surface>
        <surface n="7"><graphic url="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"/><zone><line>a page</line></zone></surface>
        <surface n="8"><zone start="#nozone"><line facs="#nowhere">no image, <add hand="#nobody">a hand</add> <add hand="#scribe">known</add></line></zone></surface>
        </sourceDoc>
        <text xml:lang="en"><body><p>The text.</p></body></text></TEI>
        """;
    Files.writeString(edition.resolve("bad.xml"), bad);

    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--html", "-o", out.toString(), edition.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    String said = run.err();
    org.edition.SaidAt.assertError(said, bad, "bad.xml", "facsimile", "pages/missing.jpg", "the image .*missing\\.jpg does not exist");
    org.edition.SaidAt.assertError(said, bad, "bad.xml", "facsimile", "pages/notes.jpg", "the file notes\\.jpg is not a picture in a format the build reads");
    org.edition.SaidAt.assertError(said, bad, "bad.xml", "facsimile", "pages/cut.jpg", "the image cut\\.jpg is cut short");
    org.edition.SaidAt.assertError(said, bad, "bad.xml", "facsimile", "pages/huge.png", "the image huge\\.png is 50,000 × 50,000 pixels \\(2,500 megapixels\\).*scale it down");
    org.edition.SaidAt.assertError(said, bad, "bad.xml", "facsimile", "../outside.png", "leads outside the edition's folder");
    org.edition.SaidAt.assertError(said, bad, "bad.xml", "facsimile", "javascript:", "is not an image address a page may load \\(javascript:alert\\(1\\)\\)");
    org.edition.SaidAt.assertError(said, bad, "bad.xml", "facsimile", "data:text/html", "is not an image address a page may load \\(data:text/html");
    org.edition.SaidAt.assertError(said, bad, "bad.xml", "facsimile", "#nozone", "@start on <zone> points to #nozone, which no element of the document is");
    org.edition.SaidAt.assertError(said, bad, "bad.xml", "facsimile", "#nowhere", "@facs on <line> points to #nowhere");
    org.edition.SaidAt.assertError(said, bad, "bad.xml", "facsimile", "#nobody", "the hand #nobody on <add> is not described");
    assertEquals(10, said.split("\\[facsimile\\]", -1).length - 1, said);

    // every text published all the same, the bad images left out of the site, nothing live of a refused address
    Path site = out.resolve("html");
    assertTrue(Files.isRegularFile(site.resolve("good.html")) && Files.isRegularFile(site.resolve("bad.html")), run.err());
    Document page = Jsoup.parse(site.resolve("bad.html").toFile(), "UTF-8");
    assertEquals(8, page.select(".surface").size(), "a page per surface");
    assertTrue(page.select("[src], [href], [data-image], [data-iiif]").stream()
        .flatMap(e -> e.attributes().asList().stream()).map(a -> a.getValue().toLowerCase(java.util.Locale.ROOT).strip())
        .noneMatch(v -> v.startsWith("javascript:") || v.startsWith("data:")), "no live address of a refused one");
    assertTrue(page.select("figure.facsimile").isEmpty(), "no facsimile shown of a bad image");
    try (var files = Files.walk(site)) {
      List<String> infos = files.filter(p -> p.getFileName().toString().equals("info.json")).map(Path::toString).toList();
      assertEquals(1, infos.size(), "tiles of the good image only: " + infos);
    }
    try (var files = Files.walk(site)) {
      assertTrue(files.map(p -> p.getFileName().toString()).noneMatch(n -> n.matches("notes\\.jpg|cut\\.jpg|huge\\.png|outside\\.png")));
    }
  }

  /**
   * A page or zone that says where it is with a value that is no coordinate ("INF", "NaN",
   * 1e308), or with a box drawn backwards: an error at its element; the page is published, its
   * geometry left out, and every canvas of the IIIF manifest has a size a viewer takes.
   */
  @Test
  void aCoordinateThatIsNoNumberOrABoxDrawnBackwardsIsAnErrorAndLeftOut() throws Exception {
    Path edition = dir.resolve("edition");
    Path pages = Files.createDirectories(edition.resolve("pages"));
    ImageIO.write(new BufferedImage(70, 90, BufferedImage.TYPE_INT_RGB), "png", pages.resolve("page.png").toFile());
    String text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Pages</title></titleStmt>
        <publicationStmt><p>Written for the tests.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc></fileDesc></teiHeader>
        <sourceDoc>
        <surface n="1" ulx="0" uly="0" lrx="INF" lry="900"><graphic url="pages/page.png"/><zone ulx="0" uly="0" lrx="NaN" lry="10"><line>unending</line></zone></surface>
        <surface n="2" ulx="0" uly="0" lrx="1e308" lry="900"><graphic url="pages/page.png"/><zone><line>vast</line></zone></surface>
        <surface n="3" ulx="700" uly="0" lrx="0" lry="-900"><graphic url="pages/page.png"/><zone ulx="5" uly="5" lrx="1" lry="9"><line>backwards</line></zone></surface>
        <surface n="4" ulx="0" uly="0" lrx="700" lry="900"><graphic url="pages/page.png" width="INF" height="NaN"/><zone ulx="0" uly="0" lrx="70" lry="90"><line>sound</line></zone></surface>
        </sourceDoc>
        <text xml:lang="en"><body><p>The text.</p></body></text></TEI>
        """;
    Files.writeString(edition.resolve("pages.xml"), text);
    Path out = dir.resolve("out");
    Cli.Run run = Cli.run("build", "--html", "-o", out.toString(), edition.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    String said = run.err();
    org.edition.SaidAt.assertError(said, text, "pages.xml", "facsimile", "lrx=\"INF\"", "@lrx=\"INF\" on <surface> is not a coordinate");
    org.edition.SaidAt.assertError(said, text, "pages.xml", "facsimile", "lrx=\"NaN\"", "@lrx=\"NaN\" on <zone> is not a coordinate");
    org.edition.SaidAt.assertError(said, text, "pages.xml", "facsimile", "lrx=\"1e308\"", "@lrx=\"1e308\" on <surface> is not a coordinate");
    org.edition.SaidAt.assertError(said, text, "pages.xml", "facsimile", "lry=\"-900\"", "<surface> is drawn backwards or flat \\(ulx 700, uly 0, lrx 0, lry -900\\)");
    org.edition.SaidAt.assertError(said, text, "pages.xml", "facsimile", "lrx=\"1\"", "<zone> is drawn backwards or flat");
    assertTrue(!said.contains("Exception") && !said.contains("FOCA"), said);

    Document page = Jsoup.parse(out.resolve("html/pages.html").toFile(), "UTF-8");
    assertEquals(4, page.select(".surface").size(), "a page per surface");
    assertEquals(List.of("0 0 700 900"), page.select("[data-extent]").eachAttr("data-extent"), "only the sound page is placed");
    assertEquals(List.of("0 0 70 90"), page.select("[data-box]").eachAttr("data-box"), "only the sound zone is placed");
    String manifest;
    try (var files = Files.walk(out.resolve("html"))) {
      manifest = Files.readString(files.filter(p -> p.getFileName().toString().equals("manifest.json")).findFirst().orElseThrow());
    }
    java.util.regex.Matcher size = java.util.regex.Pattern.compile("\"(width|height)\":\\s*(-?[\\d.eE+]+|\"[^\"]*\")").matcher(manifest);
    int sizes = 0;
    while (size.find()) {
      String value = size.group(2);
      assertTrue(value.matches("[1-9]\\d{0,6}"), size.group(1) + " " + value + " in " + manifest);
      sizes++;
    }
    assertTrue(sizes >= 8, "every canvas has a width and a height: " + manifest);
  }

  /** A PNG that says it is width × height pixels, with one row of data: a bomb a header read must catch. */
  private static byte[] pngHeaderOnly(int width, int height) throws Exception {
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
        .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
    PngChunks.chunk(png, "IHDR", header.array());
    Deflater deflater = new Deflater();
    deflater.setInput(new byte[width + 1]);
    deflater.finish();
    byte[] data = new byte[width + 64];
    PngChunks.chunk(png, "IDAT", Arrays.copyOf(data, deflater.deflate(data)));
    PngChunks.chunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }
}
