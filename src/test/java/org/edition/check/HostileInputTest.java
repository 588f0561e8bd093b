package org.edition.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DOCTYPE may ask for files and URLs: nothing is ever read or fetched. */
class HostileInputTest {
  @TempDir Path dir;

  private static final String BODY =
      """
      <TEI xmlns="http://www.tei-c.org/ns/1.0">
        <teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
          <publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
        <text xml:lang="fr"><body><p>Le contenu : &probe;</p></body></text>
      </TEI>
      """;

  /** Validates a file whose DOCTYPE points at a listening loopback port; returns whether it was called. */
  private boolean calledBack(String doctype, Cli.Run[] result) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(300);
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/probe";
      Path file = dir.resolve("probe.xml");
      Files.writeString(file, "<?xml version=\"1.0\"?>\n" + doctype.replace("URL", url) + "\n" + BODY);
      result[0] = Cli.run("validate", file.toString());
      try (Socket client = server.accept()) {
        return true;
      } catch (SocketTimeoutException e) {
        return false;
      }
    }
  }

  @Test
  void anExternalEntityUrlIsNeverFetched() throws Exception {
    Cli.Run[] run = new Cli.Run[1];
    assertFalse(calledBack("<!DOCTYPE TEI [ <!ENTITY probe SYSTEM \"URL\"> ]>", run));
    assertEquals(1, run[0].exitCode());
    assertTrue(run[0].out().contains("probe.xml:2:"), run[0].out());
    assertTrue(run[0].out().contains("error: [doctype] the entity &probe; refers to the external"), run[0].out());
  }

  @Test
  void anExternalDtdIsNeverFetchedButTheFileIsStillChecked() throws Exception {
    Cli.Run[] run = new Cli.Run[1];
    assertFalse(calledBack("<!DOCTYPE TEI SYSTEM \"URL\" [ <!ENTITY probe \"interne\"> ]>", run));
    assertTrue(run[0].out().contains("warning: [doctype] the DOCTYPE names the external DTD"), run[0].out());
  }

  @Test
  void aParameterEntityUrlIsNeverFetched() throws Exception {
    Cli.Run[] run = new Cli.Run[1];
    assertFalse(calledBack("<!DOCTYPE TEI [ <!ENTITY % remote SYSTEM \"URL\"> %remote; <!ENTITY probe \"x\"> ]>", run));
    assertEquals(1, run[0].exitCode());
    assertTrue(run[0].out().contains("error: [doctype] the parameter entity %remote"), run[0].out());
  }

  @Test
  void aLocalFileEntityIsNeverRead() throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "MOT-DE-PASSE-SECRET");
    Path file = dir.resolve("steal.xml");
    Files.writeString(
        file,
        "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [ <!ENTITY probe SYSTEM \"" + secret.toUri() + "\"> ]>\n" + BODY);
    byte[] before = Files.readAllBytes(file);
    for (String format : new String[] {"text", "json", "sarif"}) {
      Cli.Run run = Cli.run("validate", "--format", format, file.toString());
      assertEquals(1, run.exitCode());
      assertFalse(run.out().contains("MOT-DE-PASSE-SECRET"));
      assertFalse(run.err().contains("MOT-DE-PASSE-SECRET"));
    }
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "the source was modified");
  }
}
