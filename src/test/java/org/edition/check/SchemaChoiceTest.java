package org.edition.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * Which schema a text is checked against: --schema; else the grammar its {@code <?xml-model?>}
 * names, as a file beside it or through a catalog (the packaged one maps the TEI Consortium's
 * addresses of tei_all, the edition's own can add more); else the schema the settings name; else
 * tei_all. Nothing is fetched from the network.
 */
@Tag("fast")
class SchemaChoiceTest {
  @TempDir Path dir;

  private static final String TEI_ALL = "https://www.tei-c.org/release/xml/tei/custom/schema/relaxng/tei_all.rng";
  /** A grammar that takes a TEI element with nothing inside: any real text breaks it. */
  private static final String EMPTY_TEI = "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\""
      + " ns=\"http://www.tei-c.org/ns/1.0\"><start><element name=\"TEI\"><empty/></element></start></grammar>";

  /** A TEI text with a {@code <sonnet>} that no TEI schema allows. */
  private static String text(String schema) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + (schema == null ? "" : "<?xml-model href=\"" + schema + "\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n")
        + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
        + "<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n"
        + "<text><body><sonnet/></body></text></TEI>\n";
  }

  @Test
  void theConsortiumsAddressOfTeiAllIsThePackagedCopy() throws Exception {
    Path file = dir.resolve("letter.xml");
    Files.writeString(file, text(TEI_ALL));
    Cli.Run run = Cli.run("validate", file.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains(file + ":4:22: error: [relaxng] element \"sonnet\" not allowed anywhere"), run.out());
    assertFalse(run.out().contains("[xml-model]"), run.out());
    assertTrue(run.out().strip().endsWith("1 file, 2 errors, 0 warnings"), run.out());
  }

  @Test
  void aSchemaNoCatalogMapsIsNamedAndTeiAllJudges() throws Exception {
    Path file = dir.resolve("letter.xml");
    Files.writeString(file, text("https://example.org/schemas/letters.rng"));
    Cli.Run run = Cli.run("validate", file.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("warning: [xml-model] the schema https://example.org/schemas/letters.rng is not"
        + " fetched from the network and no catalog maps it to a local copy: the text is checked against tei_all.rng"),
        run.out());
    assertTrue(run.out().contains("error: [relaxng] element \"sonnet\" not allowed anywhere"), run.out());
  }

  @Test
  void anEditionsOwnCatalogMapsItsSchemaAndAMissingTargetIsSaid() throws Exception {
    Path edition = Files.createDirectories(dir.resolve("lettres"));
    Files.createDirectories(edition.resolve("tei"));
    Files.createDirectories(edition.resolve("schemas"));
    Files.writeString(edition.resolve("schemas/strict.rng"), EMPTY_TEI);
    Files.writeString(edition.resolve("catalog.xml"),
        "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">"
            + "<uri name=\"https://example.org/schemas/strict.rng\" uri=\"schemas/strict.rng\"/>"
            + "<uri name=\"https://example.org/schemas/gone.rng\" uri=\"schemas/gone.rng\"/></catalog>");
    Files.writeString(edition.resolve("edition.properties"), "catalog = catalog.xml\n");
    Files.writeString(edition.resolve("tei/a.xml"), text("https://example.org/schemas/strict.rng"));
    Files.writeString(edition.resolve("tei/b.xml"), text("https://example.org/schemas/gone.rng"));
    Cli.Run run = Cli.run("validate", "--project", edition.toString(), edition.resolve("tei").toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    // a.xml: the edition's grammar, which wants an empty <TEI>.
    assertTrue(run.out().lines().anyMatch(l -> l.contains("a.xml:3:") && l.contains("[relaxng]")
        && l.contains("element \"teiHeader\" not allowed")), run.out());
    assertFalse(run.out().lines().anyMatch(l -> l.contains("a.xml:") && l.contains("sonnet")), run.out());
    // b.xml: the catalog names a file that is not there; tei_all judges.
    assertTrue(run.out().lines().anyMatch(l -> l.contains("b.xml:2:") && l.contains("warning: [xml-model] a catalog maps"
        + " the schema https://example.org/schemas/gone.rng to ") && l.contains("gone.rng, which does not exist")), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.contains("b.xml:") && l.contains("\"sonnet\" not allowed")), run.out());
  }

  @Test
  void theSettingsNameTheSchemaOfTextsThatNameNone() throws Exception {
    Path edition = Files.createDirectories(dir.resolve("lettres"));
    Files.createDirectories(edition.resolve("tei"));
    Files.writeString(edition.resolve("strict.rng"), EMPTY_TEI);
    Files.writeString(edition.resolve("edition.properties"), "schema = strict.rng\n");
    Files.writeString(edition.resolve("tei/a.xml"), text(null));
    Files.writeString(edition.resolve("tei/b.xml"), text(TEI_ALL));
    Cli.Run run = Cli.run("validate", "--project", edition.toString(), edition.resolve("tei").toString());
    assertTrue(run.out().lines().anyMatch(l -> l.contains("a.xml:") && l.contains("\"teiHeader\" not allowed")), run.out());
    assertTrue(run.out().lines().anyMatch(l -> l.contains("b.xml:") && l.contains("\"sonnet\" not allowed")), run.out());
    assertFalse(run.out().lines().anyMatch(l -> l.contains("b.xml:") && l.contains("teiHeader")), run.out());
  }

  @Test
  void aSchemaGivenOnTheCommandLineWinsAndMustBeASchema() throws Exception {
    Path edition = Files.createDirectories(dir.resolve("lettres"));
    Files.writeString(edition.resolve("strict.rng"), EMPTY_TEI);
    Files.writeString(edition.resolve("a.xml"), text(TEI_ALL));
    Cli.Run run = Cli.run("validate", "--schema", edition.resolve("strict.rng").toString(), edition.resolve("a.xml").toString());
    assertTrue(run.out().contains("\"teiHeader\" not allowed"), run.out());
    assertFalse(run.out().contains("sonnet"), run.out());
    Files.writeString(edition.resolve("notes.txt"), "not a schema");
    Cli.Run wrong = Cli.run("validate", "--schema", edition.resolve("notes.txt").toString(), edition.resolve("a.xml").toString());
    assertEquals(2, wrong.exitCode(), wrong.out() + wrong.err());
    assertTrue(wrong.err().contains("unknown schema language"), wrong.err());
  }
}
