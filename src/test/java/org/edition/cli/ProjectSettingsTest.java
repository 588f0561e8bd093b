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
}
