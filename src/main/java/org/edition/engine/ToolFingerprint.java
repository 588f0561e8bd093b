package org.edition.engine;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;
import org.edition.load.ToolVersion;
import org.edition.load.Fingerprint;

/**
 * The tool itself as an input of every output: its version, and the jar (or class folder) it runs
 * from, by size and time, so that a rebuilt tool with the same version number still rebuilds.
 */
final class ToolFingerprint {
  private static String key;

  private ToolFingerprint() {}

  static synchronized String get() {
    if (key == null) {
      Fingerprint f = Fingerprint.start().add(ToolVersion.get()).add(Runtime.version().toString());
      try {
        Path code = Path.of(ToolFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(code)) {
          try (Stream<Path> walk = Files.walk(code)) {
            walk.filter(Files::isRegularFile).sorted().forEach(p -> f.add(p.toString()).add(stamp(p)));
          }
        } else {
          f.add(code.toString()).add(stamp(code));
        }
      } catch (IOException | URISyntaxException | RuntimeException e) {
        f.add("unknown code source");
      }
      key = f.hex();
    }
    return key;
  }

  private static String stamp(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
      return a.size() + "@" + a.lastModifiedTime().toMillis();
    } catch (IOException e) {
      return "unreadable";
    }
  }
}
