package org.edition.engine;

import org.edition.load.Records;

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
 * facts found in them, and the local images it names. A file whose size and time are unchanged is
 * not read again (as git and make do); any write changes its time. Kept in {@code OUTPUT/.edition-cache/files.tsv}.
 */
final class FileStamps {
  private static final String HEADER = "# edition file stamps 2";

  /**
   * @param includes it has xi:include elements (it changes with the files it includes)
   * @param registers it seems to hold registers (checked first: its rules read every file)
   * @param images the files its facsimiles seem to name (graphic/@url, @facs), absolute: what is
   *     made of the file changes with them
   */
  record Stamp(long size, long modified, String key, boolean includes, boolean registers, List<String> images) {
    Stamp {
      images = List.copyOf(images);
    }
  }

  /** An address a file's facsimiles write (a graphic's url, a facs), found in its bytes. */
  private static final java.util.regex.Pattern IMAGE_ADDRESS =
      java.util.regex.Pattern.compile("\\s(?:url|facs)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  /** The local files a file's text seems to name as images (a guess from its bytes: never read as XML here). */
  static List<String> imagesNamed(Path file, String text) {
    List<String> images = new ArrayList<>();
    java.util.regex.Matcher m = IMAGE_ADDRESS.matcher(text);
    Path folder = file.toAbsolutePath().normalize().getParent();
    while (m.find()) {
      String value = m.group(1) != null ? m.group(1) : m.group(2);
      for (String token : value.strip().split("\\s+")) {
        if (token.isEmpty() || token.startsWith("#") || token.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*|^/.*")
            || !org.edition.load.FacsimileImage.namesPicture(token)) {
          continue;
        }
        try {
          String image = folder.resolve(token).normalize().toString();
          if (!images.contains(image)) {
            images.add(image);
          }
        } catch (java.nio.file.InvalidPathException ignored) {
          // not a path: the check stage says so
        }
      }
    }
    return images;
  }

  private FileStamps() {}

  static Map<Path, Stamp> read(Path file) {
    Map<Path, Stamp> stamps = new HashMap<>();
    for (String line : Records.read(file, HEADER)) {
      String[] f = Records.fields(line);
      try {
        if (f.length == 7) {
          stamps.put(Path.of(f[0]), new Stamp(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3],
              f[4].equals("1"), f[5].equals("1"), f[6].isEmpty() ? List.of() : List.of(f[6].split("\n"))));
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
        s.includes() ? 1 : 0, s.registers() ? 1 : 0, String.join("\n", s.images()))));
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
