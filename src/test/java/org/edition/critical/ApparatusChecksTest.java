package org.edition.critical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/**
 * An apparatus's pointers are checked whatever schema the text declares: a witness that is not
 * listed, an edition's page break that names nothing, a reading's source that is nowhere, an app
 * with nothing in it, a witness that begins twice. Each is an error at its line; a sound
 * apparatus, and an EpiDoc one of notes, says nothing.
 */
@Tag("fast")
class ApparatusChecksTest {
  @TempDir Path dir;

  @Test
  void eachBrokenPointerOfTheApparatusIsAnErrorAtItsLine() throws Exception {
    String tei = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>An apparatus</title></titleStmt>
        <publicationStmt><p>Written for the tests.</p></publicationStmt><sourceDesc>
        <listWit><witness xml:id="A">A manuscript</witness><witness xml:id="B">Another</witness></listWit>
        <listBibl><bibl xml:id="ed">An edition</bibl></listBibl></sourceDesc></fileDesc></teiHeader>
        <text xml:lang="en"><body>
        <p><app><rdg wit="#A #B"><witStart/></rdg></app>The <app><lem wit="#A">first</lem><rdg wit="#C">firste</rdg></app> words,
        <pb edRef="#ed" n="2"/><pb edRef="#Z" n="3"/>
        <app><lem wit="#B" source="#nowhere">then</lem><rdg wit="#A">than</rdg></app> the rest.
        <app></app>
        <app><rdg wit="#A"><witStart/></rdg></app> again.
        <app><note>A note is an entry.</note></app></p>
        </body></text></TEI>
        """;
    Files.writeString(dir.resolve("apparatus.xml"), tei);
    Cli.Run run = Cli.run("validate", dir.resolve("apparatus.xml").toString());
    assertEquals(1, run.exitCode(), run.out() + run.err());
    List<String> lines = List.of(tei.split("\\n"));
    String said = run.out() + run.err();
    org.edition.SaidAt.assertError(said, tei, "apparatus.xml", "apparatus", "wit=\"#C\"", java.util.regex.Pattern.quote("@wit on <rdg> names #C, which is no witness of the document"));
    org.edition.SaidAt.assertError(said, tei, "apparatus.xml", "apparatus", "edRef=\"#Z\"", java.util.regex.Pattern.quote("@edRef on <pb> names #Z, which is no witness"));
    org.edition.SaidAt.assertError(said, tei, "apparatus.xml", "apparatus", "#nowhere", java.util.regex.Pattern.quote("@source on <lem> points to #nowhere"));
    org.edition.SaidAt.assertError(said, tei, "apparatus.xml", "apparatus", "<app></app>", java.util.regex.Pattern.quote("this <app> has no reading"));
    org.edition.SaidAt.assertError(said, tei, "apparatus.xml", "apparatus", " again.", java.util.regex.Pattern.quote("<witStart> for the witness #A follows another <witStart>"));
    assertEquals(5, said.split("\\[apparatus\\]", -1).length - 1, said);
  }
}
