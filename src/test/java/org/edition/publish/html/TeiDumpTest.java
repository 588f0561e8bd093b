package org.edition.publish.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.edition.BuiltSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The edition's TEI in one archive with its checksums (data/tei.zip, data/SHA256SUMS): every
 * text's published copy byte for byte and the registers', the checksums those of the files as
 * served (what `sha256sum -c data/SHA256SUMS` checks from the site's root), the archive the same
 * bytes for the same TEI; and the about page offers it with the other data.
 */
class TeiDumpTest {
  @Test
  void theArchiveHoldsThePublishedCopiesAndTheChecksumsHold() throws Exception {
    Path html = BuiltSite.html();
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(html.resolve("data/tei.zip")))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
        // a fixed time: the archive's bytes depend on the TEI alone
        assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), entry.getTimeLocal(), entry.getName());
        byte[] content = zip.readAllBytes();
        if (entry.getName().startsWith("tei/")) {
          assertArrayEquals(Files.readAllBytes(html.resolve(entry.getName())), content, entry.getName());
        } else {
          String register = new String(content, StandardCharsets.UTF_8);
          assertTrue(register.contains("<TEI") && register.contains("listPerson"), entry.getName());
        }
      }
    }
    assertEquals(List.of("registers/registers.xml", "tei/forum-fil.xml", "tei/leylavergne-travail.xml"), names);

    List<String> lines = Files.readAllLines(html.resolve("data/SHA256SUMS"), StandardCharsets.UTF_8);
    assertEquals(List.of("tei/forum-fil.xml", "tei/leylavergne-travail.xml", "data/tei.zip"),
        lines.stream().map(l -> l.substring(66)).toList(), lines.toString());
    for (String line : lines) {
      assertTrue(line.matches("[0-9a-f]{64}  \\S+"), "sha256sum's format: " + line);
      String file = line.substring(66);
      assertEquals(line.substring(0, 64),
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(html.resolve(file)))), file);
    }

    var about = Jsoup.parse(html.resolve("about.html").toFile(), "UTF-8");
    List<String> offered = about.select("#about-data a").eachAttr("href");
    assertTrue(offered.containsAll(List.of("data/tei.zip", "data/SHA256SUMS", "dts/index.json",
        "data/registers/persons.json", "data/registers/persons.csv")), offered.toString());
    for (String href : offered) {
      assertTrue(Files.isRegularFile(html.resolve(href)), "the about page offers " + href);
    }
  }
}
