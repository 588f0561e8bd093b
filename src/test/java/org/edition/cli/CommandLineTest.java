package org.edition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Tag;

/** The command line an editor meets: help with examples, version, exit codes. */
@Tag("fast")
class CommandLineTest {
  @Test
  void helpListsTheCommandsAndExamples() {
    Cli.Run run = Cli.run("--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("validate"), run.out());
    assertTrue(run.out().contains("Examples:"), run.out());
    assertTrue(run.out().contains("Exit codes: 0 success, 1 the documents have errors, 2"), run.out());
  }

  @Test
  void eachCommandHasItsOwnHelpWithExamples() {
    Cli.Run run = Cli.run("validate", "--help");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().contains("--schema=FILE"), run.out());
    assertTrue(run.out().contains("--format=FORMAT"), run.out());
    assertTrue(run.out().contains("edition validate --schema"), run.out());
  }

  @Test
  void versionNamesTheTool() {
    Cli.Run run = Cli.run("--version");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().matches("(?s)edition \\d+\\.\\d+\\.\\d+.*Saxon-HE 12.*"), run.out());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, Cli.run("validate", "--no-such-option").exitCode());
    assertEquals(2, Cli.run("validate", "--format", "yaml").exitCode());
    assertEquals(2, Cli.run().exitCode());
    assertEquals(2, Cli.run("frobnicate").exitCode());
  }

  @Test
  void noDocumentAtOnceIsAUsageError() {
    for (String command : new String[] {"validate", "build"}) {
      for (String jobs : new String[] {"0", "-1"}) {
        Cli.Run run = Cli.run(command, "--jobs", jobs, "tei");
        assertEquals(2, run.exitCode(), command + " --jobs " + jobs + ": " + run.out() + run.err());
        assertTrue(run.err().contains("--jobs is a number of documents worked on at once, 1 or more, not " + jobs), run.err());
      }
    }
  }

  @Test
  void aMissingFileIsAnEnvironmentErrorNamingIt() {
    Cli.Run run = Cli.run("validate", "tei/no-such-file.xml");
    assertEquals(2, run.exitCode());
    assertEquals("edition: tei/no-such-file.xml: no such file or folder", run.err().strip());
  }

  @Test
  void aMissingSchemaIsAnEnvironmentError() {
    Cli.Run run = Cli.run("validate", "--schema", "nowhere.rng", "tei");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("nowhere.rng"), run.err());
  }

  @Test
  void anEmptyFolderHasNothingToValidate(@TempDir Path empty) {
    Cli.Run run = Cli.run("validate", empty.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("no TEI file"), run.err());
  }

  @Test
  void aFileThatIsNotXmlGetsADiagnosticNotAStackTrace(@TempDir Path dir) throws Exception {
    Path notXml = dir.resolve("notes.xml");
    Files.writeString(notXml, "Ceci n'est pas du XML.\n");
    Cli.Run run = Cli.run("validate", notXml.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.out().contains("notes.xml:1:1: error: [well-formed]"), run.out());
    assertTrue(!run.out().contains("Exception") && !run.err().contains("Exception"));
  }
}
