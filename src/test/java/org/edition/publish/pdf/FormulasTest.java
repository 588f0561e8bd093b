package org.edition.publish.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.edition.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * MathML formulas are drawn in print (JEuclid, embedded as SVG), tagged as formulas with their
 * words as alternative text, and the PDF stays PDF/A-2b and PDF/UA-1. MathML that carries scripts
 * reaches the PDF as its words only.
 */
class FormulasTest {
  @TempDir static Path dir;
  private static Path out;
  private static Cli.Run run;

  @BeforeAll
  static void build() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    Path texts = Files.createDirectories(dir.resolve("texts"));
    Files.copy(Path.of("src/test/resources/formulas/formulas.xml"), texts.resolve("formulas.xml"));
    Files.copy(Path.of("src/test/resources/hostile-markup/mathml.xml"), texts.resolve("mathml.xml"));
    out = dir.resolve("out");
    run = Cli.run("build", "--pdf", "-o", out.toString(), texts.toString());
  }

  @Test
  void formulasAreDrawnAndTaggedWithTheirWords() throws Exception {
    assertFalse((run.out() + run.err()).contains("[publish]"), run.out() + run.err());
    try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/formulas.pdf").toFile())) {
      List<String> formulas = new ArrayList<>();
      collect(pdf.getDocumentCatalog().getStructureTreeRoot(), formulas);
      assertEquals(List.of("x = − b ± b 2 − 4 a c 2 a", "e i π + 1 = 0", "∑ k = 1 n k = n ( n + 1 ) 2"), formulas);
      String text = new PDFTextStripper().getText(pdf);
      // drawn, not set as text: the tokens of the fraction are not in the page's text
      assertFalse(text.contains("4ac") || text.contains("4 a c"), text);
      assertTrue(text.contains("The roots of a quadratic are") && text.contains("And after it."), text);
    }
  }

  @Test
  void aPdfWithFormulasIsArchivalAndAccessible() throws Exception {
    PdfTest.assertCompliant(out.resolve("pdf/formulas.pdf"), PDFAFlavour.PDFA_2_B);
    PdfTest.assertCompliant(out.resolve("pdf/formulas.pdf"), PDFAFlavour.PDFUA_1);
  }

  @Test
  void mathmlCarryingScriptsIsPrintedAsItsWords() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/mathml.pdf").toFile())) {
      List<String> formulas = new ArrayList<>();
      collect(pdf.getDocumentCatalog().getStructureTreeRoot(), formulas);
      assertEquals(1, formulas.size(), formulas.toString());
      assertTrue(formulas.get(0).contains("kept words"), formulas.get(0));
      assertFalse(formulas.get(0).contains("setAttribute"), "a script's code is not a formula's word: " + formulas.get(0));
    }
  }

  private static void collect(PDStructureNode node, List<String> formulas) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if ("Formula".equals(element.getStructureType())) {
          formulas.add(element.getAlternateDescription());
        }
        collect(element, formulas);
      }
    }
  }
}
