package org.edition.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.edition.check.Diagnostic;
import org.edition.check.EditionValidator;
import org.edition.check.SchemaSet;
import org.edition.load.DocumentPool;
import org.edition.load.XmlParsing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text's local pointer (#id) may name an entry of the edition's registers, as the publishers
 * read it: an entry of a registers file that the check stage takes from the last build (unchanged,
 * not read again) still counts, and one removed from the registers makes the text's pointer an
 * error at the next build.
 */
class RegisterEntriesTest {
  @TempDir Path dir;

  private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
      + "<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n";

  private List<CheckedFile> run(List<Path> files, Map<Path, CheckedFile> previous) throws Exception {
    XmlParsing parsing = new XmlParsing();
    SchemaSet schemas = new SchemaSet(parsing.processor(), null, dir);
    EditionValidator validator = new EditionValidator(parsing, schemas, dir);
    validator.keepTreesIn(new DocumentPool(parsing, dir));
    CheckStage stage = new CheckStage(() -> validator, "", Progress.quiet(), Map.of());
    try (Parallel parallel = new Parallel(1)) {
      return stage.run(files, previous, parallel, () -> {});
    }
  }

  private static List<String> pointerErrors(List<CheckedFile> checked) {
    return checked.stream().flatMap(c -> c.diagnostics().stream())
        .filter(d -> d.check().equals("pointer")).map(Diagnostic::message).toList();
  }

  @Test
  void theEntriesOfAnUncheckedRegistersFileStillCount() throws Exception {
    Path text = dir.resolve("text.xml");
    Path registers = dir.resolve("registers.xml");
    Files.writeString(text, HEAD + "<text xml:lang=\"fr\"><body><p>Chez <persName ref=\"#pers-a\">A</persName>.</p></body></text></TEI>\n");
    Files.writeString(registers, HEAD + "<standOff><listPerson><person xml:id=\"pers-a\"><persName>A</persName></person>"
        + "</listPerson></standOff><text xml:lang=\"fr\"><body><p>Registres.</p></body></text></TEI>\n");
    List<Path> files = List.of(registers, text);
    List<CheckedFile> first = run(files, Map.of());
    assertEquals(List.of(), pointerErrors(first));
    assertEquals(List.of("pers-a"), first.get(0).entries());

    // a word of the text changes: it alone is checked again, the registers come from the last build
    Map<Path, CheckedFile> previous = new HashMap<>();
    first.forEach(c -> previous.put(c.path(), c));
    Files.writeString(text, Files.readString(text).replace("Chez", "Avec"));
    List<CheckedFile> second = run(files, previous);
    assertTrue(second.get(0) == previous.get(registers), "the registers file is taken from the last build");
    assertEquals(List.of(), pointerErrors(second));

    // the entry goes: the text's pointer leads nowhere
    second.forEach(c -> previous.put(c.path(), c));
    Files.writeString(registers, Files.readString(registers).replace("pers-a", "pers-b"));
    assertEquals(List.of("@ref on <persName> points to #pers-a: no element has xml:id=\"pers-a\" in this document"
        + " nor among the entries of the edition's registers"), pointerErrors(run(files, previous)));
  }
}
