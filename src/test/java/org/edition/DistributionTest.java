package org.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution as a user gets it: target/edition-VERSION.zip unzipped into a folder of its
 * own, its bin/edition run from a working folder outside the repository, on a new edition and on
 * a folder of someone else's TEI that has no schemas/ or xslt/. Run after {@code package} (see
 * pom.xml), since it needs the zip.
 */
class DistributionTest {
  @TempDir static Path place;
  static Path home;

  @BeforeAll
  static void unzip() throws IOException {
    Path zip = Path.of(System.getProperty("edition.distribution", "target/edition-0.1.0.zip"));
    assertTrue(Files.isRegularFile(zip), zip + " is made by mvn package");
    Path into = place.resolve("installed");
    try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry entry : Collections.list(archive.getEntries())) {
        Path target = into.resolve(entry.getName()).normalize();
        assertTrue(target.startsWith(into), entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = archive.getInputStream(entry)) {
          Files.copy(in, target);
        }
        if ((entry.getUnixMode() & 0100) != 0) {
          target.toFile().setExecutable(true);
        }
      }
    }
    try (var top = Files.list(into)) {
      home = top.findFirst().orElseThrow();
    }
  }

  @Test
  void holdsTheCommandTheJarAndTheLicences() {
    for (String file : List.of("bin/edition", "bin/edition.bat", "lib/edition.jar", "LICENSE", "THIRD-PARTY.md",
        "licences/TEI.md", "licences/DejaVu-LICENSE", "licences/OFL-NotoSerifHebrew.txt",
        "licences/OFL-NotoNaskhArabic.txt", "licences/OFL-NotoSerifSC.txt", "licences/OFL-NotoSerif.txt", "licences/OFL-EBGaramond.txt", "licences/ECharts-LICENSE")) {
      assertTrue(Files.isRegularFile(home.resolve(file)), file);
    }
    assertTrue(Files.isExecutable(home.resolve("bin/edition")), "bin/edition is executable");
    assertTrue(home.getFileName().toString().matches("edition-\\d+\\.\\d+\\.\\d+.*"), home.toString());
  }

  @Test
  void aNewEditionValidatesAndBuildsFromAnyFolder() throws Exception {
    Path work = Files.createDirectories(place.resolve("somewhere-else"));
    Run made = edition(work, "new", "lettres", "--title", "Lettres choisies");
    assertEquals(0, made.code(), made.all());
    Path edition = work.resolve("lettres");
    Run valid = edition(edition, "validate");
    assertEquals(0, valid.code(), valid.all());
    assertTrue(valid.out().contains("0 errors, 0 warnings"), valid.all());
    Run built = edition(edition, "build");
    assertEquals(0, built.code(), built.all());
    assertTrue(Files.isRegularFile(edition.resolve("output/html/index.html")), built.all());
    assertTrue(listed(edition.resolve("output/pdf"), ".pdf") > 0, built.all());
    assertTrue(listed(edition.resolve("output/epub"), ".epub") > 0, built.all());
  }

  @Test
  void aFolderOfSomeoneElsesTeiIsJudgedByTeiAllAndBuilt() throws Exception {
    Path work = Files.createDirectories(place.resolve("their-texts"));
    Path texts = Files.createDirectories(work.resolve("plays"));
    Files.copy(Cli.shared().resolve("corpus/docs/rusdracor/gogol-revizor.xml"), texts.resolve("gogol-revizor.xml"));
    Files.copy(Cli.shared().resolve("corpus/docs/tei-publisher/CIDTC-3823-cortez.xml"), texts.resolve("cortez.xml"));
    // --all: its 31 dangling pointers (a taxonomy it keeps elsewhere, names where TEI reads an address) would push the grammar's errors out of the first 20 lines
    Run checked = edition(work, "validate", "--all", "plays");
    assertEquals(1, checked.code(), checked.all());
    // The letter's 12 tei_all errors (as Jing finds them), nothing from another edition's rules.
    assertEquals(12, checked.out().lines().filter(l -> l.contains("cortez.xml:") && l.contains("error: [relaxng]")).count(),
        checked.all());
    assertTrue(checked.out().lines().noneMatch(l -> l.contains("gogol-revizor.xml:") && l.contains("error:")), checked.all());
    // The web and the EPUBs: the PDFs from the distribution are the new edition's test (a play's
    // PDF set cold here was most of this class's minute, alone at the end of the suite).
    Run built = edition(work, "build", "--html", "--epub", "plays", "-o", "site");
    assertEquals(1, built.code(), built.all());
    // Pages are named by the texts' own xml:id.
    assertTrue(Files.readString(work.resolve("site/html/rus000054.html")).contains("Ревизор"), built.all());
    assertTrue(Files.isRegularFile(work.resolve("site/html/CIDTC-IDL-3823.html")), built.all());
    assertTrue(listed(work.resolve("site/epub"), ".epub") >= 2, built.all());
  }

  private static long listed(Path folder, String suffix) throws IOException {
    try (var files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(suffix)).count();
    }
  }

  record Run(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  /** bin/edition with these arguments, run in {@code folder}, with this JVM's Java. */
  private static Run edition(Path folder, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(home.resolve("bin/edition").toString()));
    command.addAll(List.of(args));
    ProcessBuilder process = new ProcessBuilder(command).directory(folder.toFile());
    process.environment().put("JAVA_HOME", System.getProperty("java.home"));
    process.environment().put("HOME", place.resolve("user").toString());
    process.environment().remove("EDITION_JAVA_OPTS");
    Path out = Files.createTempFile(place, "out", ".txt");
    Path err = Files.createTempFile(place, "err", ".txt");
    Process p = process.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "edition " + String.join(" ", args) + " did not end");
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
