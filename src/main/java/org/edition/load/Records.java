package org.edition.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-text files a build keeps between runs: one record per line, fields separated by tabs,
 * tabs, newlines and backslashes escaped. Written beside and moved into place, so that a reader
 * never sees half a file; a file that cannot be read is taken as empty (the build redoes more).
 */
public final class Records {
  private Records() {}

  public static String line(Object... fields) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        b.append('\t');
      }
      b.append(escape(String.valueOf(fields[i])));
    }
    return b.toString();
  }

  public static String[] fields(String line) {
    String[] raw = line.split("\t", -1);
    for (int i = 0; i < raw.length; i++) {
      raw[i] = unescape(raw[i]);
    }
    return raw;
  }

  public static List<String> read(Path file, String header) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals(header)) {
        return List.of();
      }
      return lines.subList(1, lines.size());
    } catch (IOException e) {
      return List.of();
    }
  }

  public static void write(Path file, String header, List<String> lines) throws IOException {
    Files.createDirectories(file.getParent());
    Path part = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
    List<String> all = new ArrayList<>(lines.size() + 1);
    all.add(header);
    all.addAll(lines);
    Files.write(part, all, StandardCharsets.UTF_8);
    try {
      Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(switch (n) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> n;
        });
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
