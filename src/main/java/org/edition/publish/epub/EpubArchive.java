package org.edition.publish.epub;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.edition.publish.BundledFonts;

/**
 * Zips a book folder as an EPUB container: {@code mimetype} first and stored, then every file in
 * name order with one fixed time, so that the same sources give byte-identical books. The
 * embedded fonts, the same in every book and most of its weight, are deflated once per run and
 * copied into each book as they are.
 */
final class EpubArchive {
  private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
  private static final Map<String, Deflated> FONTS = new ConcurrentHashMap<>();

  private EpubArchive() {}

  /** A file deflated ahead of time: what a zip entry needs to take it as it is. */
  private record Deflated(byte[] raw, long size, long crc) {
    static Deflated of(byte[] bytes) throws IOException {
      CRC32 crc = new CRC32();
      crc.update(bytes);
      ByteArrayOutputStream raw = new ByteArrayOutputStream(bytes.length / 2);
      Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
      try (DeflaterOutputStream out = new DeflaterOutputStream(raw, deflater)) {
        out.write(bytes);
      } finally {
        deflater.end();
      }
      return new Deflated(raw.toByteArray(), bytes.length, crc.getValue());
    }
  }

  /** One entry of the book: a file of the folder, or a font. */
  private record Entry(String name, Path file, BundledFonts.Face font) {}

  /**
   * @param fontFolder where in the book the fonts go (e.g. OEBPS/fonts)
   */
  static void write(Path folder, Path epub, Instant time, String fontFolder, List<BundledFonts.Face> fonts)
      throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("mimetype"))
          .forEach(p -> entries.add(new Entry(folder.relativize(p).toString().replace('\\', '/'), p, null)));
    }
    for (BundledFonts.Face face : fonts) {
      entries.add(new Entry(fontFolder + "/" + face.file(), null, face));
    }
    entries.sort(Comparator.comparing(Entry::name));
    long millis = time.toEpochMilli();
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(org.edition.publish.StagedOutput.freshFile(epub))) {
      zip.setUseZip64(Zip64Mode.Never);
      ZipArchiveEntry mimetype = new ZipArchiveEntry("mimetype");
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(MIMETYPE.length);
      CRC32 crc = new CRC32();
      crc.update(MIMETYPE);
      mimetype.setCrc(crc.getValue());
      mimetype.setTime(millis);
      zip.putArchiveEntry(mimetype);
      zip.write(MIMETYPE);
      zip.closeArchiveEntry();
      for (Entry e : entries) {
        ZipArchiveEntry entry = new ZipArchiveEntry(e.name());
        entry.setTime(millis);
        entry.setMethod(ZipEntry.DEFLATED);
        if (e.font() != null) {
          Deflated font = font(e.font());
          entry.setSize(font.size());
          entry.setCompressedSize(font.raw().length);
          entry.setCrc(font.crc());
          zip.addRawArchiveEntry(entry, new ByteArrayInputStream(font.raw()));
        } else {
          zip.putArchiveEntry(entry);
          Files.copy(e.file(), zip);
          zip.closeArchiveEntry();
        }
      }
    }
  }

  private static Deflated font(BundledFonts.Face face) throws IOException {
    Deflated known = FONTS.get(face.file());
    if (known == null) {
      known = Deflated.of(BundledFonts.bytes(face));
      FONTS.put(face.file(), known);
    }
    return known;
  }
}
