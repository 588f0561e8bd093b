package org.edition.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.edition.engine.BuildOptions;
import org.edition.load.ProjectLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `edition serve` is a preview for this machine: it answers only to its own names (no DNS
 * rebinding), never serves what a link leads to outside the site, and answers every request,
 * however odd, with a status, and a line in the terminal.
 */
@org.junit.jupiter.api.parallel.Isolated("a preview server and its rebuilds, timed")
class PreviewHardeningTest {
  @TempDir Path project;
  private EditionPreview preview;
  private int port;
  private final StringWriter terminal = new StringWriter();

  @BeforeEach
  void start() throws IOException {
    Files.writeString(project.resolve("text.xml"), """
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="text"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
        <publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
        <text xml:lang="fr"><body><p>Le texte.</p></body></text></TEI>
        """);
    BuildOptions options = new BuildOptions(List.of(project), project.resolve("output"), ProjectLayout.at(project),
        Set.of("html"), null, null, null, 2, false, false);
    preview = new EditionPreview(options, new PrintWriter(terminal, true));
    port = URI.create(preview.start(0)).getPort();
  }

  @AfterEach
  void stop() throws IOException {
    preview.close();
  }

  /** Sends a request as written (path and Host as they are) and returns the status line. */
  private String request(String rawPath, String host) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + rawPath + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return response.isEmpty() ? "" : response.lines().findFirst().orElse("");
    }
  }

  @Test
  void onlyThisMachinesNamesAreAnswered() throws IOException {
    assertTrue(request("/", "localhost:" + port).contains(" 200"));
    assertTrue(request("/", "127.0.0.1:" + port).contains(" 200"));
    assertTrue(request("/", "[::1]:" + port).contains(" 200"));
    assertTrue(request("/_edition/status", "attacker.example:" + port).contains(" 400"));
    assertTrue(request("/", "attacker.example").contains(" 400"));
  }

  @Test
  void aLinkOutOfTheSiteIsNotFollowed() throws IOException {
    Path site = project.resolve("output/html");
    Path secret = Files.writeString(Files.createTempFile("edition-secret-", ".txt"), "SECRET-OUTSIDE");
    Files.createSymbolicLink(site.resolve("etc"), Path.of("/etc"));
    Files.createSymbolicLink(site.resolve("secret.txt"), secret);
    assertTrue(request("/etc/passwd", "localhost:" + port).contains(" 403"));
    assertTrue(request("/secret.txt", "localhost:" + port).contains(" 403"));
  }

  @Test
  void everyRequestIsAnsweredAndLogged() throws IOException {
    for (String path : List.of("/a%20b.html", "/%25", "/%00", "/%3Cscript%3E", "/..%2f..%2fetc%2fpasswd", "/%ZZ", "/x\\y")) {
      String status = request(path, "localhost:" + port);
      assertTrue(status.matches("HTTP/1\\.1 [1-5]\\d\\d .*"), path + " got: " + status);
      assertFalse(status.contains(" 200"), path + " got: " + status);
    }
    String log = terminal.toString();
    assertTrue(log.contains("serve: GET /a%20b.html 404"), log);
    assertTrue(log.contains("serve: GET /%00 "), log);
    assertFalse(log.contains("\u0000"), "a control character reached the terminal");
  }

  @Test
  void theTeiCopiesAreServedAsXmlWithNoSniffing() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.getOutputStream().write(("GET /tei/text.xml HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1).toLowerCase();
      assertTrue(response.contains("content-type: application/xml"), response);
      assertTrue(response.contains("x-content-type-options: nosniff"), response);
    }
  }
}
