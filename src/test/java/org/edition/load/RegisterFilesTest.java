package org.edition.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.edition.Cli;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Which files are the registers: the build gives the stylesheets the files Java says hold a
 * register entry (TeiDocument), and the stylesheets list the entries they find in them
 * (f:register-entries). One definition: the two agree on every file of the corpus and on the
 * cases where the older definitions did not.
 */
@Tag("fast")
class RegisterFilesTest {
  private static final Processor PROCESSOR = new Processor(false);
  private static final String F = "urn:x-edition:function";

  private static Xslt30Transformer stylesheet() throws Exception {
    Path library = Cli.root().resolve("xslt/transforms/normalize.xsl");
    String wrapper = "<xsl:stylesheet version='3.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'"
        + " xmlns:xs='http://www.w3.org/2001/XMLSchema' xmlns:f='" + F + "'>"
        + "<xsl:import href='normalize.xsl'/>"
        + "<xsl:template name='count' as='xs:integer'><xsl:param name='doc' as='document-node()'/>"
        + "<xsl:sequence select='count(f:register-entries($doc))'/></xsl:template></xsl:stylesheet>";
    return PROCESSOR.newXsltCompiler()
        .compile(new StreamSource(new StringReader(wrapper), library.resolveSibling("register-files-test.xsl").toUri().toString()))
        .load30();
  }

  private static int entriesTheStylesheetsList(Xslt30Transformer xslt, XdmNode doc) throws Exception {
    xslt.setInitialTemplateParameters(java.util.Map.of(new QName("doc"), doc), false);
    return Integer.parseInt(xslt.callTemplate(new QName("count")).toString());
  }

  private static XdmNode parse(String tei) throws Exception {
    DocumentBuilder builder = PROCESSOR.newDocumentBuilder();
    return builder.build(new StreamSource(new StringReader(tei)));
  }

  private static String tei(String header, String text, String standOff) {
    return "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
        + "<publicationStmt><p/></publicationStmt>" + header + "</fileDesc></teiHeader>" + standOff
        + "<text><body>" + text + "</body></text></TEI>";
  }

  @Test
  void javaAndTheStylesheetsAgreeOnEveryFileOfTheCorpus() throws Exception {
    Xslt30Transformer xslt = stylesheet();
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Cli.root().resolve("tei"), Cli.root().resolve("../shared/corpus/docs"),
        Cli.root().resolve("../shared/corpus/documentary-critical"))) {
      try (Stream<Path> found = Files.walk(dir)) {
        found.filter(f -> f.toString().endsWith(".xml")).sorted().forEach(files::add);
      }
    }
    List<String> disagree = new ArrayList<>();
    int registers = 0;
    for (Path file : files) {
      XdmNode doc;
      try {
        doc = PROCESSOR.newDocumentBuilder().build(file.toFile());
      } catch (net.sf.saxon.s9api.SaxonApiException e) {
        continue; // the corpus keeps a few files that are not well-formed on purpose
      }
      boolean java = TeiDocument.of(file, doc).hasRegisters();
      int listed = entriesTheStylesheetsList(xslt, doc);
      registers += java ? 1 : 0;
      if (java != listed > 0) {
        disagree.add(file + ": Java " + java + ", the stylesheets list " + listed);
      }
    }
    assertEquals(List.of(), disagree);
    assertTrue(registers >= 3, "the flagship's registers, DraCor's casts and Schnitzler's letters are registers: " + registers);
  }

  @Test
  void aSourceDescriptionsWitnessesAndAListWithoutIdsAreNoRegister() throws Exception {
    Xslt30Transformer xslt = stylesheet();
    for (String tei : List.of(
        // a source's bibliography and the people of its history
        tei("<sourceDesc><listBibl><bibl xml:id='w1'>Codex</bibl></listBibl>"
            + "<listPerson><person xml:id='scribe'><persName>Scribe</persName></person></listPerson></sourceDesc>",
            "<p>x</p>", ""),
        // a list of persons in the text itself, as its words
        tei("<sourceDesc><p/></sourceDesc>", "<listPerson><person xml:id='p'><persName>P</persName></person></listPerson>", ""),
        // a standOff of annotations only, and a list whose entries have no identifier
        tei("<sourceDesc><p/></sourceDesc>", "<p>x</p>",
            "<standOff><listPerson><person><persName>Sans id</persName></person></listPerson></standOff>"))) {
      XdmNode doc = parse(tei);
      assertFalse(TeiDocument.of(Path.of("t.xml"), doc).hasRegisters(), tei);
      assertEquals(0, entriesTheStylesheetsList(xslt, doc), tei);
    }
  }

  @Test
  void worksPersonsAndPlacesWithAnIdInAStandOffAHeaderOrABackAreRegisters() throws Exception {
    Xslt30Transformer xslt = stylesheet();
    for (String tei : List.of(
        tei("<sourceDesc><p/></sourceDesc>", "<p>x</p>",
            "<standOff><listBibl><bibl xml:id='work'>Noir et Rouge</bibl></listBibl></standOff>"),
        "<tei:TEI xmlns:tei='http://www.tei-c.org/ns/1.0'><tei:teiHeader><tei:profileDesc><tei:particDesc>"
            + "<tei:listPerson><tei:person xml:id='creon'><tei:persName>Créon</tei:persName></tei:person>"
            + "</tei:listPerson></tei:particDesc></tei:profileDesc></tei:teiHeader><tei:text><tei:body><tei:p/>"
            + "</tei:body></tei:text></tei:TEI>",
        "<TEI xmlns='http://www.tei-c.org/ns/1.0'><teiHeader/><text><body><p/></body><back><listPlace>"
            + "<place xml:id='wien'><placeName>Wien</placeName></place></listPlace></back></text></TEI>")) {
      XdmNode doc = parse(tei);
      assertTrue(TeiDocument.of(Path.of("t.xml"), doc).hasRegisters(), tei);
      assertEquals(1, entriesTheStylesheetsList(xslt, doc), tei);
    }
  }
}
