package org.edition.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every pointer of every text resolves, whatever schema the text declares: a folder of plain TEI
 * (no project, no Schematron) reports each dangling one, a local #id, an id missing from another
 * file, a file that is not there, a private URI its prefixDef expands to nothing, at the line and
 * column of the element that writes it; the pointers that resolve (in the document, in a file it
 * includes, in another file, among the registers' entries, through a prefixDef) and those that
 * cannot be judged (web addresses, other schemes, files outside the edition) say nothing.
 */
class DanglingPointersTest {
  @TempDir Path dir;
  @TempDir Path elsewhere;

  private static final String HEADER = """
      <?xml version="1.0" encoding="UTF-8"?>
      <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">
      <teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
      <publicationStmt><p>Written for the tests.</p></publicationStmt><sourceDesc><p>None.</p></sourceDesc></fileDesc>
      <encodingDesc><listPrefixDef>
      <prefixDef ident="psn" matchPattern="([a-z]+)" replacementPattern="people.xml#$1"/>
      <prefixDef ident="here" matchPattern="([a-z0-9]+)" replacementPattern="#$1"/>
      <prefixDef ident="wiki" matchPattern="(.+)" replacementPattern="https://fr.wikipedia.org/wiki/$1"/>
      </listPrefixDef></encodingDesc></teiHeader>
      """;

  /** The texts of a small edition whose pointers all resolve, or are not judged. */
  private Path soundEdition() throws Exception {
    Path edition = Files.createDirectories(dir.resolve("edition"));
    Files.createDirectories(edition.resolve("parts"));
    Files.writeString(edition.resolve("text.xml"), HEADER + """
        <text xml:lang="fr"><body>
        <p xml:id="p1">Selon <persName ref="#p1">lui-même</persName>, <persName ref="psn:anne">Anne</persName>,
        <ref target="here:p1">ici</ref>, <ref target="other.xml#there other.xml">là</ref>,
        <ref target="parts/part.xml#p9">une partie</ref>, <ref target="#inc">ce qui est inclus</ref>,
        <persName ref="#pers-reg" ana="#cat-a">une entrée des registres</persName>,
        <ref target="wiki:Paris https://example.org/x mailto:a@example.org wd:Q90 doi:10.1000/1">ailleurs</ref>,
        <ref target="#xpointer(id('p1'))">un XPointer</ref>, <ref target="ELSEWHERE">dehors</ref>,
        <ref target="../outside.xml#x">hors de l'édition</ref>,
        <ref target="text.xml#p1">soi</ref>, <ref target="parts/">un dossier</ref>.</p>
        <xi:include href="parts/part.xml"/>
        </body></text></TEI>
        """.replace("ELSEWHERE", elsewhere.resolve("absent.xml").toUri() + "#x"));
    Files.writeString(edition.resolve("parts/part.xml"), """
        <div xmlns="http://www.tei-c.org/ns/1.0" xml:id="inc"><p xml:id="p9">Inclus, <ref target="../other.xml#there">autre</ref>,
        <ref target="#p1">le texte qui l'inclut</ref>.</p></div>
        """);
    Files.writeString(edition.resolve("other.xml"), HEADER + """
        <text xml:lang="fr"><body><p xml:id="there">Là, <ref target="text.xml#inc">une partie de l'autre</ref>.</p></body></text></TEI>
        """);
    Files.writeString(edition.resolve("people.xml"), HEADER + """
        <standOff><listPerson><person xml:id="anne"><persName>Anne</persName></person></listPerson></standOff>
        <text xml:lang="fr"><body><p>Personnes.</p></body></text></TEI>
        """);
    Files.writeString(edition.resolve("registers.xml"), HEADER.replace("<encodingDesc>", "<encodingDesc><classDecl>"
        + "<taxonomy><category xml:id=\"cat-a\"><catDesc>A</catDesc></category></taxonomy></classDecl>") + """
        <standOff><listPerson><person xml:id="pers-reg"><persName>R</persName></person></listPerson></standOff>
        </TEI>
        """);
    return edition;
  }

  /** A grammar that allows any XML: the pointers are judged whatever the schema. */
  private Path anything() throws Exception {
    Path rng = elsewhere.resolve("any.rng");
    Files.writeString(rng, """
        <grammar xmlns="http://relaxng.org/ns/structure/1.0">
          <start><ref name="any"/></start>
          <define name="any"><element><anyName/><zeroOrMore><choice><attribute><anyName/></attribute><text/><ref name="any"/></choice></zeroOrMore></element></define>
        </grammar>
        """);
    return rng;
  }

  @Test
  void pointersThatResolveOrCannotBeJudgedSayNothing() throws Exception {
    Path edition = soundEdition();
    Cli.Run run = Cli.run("validate", "--schema", anything().toString(), edition.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertFalse(run.out().contains("[pointer]"), run.out());
    // (the included part, not a document, is said to be one)
    assertTrue(run.out().strip().endsWith("5 files, 0 errors, 1 warning"), run.out());
  }

  @Test
  void aFolderOfPlainTeiReportsEachDanglingPointerAtItsElement() throws Exception {
    Path edition = soundEdition();
    String text = Files.readString(edition.resolve("text.xml")).replace("</body>", """
        <p>Dangling: <persName ref="#nobody">Personne</persName>,
        <ref target="other.xml#missing">un id absent</ref>,
        <persName ref="psn:nobody">un préfixe</persName>,
        <ref target="gone.xml">un fichier absent</ref> <ref target="#p1 #p404">deux, dont un absent</ref>.</p>
        </body>""");
    Files.writeString(edition.resolve("text.xml"), text);
    Cli.Run run = Cli.run("validate", edition.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    // no project here: no Schematron, tei_all only
    assertFalse(run.out().contains("[schematron]"), run.out());
    List<String> said = run.out().lines().filter(l -> l.contains("[pointer]")).toList();
    String file = edition.resolve("text.xml").toString();
    assertEquals(List.of(
        at(file, text, "<persName ref=\"#nobody\">")
            + "@ref on <persName> points to #nobody: no element has xml:id=\"nobody\" in this document"
            + " nor among the entries of the edition's registers",
        at(file, text, "<ref target=\"other.xml#missing\">")
            + "@target on <ref> points to other.xml#missing: no element has xml:id=\"missing\" in other.xml",
        at(file, text, "<persName ref=\"psn:nobody\">")
            + "@ref on <persName> points to psn:nobody (expanded by its prefixDef to people.xml#nobody):"
            + " no element has xml:id=\"nobody\" in people.xml",
        at(file, text, "<ref target=\"gone.xml\">") + "@target on <ref> points to gone.xml: the file gone.xml does not exist",
        at(file, text, "<ref target=\"#p1 #p404\">")
            + "@target on <ref> points to #p404: no element has xml:id=\"p404\" in this document"
            + " nor among the entries of the edition's registers"), said);
  }

  @Test
  void aPointerInAnIncludedFileIsReportedInThatFile() throws Exception {
    Path edition = soundEdition();
    String part = Files.readString(edition.resolve("parts/part.xml")).replace("#p1", "#p2");
    Files.writeString(edition.resolve("parts/part.xml"), part);
    Cli.Run run = Cli.run("validate", "--schema", anything().toString(), edition.toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    List<String> said = run.out().lines().filter(l -> l.contains("[pointer]")).toList();
    assertEquals(List.of(at(edition.resolve("parts/part.xml").toString(), part, "<ref target=\"#p2\">")
        + "@target on <ref> points to #p2: no element has xml:id=\"p2\" in this document"
        + " nor among the entries of the edition's registers"), said);
  }

  @Test
  void aNameWrittenWhereTeiReadsAnAddressIsSaidSo() throws Exception {
    Path edition = soundEdition();
    Files.writeString(edition.resolve("names.xml"), HEADER + """
        <text xml:lang="fr"><body><p xml:id="p1" resp="p1 Durand">Des noms, <ref target="#">un dièse seul</ref>.</p></body></text></TEI>
        """);
    Cli.Run run = Cli.run("validate", "--schema", anything().toString(), edition.resolve("names.xml").toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("@resp on <p> points to p1: there is no file p1 beside the document; the element with"
        + " xml:id=\"p1\" is #p1"), run.out());
    assertTrue(run.out().contains("@resp on <p> points to Durand: there is no file Durand beside the document (without #,"
        + " a pointer is the address of a file)"), run.out());
    assertTrue(run.out().contains("@target on <ref> points to #: an empty fragment (#) names no element"), run.out());
  }

  /** The flagship's texts: a dangling pointer is said once, by this check, not by the Schematron too. */
  @Test
  void theFlagshipsRulesDoNotSayItAgain() {
    String path = "src/test/resources/broken/dangling-reference.xml";
    Cli.Run run = Cli.run("validate", path);
    assertEquals(1, run.exitCode(), run.out() + run.err());
    List<String> errors = run.out().lines().filter(l -> l.contains(": error: ")).toList();
    assertEquals(2, errors.size(), run.out());
    assertTrue(errors.stream().allMatch(l -> l.contains("[pointer]")), run.out());
  }

  /** "path:line:column: error: [pointer] ", the position Saxon gives an element: just after its start tag. */
  private static String at(String file, String source, String startTag) {
    int offset = source.indexOf(startTag);
    assertTrue(offset >= 0, startTag);
    String before = source.substring(0, offset + startTag.length());
    int line = before.split("\n", -1).length;
    int column = before.length() - before.lastIndexOf('\n');
    return file + ":" + line + ":" + column + ": error: [pointer] ";
  }
}
