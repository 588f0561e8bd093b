package org.edition.tei;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import org.edition.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The flagship article, read back from its TEI, is the source text word for word: the words of
 * the forum copy (OCR errors included, as {@code sic}) in the same order, the notes as in the
 * source, and every name marked and pointing to a register.
 */
class FlagshipEncodingTest {
  private static final Pattern NOTE_CALL = Pattern.compile("\\((\\d)\\)");
  private static List<String> source;
  private static XdmNode article;
  private static XPathCompiler xpath;
  private static Processor processor;

  @BeforeAll
  static void read() throws Exception {
    source = Files.readAllLines(Cli.shared().resolve("seeds/000_579bec2907d742eb.txt"));
    processor = new Processor(false);
    article =
        processor.newDocumentBuilder().build(Cli.root().resolve("tei/leylavergne-travail.xml").toFile());
    xpath = processor.newXPathCompiler();
    xpath.declareNamespace("", "http://www.tei-c.org/ns/1.0");
    xpath.declareNamespace("tei", "http://www.tei-c.org/ns/1.0");
  }

  private static List<String> words(String text) {
    String t = text.strip();
    return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
  }

  /** Fails at the first word that differs, showing the words around it. */
  private static void assertSameWords(List<String> expected, List<String> actual) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      if (!expected.get(i).equals(actual.get(i))) {
        int from = Math.max(0, i - 6);
        assertEquals(
            String.join(" ", expected.subList(from, Math.min(expected.size(), i + 6))),
            String.join(" ", actual.subList(from, Math.min(actual.size(), i + 6))),
            "word " + i + " differs");
      }
    }
    assertEquals(expected.size(), actual.size(), "number of words");
  }

  private static String eval(String expression) throws Exception {
    return xpath.evaluateSingle(expression, article).getStringValue();
  }

  @Test
  void theArticleReadsAsTheSourceWordForWord() throws Exception {
    // Lines 5 to 48 of the forum copy: title line, chapeau, essay, signature; note calls aside.
    List<String> expected = new ArrayList<>();
    for (String line : source.subList(4, 48)) {
      expected.addAll(words(NOTE_CALL.matcher(line).replaceAll(" ")));
    }
    String asInSource =
        eval("string-join(/TEI/text//text()[not(ancestor::note)][not(ancestor::corr)], '')");
    assertSameWords(expected, words(asInSource));
  }

  @Test
  void theNotesReadAsTheSourceWordForWord() throws Exception {
    for (int n = 1; n <= 4; n++) {
      String line = source.get(48 + n);
      assertTrue(line.startsWith(n + ". "), line);
      String note =
          eval("string-join(/TEI/text//note[@n='" + n + "']//text()[not(ancestor::corr)], '')");
      assertSameWords(words(line.substring(3)), words(note));
    }
  }

  @Test
  void eachNoteStandsWhereTheSourceCallsIt() throws Exception {
    for (int n = 1; n <= 4; n++) {
      String before =
          eval("normalize-space(string-join(/TEI/text//note[@n='" + n
              + "']/preceding::text()[not(ancestor::note)][not(ancestor::corr)][not(ancestor::teiHeader)], ''))");
      String call = "(" + n + ")";
      String sourceBefore =
          source.stream().filter(l -> l.contains(call)).findFirst().orElseThrow();
      String tail = sourceBefore.substring(0, sourceBefore.indexOf(call)).strip();
      String lastWords = String.join(" ", words(tail).subList(words(tail).size() - 3, words(tail).size()));
      assertTrue(before.endsWith(lastWords), "note " + n + " should follow «" + lastWords + "»");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "celte", "techno-scicnlifique", "situalionnistes", "burcaucratisation-cybcrnétisation",
        "Molhé", "lâches", "inlégratif", "exploitations", "bureaucrate", "aujourdhui"
      })
  void everyOcrErrorIsAnEditorialCorrection(String error) throws Exception {
    int asSic = Integer.parseInt(eval("count(/TEI/text//choice/sic[. = '" + error + "'])"));
    int inSource =
        (int) source.subList(4, 53).stream()
            .flatMap(l -> Arrays.stream(l.split("[\\s,.;:()«»]+")))
            .filter(w -> w.equals(error))
            .count();
    assertTrue(asSic >= 1, error + " is not recorded as sic");
    assertEquals(inSource, asSic, error + ": every occurrence corrected, none silently");
    int bare =
        Integer.parseInt(
            eval("count(/TEI/text//text()[not(ancestor::sic)][tokenize(., '[\\s,.;:()«»]+') = '" + error + "'])"));
    assertEquals(0, bare, error + " left uncorrected outside sic");
  }

  @Test
  void moreThanTenCorrectionsEachWithSicAndCorr() throws Exception {
    assertTrue(Integer.parseInt(eval("count(/TEI/text//choice[sic][corr])")) > 10);
    assertEquals("0", eval("count(/TEI/text//choice[not(sic and corr)])"));
  }

  @Test
  void epigraphIsACitationOfXenophon() throws Exception {
    assertTrue(eval("/TEI/text/body/epigraph/cit/quote").startsWith("« Le travail emporte"));
    assertEquals("Xénophon", eval("normalize-space(/TEI/text/body/epigraph/cit/bibl/author)"));
  }

  @Test
  void structureOfTheEssay() throws Exception {
    assertEquals("7", eval("count(/TEI/text/body/div[head])"));
    assertEquals("3", eval("count(/TEI/text/body/div[last()]/list/item)"));
    assertEquals("Jean-Luc Leylavergne", eval("normalize-space(/TEI/text/body/closer/signed)"));
    assertEquals("1 2 3 4", eval("string-join(/TEI/text//note/@n, ' ')"));
    assertEquals("fr", eval("/TEI/text/@xml:lang"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Xénophon", "Proudhon", "Bakounine", "Stirner", "Fourier", "Castoriadis", "Gautrat", "Ohno",
        "Taylor", "Auroux", "Toyota", "Volvo", "Lip", "Fiat", "Cléon", "France",
        "Socialisme ou barbarie", "Noir & Rouge", "Echanges et mouvement", "Economique"
      })
  void everyNamedEntityIsMarkedAndPointsToTheRegisters(String name) throws Exception {
    List<String> unmarked = new ArrayList<>();
    int marked = 0;
    for (XdmItem text : xpath.evaluate("/TEI/text//text()[contains(., '" + name.replace("'", "''") + "')]", article)) {
      XdmNode node = (XdmNode) text;
      boolean inEntity =
          xpath.evaluateSingle(
                  "exists(ancestor::*[self::persName or self::orgName or self::placeName or self::title or self::rs]"
                      + "[starts-with(@ref, 'registers.xml#')])",
                  node)
              .getStringValue()
              .equals("true");
      if (inEntity) {
        marked++;
      } else {
        unmarked.add(node.getStringValue().strip());
      }
    }
    assertTrue(marked > 0, name + " is never marked");
    assertTrue(unmarked.isEmpty(), name + " unmarked in: " + unmarked);
  }

  @Test
  void xmlModelInstructionsPointAtTheProjectSchemas() throws Exception {
    for (String file : List.of("leylavergne-travail.xml", "forum-fil.xml", "registers.xml")) {
      String text = Files.readString(Cli.root().resolve("tei").resolve(file));
      for (String schema : List.of("../schemas/edition.rng", "../schemas/edition.sch")) {
        assertTrue(text.contains("<?xml-model href=\"" + schema + "\""), file + " lacks " + schema);
        assertTrue(Files.isRegularFile(Cli.root().resolve("tei").resolve(schema).normalize()));
      }
    }
  }

  @Test
  void theForumThreadIsASecondTextWithItsLinks() throws Exception {
    XdmNode forum =
        processor.newDocumentBuilder().build(Cli.root().resolve("tei/forum-fil.xml").toFile());
    assertEquals("4", xpath.evaluateSingle("count(//div[@type='post'])", forum).getStringValue());
    assertEquals(
        "http://www.pauljorion.com/blog/?p=33164#comments https://www.youtube.com/watch?v=vtdtVjIsNhQ http://kropot.free.fr/manifestevstrav.htm",
        xpath.evaluateSingle("string-join(distinct-values(//ref/@target[starts-with(., 'http')][not(ancestor::teiHeader)]), ' ')", forum)
            .getStringValue());
    assertEquals(
        "nico37 Roseau Roseau irneh09218",
        xpath.evaluateSingle("string-join(//div[@type='post']/closer/signed/persName, ' ')", forum).getStringValue());
  }

  static Path teiFile(String name) {
    return Cli.root().resolve("tei").resolve(name);
  }
}
