package org.edition.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.edition.load.ProjectLayout;

/**
 * The project's settings file, {@code edition.properties} at its root: what the command line
 * would otherwise be told every time (lang, base-url, volumes). A build fingerprints the
 * settings it uses, so that changing one rebuilds what depends on it.
 */
final class ProjectSettings {
  static final String FILE = "edition.properties";

  private final Properties properties;

  private ProjectSettings(Properties properties) {
    this.properties = properties;
  }

  static ProjectSettings read(ProjectLayout layout) {
    Properties p = new Properties();
    Path file = layout.root().resolve(FILE);
    if (Files.isRegularFile(file)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(in);
      } catch (IOException | IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": cannot be read as key=value lines: " + e.getMessage(), e);
      }
    }
    return new ProjectSettings(p);
  }

  /** The value of a setting, or null if it is not set. */
  String get(String key) {
    String value = properties.getProperty(key);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
