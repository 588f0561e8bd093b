package org.edition.documentary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.Cli;
import org.edition.publish.epub.EpubTest;
import org.edition.publish.pdf.PdfTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The books of a documentary edition: its transcription as text, with a key to the signs it uses
 * in the front matter; its page images, kept in the edition, as plates when the settings ask
 * (page-images = plates): a page each in the PDF, scaled to the page, and in the EPUB, which
 * holds them (a TIFF as a JPEG). EPUBCheck and veraPDF still find nothing; a book whose images
 * are on the web links to them and passes EPUBCheck too.
 */
class BookPlatesTest {
  @TempDir static Path dir;
  private static Path project;

  @BeforeAll
  static void build() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    project = Files.createDirectories(dir.resolve("letters"));
    Path scans = Files.createDirectories(project.resolve("tei/scans"));
    ImageIO.write(org.edition.TestPictures.page(1400, 2000, new Color(240, 230, 200)), "jpg", scans.resolve("p1.jpg").toFile());
    ImageIO.write(org.edition.TestPictures.page(1000, 1500, new Color(220, 230, 240)), "tiff", scans.resolve("p2.tif").toFile());
    Files.writeString(project.resolve("edition.properties"), "page-images = plates\n");
    Files.writeString(project.resolve("tei/letter.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>A letter in two pages</title></titleStmt>
        <publicationStmt><p>Written for the tests.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc></fileDesc></teiHeader>
        <sourceDoc>
        <surface n="1r"><graphic url="scans/p1.jpg"/>
        <zone><line>Dear <del>Sir</del><add place="above">friend</add>,</line>
        <line>I write in <unclear>haste</unclear> <add place="margin">today</add>.</line></zone></surface>
        <surface n="1v"><graphic url="scans/p2.tif"/><zone><line>Yours, <gap reason="illegible"/></line></zone></surface>
        </sourceDoc>
        <text xml:lang="en"><body><p>Dear friend, I write in haste today. Yours.</p></body></text></TEI>
        """);
    Cli.Run run = Cli.run("build", "--pdf", "--epub", "-o", dir.resolve("out").toString(), project.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
  }

  @Test
  void thePdfHasTheKeyInItsFrontMatterAndAPlatePerPage() throws Exception {
    Path pdf = dir.resolve("out/pdf/letter.pdf");
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(2);
      String front = stripper.getText(document);
      assertTrue(front.contains("Signs used in the transcription"), front);
      for (String sign : List.of("deleted by the writer", "added above the line", "added in the margin or elsewhere on the page",
          "uncertain reading", "illegible or lost")) {
        assertTrue(front.contains(sign), sign + " in " + front);
      }
      assertFalse(front.contains("added below the line"), "only the signs the transcription uses");
      // the plates: one image a page, as large as the page allows (its body is 124 × 194 mm)
      List<String> plates = new ArrayList<>();
      int number = 0;
      for (PDPage page : document.getPages()) {
        number++;
        int at = number;
        // the images drawn on the page (its resources may list those of others)
        new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(page) {
          @Override
          public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
            java.awt.geom.Point2D.Double size = new java.awt.geom.Point2D.Double();
            var matrix = getGraphicsState().getCurrentTransformationMatrix();
            plates.add(at + ":" + image.getWidth() + "x" + image.getHeight() + ":" + Math.round(matrix.getScalingFactorX() / 72 * 25.4)
                + "x" + Math.round(matrix.getScalingFactorY() / 72 * 25.4) + "mm");
          }
          @Override public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2, java.awt.geom.Point2D p3) { }
          @Override public void clip(int windingRule) { }
          @Override public void moveTo(float x, float y) { }
          @Override public void lineTo(float x, float y) { }
          @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { }
          @Override public java.awt.geom.Point2D getCurrentPoint() { return new java.awt.geom.Point2D.Float(); }
          @Override public void closePath() { }
          @Override public void endPath() { }
          @Override public void strokePath() { }
          @Override public void fillPath(int windingRule) { }
          @Override public void fillAndStrokePath(int windingRule) { }
          @Override public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) { }
          void run() throws java.io.IOException {
            processPage(page);
          }
        }.run();
      }
      assertEquals(2, plates.size(), plates.toString());
      // each on a page of its own, as large as the page's body allows (122 mm wide, 182 mm tall
      // but for the caption), its proportions kept
      assertTrue(plates.get(0).matches("\\d+:1400x2000:122x174mm") && plates.get(1).matches("\\d+:1000x1500:121x182mm"), plates.toString());
      assertFalse(plates.get(0).split(":")[0].equals(plates.get(1).split(":")[0]), plates.toString());
      String all = new PDFTextStripper().getText(document);
      assertTrue(all.contains("⌈haste⌉") && all.contains("⟨today⟩") && all.contains("[…]"), all);
    }
    PdfTest.assertCompliant(pdf, PDFAFlavour.PDFA_2_B);
    PdfTest.assertCompliant(pdf, PDFAFlavour.PDFUA_1);
  }

  @Test
  void theEpubHoldsItsPageImagesAndPassesEpubCheck() throws Exception {
    Path epub = dir.resolve("out/epub/letter.epub");
    EpubTest.assertEpubCheckFindsNothing(epub);
    try (ZipFile zip = new ZipFile(epub.toFile())) {
      List<String> images = zip.stream().map(e -> e.getName()).filter(n -> n.startsWith("OEBPS/images/")).toList();
      assertEquals(2, images.size(), images.toString());
      assertTrue(images.stream().allMatch(n -> n.endsWith(".jpg")), "the TIFF as a JPEG: " + images);
      String page = new String(zip.getInputStream(zip.getEntry("OEBPS/text-letter.xhtml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      for (String image : images) {
        assertTrue(page.contains("<img src=\"" + image.substring("OEBPS/".length()) + "\""), image);
      }
      String title = new String(zip.getInputStream(zip.getEntry("OEBPS/title.xhtml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(title.contains("Signs used in the transcription") && title.contains("uncertain reading"), title);
    }
  }

  /** The Shelley-Godwin fair copy's images are on the Bodleian's server: its book links to them. */
  @Test
  void aBookWhoseImagesAreOnTheWebLinksToThem() throws Exception {
    Path shelley = Cli.shared().resolve("corpus/documentary-critical/docs/shelley-godwin-archive");
    Path out = dir.resolve("shelley");
    Cli.Run run = Cli.run("build", "--epub", "-o", out.toString(), shelley.toString());
    assertFalse(run.err().contains("[publish]"), run.err());
    Path epub = out.resolve("epub/ox-misery_e2_fair.epub");
    EpubTest.assertEpubCheckFindsNothing(epub);
    try (ZipFile zip = new ZipFile(epub.toFile())) {
      String page = new String(zip.getInputStream(zip.getEntry("OEBPS/text-ox-misery_e2_fair.xhtml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertEquals(5, page.split("<p class=\"facsimile-link\"><a href=\"https://iiif\\.bodleian\\.ox\\.ac\\.uk/", -1).length - 1, page);
      assertFalse(page.contains("<img src=\"https://"), "nothing loaded from the web");
    }
  }
}
