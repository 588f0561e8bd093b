package org.edition.publish.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.edition.load.TeiDocument;
import org.edition.publish.StagedOutput;
import org.edition.transform.StylesheetException;
import org.edition.transform.StylesheetMessage;
import org.edition.transform.Stylesheets;

/**
 * The edition's TEI in one file, with checksums: data/tei.zip holds every text's TEI copy as the
 * site publishes it (tei/ID.xml) and the registers' (registers/FILE.xml), and data/SHA256SUMS the
 * SHA-256 of each copy and of the archive, in the form `sha256sum -c` reads from the site's root.
 * The archive is the same bytes for the same TEI (its entries in order, their time fixed), so an
 * unchanged edition keeps its file and its checksum from build to build.
 */
final class TeiDump {
  static final String ARCHIVE = "data/tei.zip";
  static final String SUMS = "data/SHA256SUMS";
  /** The time every entry carries (the earliest a zip can say): the archive's bytes are the TEI's. */
  private static final LocalDateTime FIXED = LocalDateTime.of(1980, 1, 1, 0, 0);

  private TeiDump() {}

  /** Writes the archive and its checksums for the copies in {@code folder}/tei and these registers. */
  static List<String> write(Path folder, List<TeiDocument> registers, Stylesheets stylesheets, URI copyStylesheet,
      Consumer<StylesheetMessage> said) throws IOException, StylesheetException {
    Map<String, byte[]> entries = new TreeMap<>();
    Path copies = folder.resolve("tei");
    if (Files.isDirectory(copies)) {
      try (Stream<Path> files = Files.list(copies)) {
        for (Path copy : files.filter(f -> f.getFileName().toString().endsWith(".xml") && Files.isRegularFile(f)).sorted().toList()) {
          entries.put("tei/" + copy.getFileName(), Files.readAllBytes(copy));
        }
      }
    }
    for (TeiDocument register : registers) {
      ByteArrayOutputStream copy = new ByteArrayOutputStream();
      TeiCopy.write(stylesheets, copyStylesheet, register, copy, said);
      entries.put("registers/" + register.path().getFileName(), copy.toByteArray());
    }
    if (entries.isEmpty()) {
      return List.of();
    }
    Path archive = StagedOutput.freshFile(folder.resolve(ARCHIVE));
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTimeLocal(FIXED);
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    Map<String, String> sums = new LinkedHashMap<>();
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      if (e.getKey().startsWith("tei/")) {
        sums.put(e.getKey(), sha256(e.getValue()));
      }
    }
    try (InputStream in = Files.newInputStream(archive)) {
      sums.put(ARCHIVE, sha256(in));
    }
    StringBuilder lines = new StringBuilder();
    sums.forEach((file, sum) -> lines.append(sum).append("  ").append(file).append('\n'));
    Files.writeString(StagedOutput.freshFile(folder.resolve(SUMS)), lines, StandardCharsets.UTF_8);
    return new ArrayList<>(List.of(ARCHIVE, SUMS));
  }

  private static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  private static String sha256(InputStream in) throws IOException {
    MessageDigest digest = digest();
    try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
      digesting.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this Java", e);
    }
  }
}
