package org.edition.publish.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The search index's files under a folder, read as one text (for tests that look for words). */
public final class SearchFiles {
  private SearchFiles() {
  }

  public static String all(Path folder) throws IOException {
    StringBuilder out = new StringBuilder();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".js")).filter(p -> p.toString().contains("/search/")).sorted().toList()) {
        out.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
      }
    }
    return out.toString();
  }
}
