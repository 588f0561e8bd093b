package org.edition.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.edition.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** edition.properties: comments allowed; an unknown key or a wrong value stops the build with file, line and key. */
class ProjectSettingsTest {
  @TempDir Path dir;

  private Cli.Run build(Path edition) {
    return Cli.run("build", "--html", "--project", edition.toString(), "-o", edition.resolve("output").toString(),
        edition.resolve("tei").toString());
  }

  @Test
  void settingsAreCheckedKeyByKey() throws Exception {
    Path edition = dir.resolve("ed");
    assertEquals(0, Cli.run("new", edition.toString()).exitCode());
    Path settings = edition.resolve("edition.properties");

    Files.writeString(settings, "# mes réglages\nlang = en      # English labels\nvolumes = never\n");
    Cli.Run ok = build(edition);
    assertEquals(0, ok.exitCode(), ok.out() + ok.err());
    assertTrue(Files.readString(edition.resolve("output/html/index.html")).contains("lang=\"en\""));

    Files.writeString(settings, "lang = en\n\ntitre = Mes lettres\n");
    Cli.Run unknown = build(edition);
    assertEquals(2, unknown.exitCode());
    assertTrue(unknown.err().contains("edition.properties:3: unknown setting \"titre\""), unknown.err());

    Files.writeString(settings, "volumes = sometimes\n");
    Cli.Run wrong = build(edition);
    assertEquals(2, wrong.exitCode());
    assertTrue(wrong.err().contains("edition.properties:1: volumes is auto, always or never, not \"sometimes\""), wrong.err());

    Files.writeString(settings, "base-url = javascript:alert(1)\n");
    assertEquals(2, build(edition).exitCode());
    Files.writeString(settings, "lang fr\n");
    Cli.Run shape = build(edition);
    assertEquals(2, shape.exitCode());
    assertTrue(shape.err().contains("edition.properties:1: not a setting"), shape.err());
    assertFalse(shape.err().contains("\tat "), shape.err());
  }

  /**
   * A project made by someone else does not make the command read the machine's files: a
   * settings file that is a link out of the project is not read (nor printed), and the settings
   * name only files of the project (texts, registers, schemas, catalogs).
   */
  @Test
  void settingsReadAndNameOnlyTheProjectsFiles() throws Exception {
    Path edition = dir.resolve("ed");
    assertEquals(0, Cli.run("new", edition.toString()).exitCode());
    Path settings = edition.resolve("edition.properties");
    Path secret = Files.writeString(dir.resolve("secret.txt"), "MOT-DE-PASSE: hunter2\n");
    Files.delete(settings);
    Files.createSymbolicLink(settings, secret);
    Cli.Run linked = Cli.run("validate", "--project", edition.toString(), edition.resolve("tei").toString());
    assertEquals(2, linked.exitCode(), linked.out() + linked.err());
    assertTrue(linked.err().contains("edition.properties: a symbolic link to a file outside the project: it is not read"), linked.err());
    assertFalse((linked.out() + linked.err()).contains("hunter2"), linked.err());

    Files.delete(settings);
    Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(dir.resolve("elsewhere/catalog.xml"), "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\"/>");
    for (String setting : new String[] {"catalog = ../elsewhere/catalog.xml", "texts = " + dir.resolve("elsewhere"),
        "schema = ../secret.txt", "registers = ../elsewhere/catalog.xml"}) {
      Files.writeString(settings, "lang = en\n" + setting + "\n");
      Cli.Run outside = Cli.run("validate", "--project", edition.toString(), edition.resolve("tei").toString());
      assertEquals(2, outside.exitCode(), setting + ": " + outside.out() + outside.err());
      assertTrue(outside.err().matches("(?s).*edition\\.properties:2: \\w+: \\S+ is outside the project.*"), setting + ": " + outside.err());
    }
    // a link inside the project that leads out is outside too
    Files.createSymbolicLink(edition.resolve("shared"), dir.resolve("elsewhere"));
    Files.writeString(settings, "catalog = shared/catalog.xml\n");
    assertEquals(2, Cli.run("validate", "--project", edition.toString(), edition.resolve("tei").toString()).exitCode());
  }

  /**
   * The addresses that reach the pages' Content-Security-Policy (base-url, map-tiles) are judged
   * by one judge (WebAddress): a value that would add a source or a directive is refused with the
   * setting's name, in the settings file as on the command line (--base-url).
   */
  @Test
  void addressesAreJudgedTheSameInTheSettingsAndOnTheCommandLine() throws Exception {
    Path edition = dir.resolve("ed");
    assertEquals(0, Cli.run("new", edition.toString()).exitCode());
    Path settings = edition.resolve("edition.properties");
    java.util.Map<String, String> refused = new java.util.LinkedHashMap<>();
    refused.put("map-tiles = https://t.example;script-src/{z}/{x}/{y}.png", "map-tiles is a tile server's https:// address");
    refused.put("map-tiles = https://user:pw@t.example/{z}/{x}/{y}.png", "user name or password");
    refused.put("map-tiles = https://[::1]/{z}/{x}/{y}.png", "IPv6");
    refused.put("base-url = https://x/'unsafe-inline'", "base-url is an http:// or https:// address, not \"https://x/'unsafe-inline'\": it holds \"'\"");
    refused.put("base-url = https://x;script-src/", "\";\"");
    refused.put("base-url = https://editor:secret@x.example/", "user name or password");
    for (var value : refused.entrySet()) {
      Files.writeString(settings, value.getKey() + "\n");
      Cli.Run run = build(edition);
      assertEquals(2, run.exitCode(), value.getKey() + ": " + run.out() + run.err());
      assertTrue(run.err().contains("edition.properties:1: ") && run.err().contains(value.getValue()), value.getKey() + ": " + run.err());
    }
    Files.writeString(settings, "");
    for (String url : java.util.List.of("https://x/ 'unsafe-inline'", "https://x/;script-src", "javascript:alert(1)//", "https://[::1]/")) {
      Cli.Run run = Cli.run("build", "--html", "--base-url", url, "--project", edition.toString(),
          "-o", edition.resolve("output").toString(), edition.resolve("tei").toString());
      assertEquals(2, run.exitCode(), url + ": " + run.out() + run.err());
      assertTrue(run.err().contains("--base-url is an http:// or https:// address, not \"" + url + "\""), run.err());
      assertFalse(Files.exists(edition.resolve("output/html")), "nothing built with " + url);
    }
  }

  /**
   * The edition's metadata in its settings wins over its headers' on the site (title, subtitle,
   * credits, footer licence, cite box), in the PDF (title page, page size) and in the EPUB.
   */
  @Test
  void theEditionsMetadataComesFromItsSettings() throws Exception {
    Path edition = dir.resolve("ed");
    assertEquals(0, Cli.run("new", edition.toString()).exitCode());
    Files.writeString(edition.resolve("edition.properties"), String.join("\n",
        "title = Lettres \\# choisies   # the \\# is part of the title",
        "subtitle = Une édition d’essai",
        "editors = Anne Martin; Paul Durand",
        "publisher = Atelier des éditions",
        "licence = CC BY-SA 4.0",
        "page-size = A5", ""));
    Cli.Run run = Cli.run("build", "--project", edition.toString(), "-o", edition.resolve("output").toString(),
        edition.resolve("tei").toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    org.jsoup.nodes.Document home = org.jsoup.Jsoup.parse(edition.resolve("output/html/index.html").toFile(), "UTF-8");
    assertEquals("Lettres # choisies", home.selectFirst("h1").text());
    assertEquals("Une édition d’essai", home.selectFirst("p.subtitle").text());
    // French typography: a narrow no-break space before the colon.
    java.util.List<String> credits = home.select("p.responsibility").eachText().stream()
        .map(t -> t.replaceAll("[\u00a0\u202f]", " ")).toList();
    assertTrue(credits.contains("Édition établie par : Anne Martin, Paul Durand"), credits.toString());
    assertTrue(credits.contains("Publié par : Atelier des éditions"), credits.toString());
    assertEquals("CC BY-SA 4.0", home.selectFirst("footer p.licence").text());
    assertEquals("CC BY-SA 4.0", home.selectFirst("main p.licence").text());
    assertFalse(home.text().contains("Attribution 4.0"), "the registers' licence gives way to the settings'");
    org.jsoup.nodes.Document about = org.jsoup.Jsoup.parse(edition.resolve("output/html/about.html").toFile(), "UTF-8");
    assertEquals("Lettres # choisies", about.selectFirst("#about-edition h2").text());
    assertTrue(about.selectFirst("#about-edition").text().contains("Anne Martin, Paul Durand"), about.toString());
    org.jsoup.nodes.Document text = org.jsoup.Jsoup.parse(edition.resolve("output/html/example.html").toFile(), "UTF-8");
    assertEquals("Lettres # choisies", text.selectFirst(".site-title").text());
    assertTrue(text.selectFirst(".cite-box .citation").text().contains("Lettres # choisies, édition établie par Anne Martin, Paul Durand"),
        text.selectFirst(".cite-box").text());
    assertTrue(text.selectFirst(".cite-box .bibtex").text().contains("editor = {Anne Martin and Paul Durand}"),
        text.selectFirst(".cite-box").text());
    Path pdf;
    try (var pdfs = Files.list(edition.resolve("output/pdf"))) {
      pdf = pdfs.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
    }
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      var box = doc.getPage(0).getMediaBox();
      assertEquals(148 / 25.4 * 72, box.getWidth(), 1.0);
      assertEquals(210 / 25.4 * 72, box.getHeight(), 1.0);
      String first = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertTrue(first.contains("Lettres # choisies") && first.contains("Anne Martin, Paul Durand"), first);
    }
  }
}
