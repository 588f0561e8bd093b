package org.edition.publish.epub;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips a book folder as an EPUB container: {@code mimetype} first and stored, then every file in
 * name order with one fixed time, so that the same sources give byte-identical books.
 */
final class EpubArchive {
  private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);

  private EpubArchive() {}

  static void write(Path folder, Path epub, Instant time) throws IOException {
    FileTime fixed = FileTime.from(time);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().equals("mimetype"))
          .sorted((a, b) -> entryName(folder, a).compareTo(entryName(folder, b)))
          .toList();
    }
    try (OutputStream out = Files.newOutputStream(epub);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry mimetype = new ZipEntry("mimetype");
      mimetype.setMethod(ZipEntry.STORED);
      mimetype.setSize(MIMETYPE.length);
      mimetype.setCompressedSize(MIMETYPE.length);
      CRC32 crc = new CRC32();
      crc.update(MIMETYPE);
      mimetype.setCrc(crc.getValue());
      stamp(mimetype, fixed);
      zip.putNextEntry(mimetype);
      zip.write(MIMETYPE);
      zip.closeEntry();
      for (Path file : files) {
        ZipEntry entry = new ZipEntry(entryName(folder, file));
        stamp(entry, fixed);
        zip.putNextEntry(entry);
        Files.copy(file, zip);
        zip.closeEntry();
      }
    }
  }

  /** Only the DOS time: extended timestamps are extra fields, which EPUB forbids on mimetype. */
  private static void stamp(ZipEntry entry, FileTime time) {
    entry.setTime(time.toMillis());
  }

  private static String entryName(Path folder, Path file) {
    return folder.relativize(file).toString().replace('\\', '/');
  }
}
