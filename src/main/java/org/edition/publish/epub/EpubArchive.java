package org.edition.publish.epub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.edition.publish.BundledFonts;
import org.edition.publish.FontSubsets;

/**
 * Zips a book folder as an EPUB container: {@code mimetype} first and stored, then every file in
 * name order with one fixed time, so that the same sources give byte-identical books. The
 * embedded fonts are cut down to what the book shows (FontSubsets) as they are added.
 */
final class EpubArchive {
  private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);

  private EpubArchive() {}

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
    // each face its share of the book's characters: the serif all it has, the others what the
    // faces before them lack
    java.util.Map<BundledFonts.Face, java.util.TreeSet<Integer>> shares =
        BundledFonts.shares(List.of(BundledFonts.serifOrder(), BundledFonts.smallCapsOrder()), FontSubsets.shownIn(folder));
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
        zip.putArchiveEntry(entry);
        if (e.font() != null) {
          zip.write(FontSubsets.subset(e.font(), shares.get(e.font())));
        } else {
          Files.copy(e.file(), zip);
        }
        zip.closeArchiveEntry();
      }
    }
  }
}
