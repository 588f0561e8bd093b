package org.edition.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.edition.Cli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema a document names may ask for parts of itself (xs:import, xs:include, xs:redefine, a
 * RELAX NG include or externalRef, an RNC include): none is ever fetched from the network, and
 * the parts of a document's own schema are read only from the edition's folder and the schema's.
 * The refusal is an error at the document's xml-model, naming the schema's line.
 */
class SchemaPartsTest {
  @TempDir Path dir;
  @TempDir Path elsewhere;
  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private String base;

  @BeforeEach
  void listen() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static String tei(String schema, String type) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<?xml-model href=\"" + schema + "\" " + type + "?>\n"
        + "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>"
        + "<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>\n"
        + "<text xml:lang=\"fr\"><body><p>Un texte.</p></body></text></TEI>\n";
  }

  private static final String XSD = "schematypens=\"http://www.w3.org/2001/XMLSchema\"";
  private static final String RNG = "schematypens=\"http://relaxng.org/ns/structure/1.0\"";

  private static String xsd(String parts) {
    return "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"http://www.tei-c.org/ns/1.0\""
        + " elementFormDefault=\"qualified\">\n" + parts + "\n<xs:element name=\"TEI\"/>\n</xs:schema>\n";
  }

  /** Writes a text naming {@code schemaFile} with that content; returns the edition's folder. */
  private Path edition(String name, String schemaFile, String schema, String type) throws Exception {
    Path folder = Files.createDirectories(dir.resolve(name));
    Files.writeString(folder.resolve(schemaFile), schema);
    Files.writeString(folder.resolve("text.xml"), tei(schemaFile, type));
    return folder;
  }

  private void assertRefused(Path folder, String address, String schemaLine) throws Exception {
    assertRefused(folder, address, schemaLine, false);
  }

  /** @param build whether to build the site too (the refusal is the same, the text is published) */
  private void assertRefused(Path folder, String address, String schemaLine, boolean build) throws Exception {
    java.util.List<Cli.Run> runs = new java.util.ArrayList<>(java.util.List.of(Cli.run("validate", folder.toString())));
    if (build) {
      runs.add(Cli.run("build", "--html", "-o", dir.resolve("out-" + folder.getFileName()).toString(), folder.toString()));
    }
    for (Cli.Run run : runs) {
      String all = run.out() + run.err();
      assertEquals(1, run.exitCode(), all);
      assertTrue(all.lines().anyMatch(l -> l.matches(".*text\\.xml:2:\\d+: error: \\[xml-model\\] cannot load schema .*"
          + java.util.regex.Pattern.quote(schemaLine) + ".*" + java.util.regex.Pattern.quote(address) + " is not read.*")), all);
      assertFalse(all.contains("Exception"), all);
    }
    assertTrue(!build || Files.isRegularFile(dir.resolve("out-" + folder.getFileName()).resolve("html/text.html")),
        "the text is published all the same");
  }

  @Test
  void anXsdsImportIncludeAndRedefineOfAUrlAreNeverFetched() throws Exception {
    assertRefused(edition("import", "own.xsd",
        xsd("<xs:import namespace=\"urn:x\" schemaLocation=\"" + base + "imported.xsd\"/>"), XSD),
        base + "imported.xsd", "own.xsd:2:", true);
    assertRefused(edition("include", "own.xsd", xsd("<xs:include schemaLocation=\"" + base + "included.xsd\"/>"), XSD),
        base + "included.xsd", "own.xsd:2:");
    assertRefused(edition("redefine", "own.xsd", xsd("<xs:redefine schemaLocation=\"" + base + "redefined.xsd\"/>"), XSD),
        base + "redefined.xsd", "own.xsd:2:");
    assertEquals(0, requests.get(), "the server was asked");
  }

  @Test
  void aRelaxNgIncludeOrExternalRefOfAUrlIsNeverFetchedInEitherSyntax() throws Exception {
    assertRefused(edition("rng", "own.rng", "<grammar xmlns=\"http://relaxng.org/ns/structure/1.0\">"
        + "<include href=\"" + base + "included.rng\"/><start><externalRef href=\"" + base + "ref.rng\"/></start></grammar>", RNG),
        base + "included.rng", "own.rng");
    assertRefused(edition("rnc", "own.rnc", "include \"" + base + "included.rnc\"\nstart = element TEI { text }\n",
        "type=\"application/relax-ng-compact-syntax\""), base + "included.rnc", "own.rnc");
    assertEquals(0, requests.get(), "the server was asked");
  }

  @Test
  void anXsiSchemaLocationIsNeverFetched() throws Exception {
    Path folder = edition("hint", "own.xsd", xsd(""), XSD);
    Files.writeString(folder.resolve("text.xml"), Files.readString(folder.resolve("text.xml")).replace(
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://www.tei-c.org/ns/1.0 "
            + base + "hint.xsd urn:x " + base + "other.xsd\" xsi:noNamespaceSchemaLocation=\"" + base + "none.xsd\">"));
    Cli.Run run = Cli.run("validate", folder.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(0, requests.get(), "the server was asked");
  }

  @Test
  void aDocumentsOwnSchemaReadsNoPartFromOutsideTheEdition() throws Exception {
    Path outside = elsewhere.resolve("part.xsd");
    Files.writeString(outside, xsd(""));
    Path folder = edition("outside", "own.xsd", xsd("<xs:include schemaLocation=\"" + outside.toUri() + "\"/>"), XSD);
    assertRefused(folder, outside.toUri().toString(), "own.xsd:2:");
    // a part beside the schema is read as before
    Files.writeString(folder.resolve("beside.xsd"), xsd("").replace("<xs:element name=\"TEI\"/>", ""));
    Files.writeString(folder.resolve("own.xsd"), xsd("<xs:include schemaLocation=\"beside.xsd\"/>")
        .replace("<xs:element name=\"TEI\"/>", "<xs:element name=\"TEI\"><xs:complexType><xs:sequence>"
            + "<xs:any processContents=\"skip\" maxOccurs=\"unbounded\"/></xs:sequence></xs:complexType></xs:element>"));
    Cli.Run run = Cli.run("validate", folder.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
  }
}
