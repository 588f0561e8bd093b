package org.edition.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the last build read of each source file: its size and time, the fingerprint of its bytes,
 * and two facts found in them. A file whose size and time are unchanged is not read again (as git
 * and make do); any write changes its time. Kept in {@code OUTPUT/.edition-cache/files.tsv}.
 */
final class FileStamps {
  private static final String HEADER = "# edition file stamps 1";

  /**
   * @param includes it has xi:include elements (it changes with the files it includes)
   * @param registers it seems to hold registers (checked first: its rules read every file)
   */
  record Stamp(long size, long modified, String key, boolean includes, boolean registers) {}

  private FileStamps() {}

  static Map<Path, Stamp> read(Path file) {
    Map<Path, Stamp> stamps = new HashMap<>();
    for (String line : Records.read(file, HEADER)) {
      String[] f = Records.fields(line);
      try {
        if (f.length == 6) {
          stamps.put(Path.of(f[0]), new Stamp(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3],
              f[4].equals("1"), f[5].equals("1")));
        }
      } catch (IllegalArgumentException damaged) {
        return new HashMap<>();
      }
    }
    return stamps;
  }

  static void write(Path file, Map<Path, Stamp> stamps) throws IOException {
    List<String> lines = new ArrayList<>();
    stamps.forEach((path, s) -> lines.add(Records.line(path, s.size(), s.modified(), s.key(),
        s.includes() ? 1 : 0, s.registers() ? 1 : 0)));
    Records.write(file, HEADER, lines);
  }

  /** The file's size and time now, as {size, nanoseconds}, or null if it cannot be read. */
  static long[] now(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      java.time.Instant t = a.lastModifiedTime().toInstant();
      return new long[] {a.size(), t.getEpochSecond() * 1_000_000_000L + t.getNano()};
    } catch (IOException e) {
      return null;
    }
  }
}
