package org.edition.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.edition.Cli;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Tag;

/**
 * One broken document per kind of fault: each gives its diagnostic at the expected line and
 * column, with the expected check, and makes {@code edition validate} exit with 1.
 */
@Tag("fast")
class BrokenDocumentsTest {
  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of("malformed.xml", "12:43: error: [well-formed]", "\"hi\" must be terminated"),
        Arguments.of("empty.xml", "1:1: error: [well-formed]", "the file is empty"),
        Arguments.of("not-utf8.xml", "12:14: error: [encoding]", "byte 0xE9 cannot be read as UTF-8"),
        Arguments.of("utf16be-without-bom.xml", "1:1: error: [encoding]",
            "UTF-16 (big-endian) without the byte order mark that XML requires of UTF-16: save it as UTF-8"),
        Arguments.of("utf16le-without-bom.xml", "1:1: error: [encoding]",
            "UTF-16 (little-endian) without the byte order mark that XML requires of UTF-16: save it as UTF-8"),
        Arguments.of("utf32.xml", "1:1: error: [encoding]", "the file is UTF-32 (little-endian), which XML parsers need not read"),
        Arguments.of("utf32be-without-bom.xml", "1:1: error: [encoding]", "the file is UTF-32 (big-endian)"),
        Arguments.of(
            "mislabelled-encoding.xml", "1:1: error: [encoding]", "says encoding=\"ISO-8859-1\" but the file is written in UTF-8"),
        Arguments.of("not-tei.xml", "2:44: error: [tei]", "not a TEI document: the root element is <html>"),
        Arguments.of("wrong-namespace.xml", "2:6: error: [tei]", "<TEI> is in no namespace"),
        Arguments.of("tei-p4.xml", "2:8: error: [tei]", "TEI P4 document (<TEI.2>)"),
        Arguments.of("invalid-element.xml", "13:15: error: [relaxng]", "element \"sonnet\" not allowed anywhere"),
        Arguments.of("duplicate-id.xml", "13:22: error: [relaxng]", "ID \"p1\" has already been defined"),
        Arguments.of(
            "dangling-reference.xml", "12:60: error: [pointer]", "registers.xml#pers-personne: the file registers.xml does not exist"),
        Arguments.of(
            "dangling-reference.xml", "13:34: error: [pointer]", "#inconnu: no element has xml:id=\"inconnu\""),
        Arguments.of("empty-note.xml", "12:51: error: [schematron]", "The note 1 is empty"),
        Arguments.of("bad-date.xml", "12:45: error: [schematron]", "@when=\"10/07/2010\" on <date> is not an ISO 8601 date"),
        Arguments.of("bad-date.xml", "12:45: error: [relaxng]", "value of attribute \"when\" is invalid"),
        Arguments.of("corr-without-sic.xml", "12:20: error: [schematron]", "A <corr> must stand in a <choice>"),
        Arguments.of("text-without-lang.xml", "10:9: error: [schematron]", "<text> has no @xml:lang"),
        Arguments.of(
            "xxe-local-file.xml", "3:47: error: [doctype]", "&secret; refers to the external \"file:///etc/passwd\""),
        Arguments.of("entity-bomb.xml", "21:35: error: [well-formed]", "entity expansions"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("faults")
  void reportsTheFaultWhereItIs(String fixture, String where, String message) {
    String path = "src/test/resources/broken/" + fixture;
    Cli.Run run = Cli.run("validate", path);
    String expected = path + ":" + where;
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(
        run.out().lines().anyMatch(l -> l.startsWith(expected) && l.contains(message)),
        "expected a line starting with «" + expected + "» containing «" + message + "», got:\n" + run.out());
    assertFalse(run.out().contains("Exception"), run.out());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  /**
   * RELAX NG and XSD both find the element that is not allowed: the editor reads it once, the
   * JSON report (for tools) carries both.
   */
  @org.junit.jupiter.api.Test
  void aFaultBothGrammarsFindIsPrintedOnceAndKeptInJson() {
    String path = "src/test/resources/broken/invalid-element.xml";
    Cli.Run text = Cli.run("validate", path);
    assertEquals(1, text.out().lines().filter(l -> l.startsWith(path + ":13:15: error:")).count(), text.out());
    assertTrue(text.out().contains(path + ":13:15: error: [relaxng]"), text.out());
    assertTrue(text.out().strip().endsWith("1 file, 1 error, 0 warnings"), text.out());
    Cli.Run json = Cli.run("validate", "--format", "json", path);
    assertTrue(json.out().contains("\"check\":\"xsd\"") || json.out().contains("\"check\": \"xsd\""), json.out());
    assertTrue(json.out().contains("starting with element '{sonnet}'"), json.out());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faults")
  void endsWithASummary(String fixture) {
    Cli.Run run = Cli.run("validate", "src/test/resources/broken/" + fixture);
    String last = run.out().strip().lines().reduce((a, b) -> b).orElse("");
    assertTrue(last.matches("1 file, [1-9]\\d* errors?, \\d+ warnings?"), last);
  }
}
