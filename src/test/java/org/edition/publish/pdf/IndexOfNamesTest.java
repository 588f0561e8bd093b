package org.edition.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The print's index of names takes every name the website links: the list is made once, in common/. */
class IndexOfNamesTest {
  @TempDir Path dir;

  @Test
  void aDistrictIsIndexedWithItsPage() throws Exception {
    Path texts = dir.resolve("texts");
    org.edition.TeiFixture.write(texts, "quartier", "Quartiers",
        "<standOff><listPlace><place xml:id=\"latin\"><placeName>Quartier latin</placeName></place></listPlace></standOff>",
        "fr", "<p>Dans le <district ref=\"#latin\">Quartier latin</district>, la nuit.</p>");
    Path out = dir.resolve("out");
    Cli.run("build", "--pdf", "--html", "-o", out.toString(), texts.toString());
    try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/quartier.pdf").toFile())) {
      String printed = new PDFTextStripper().getText(pdf);
      assertTrue(printed.matches("(?s).*Quartier latin, 1\\s.*"), printed);
      assertTrue(!printed.contains("…"), printed);
    }
    assertTrue(Files.readString(out.resolve("html/quartier.html")).contains("entity places tei-district"));
  }
}
