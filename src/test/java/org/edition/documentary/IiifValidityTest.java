package org.edition.documentary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.edition.Cli;
import org.edition.TeiFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The IIIF documents a build writes are what the specifications say, as a maintained model of
 * them reads them (Allmaps' IIIF parser, from npm, installed in .ci/iiif by .ci/run): the
 * Shelley-Godwin fair copy's Presentation 3.0 manifest (its images on the Bodleian's server), and
 * a text with its own page images (manifest and Image API 3.0 info.json of the static service).
 */
class IiifValidityTest {
  private static final Path CHECK = Cli.root().resolve(".ci/iiif/check.mjs");
  private static final Path PARSER = Cli.root().resolve(".ci/iiif/node_modules/@allmaps/iiif-parser");

  @TempDir Path dir;

  @Test
  void manifestsAndImageServicesAreValidIiif() throws Exception {
    assertTrue(Files.isDirectory(PARSER), "Allmaps' IIIF parser is missing: .ci/run installs it ("
        + "npm install --prefix .ci/iiif --ignore-scripts @allmaps/iiif-parser@1.0.0-beta.49)");
    Path shelley = Cli.shared().resolve("corpus/documentary-critical/docs/shelley-godwin-archive");
    Path out = dir.resolve("shelley");
    Cli.Run run = Cli.run("build", "--html", "--base-url", "https://edition.example.org/misery/", "-o", out.toString(), shelley.toString());
    // tei_all has its errors about the fair copy's includes; published all the same
    assertTrue(!run.err().contains("[publish]") && !run.err().contains("[facsimile]"), run.err());

    Path texts = dir.resolve("letters");
    Files.createDirectories(texts.resolve("scans"));
    ImageIO.write(new BufferedImage(1400, 2000, BufferedImage.TYPE_INT_RGB), "jpg", texts.resolve("scans/p1.jpg").toFile());
    TeiFixture.write(texts, "letter", "A letter",
        "<sourceDoc><surface n=\"1r\"><graphic url=\"scans/p1.jpg\"/><zone><line>Dear friend</line></zone></surface></sourceDoc>",
        "en", "<p>Dear friend.</p>");
    Path local = dir.resolve("local");
    run = Cli.run("build", "--html", "--base-url", "https://edition.example.org/letters", "-o", local.toString(), texts.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());

    List<String> files = new ArrayList<>();
    files.add(out.resolve("html/iiif/ox-misery_e2_fair/manifest.json").toString());
    files.add(local.resolve("html/iiif/letter/manifest.json").toString());
    try (var walk = Files.walk(local.resolve("html/iiif/images"))) {
      walk.filter(p -> p.getFileName().toString().equals("info.json")).forEach(p -> files.add(p.toString()));
    }
    assertEquals(3, files.size(), files.toString());
    List<String> command = new ArrayList<>(List.of("node", CHECK.toString()));
    command.addAll(files);
    Process node = new ProcessBuilder(command).directory(CHECK.getParent().toFile()).redirectErrorStream(true).start();
    String said = new String(node.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, node.waitFor(), said);
    List<String> lines = said.lines().toList();
    assertTrue(lines.get(0).matches(".*\tmanifest\tversion 3\tcanvases 5\t5410x6872 https://iiif\\.bodleian\\.ox\\.ac\\.uk/iiif/image/.*"), said);
    assertTrue(lines.get(1).matches(".*\tmanifest\tversion 3\tcanvases 1\t1400x2000 https://edition\\.example\\.org/letters/iiif/images/[0-9a-f]{16}"), said);
    assertTrue(lines.get(2).matches(".*info\\.json\timage\tversion 3\t.*"), said);
  }
}
