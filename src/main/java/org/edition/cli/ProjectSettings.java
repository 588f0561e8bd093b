package org.edition.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.edition.load.ProjectLayout;

/**
 * The project's settings file, {@code edition.properties} at its root: what the command line
 * would otherwise be told every time (lang, base-url, volumes), one {@code key = value} a line,
 * {@code #} starting a comment. An unknown key or a value that is not one the key takes is an
 * error naming the file, the line and the key. A build fingerprints the settings it uses, so that
 * changing one rebuilds what depends on it.
 */
final class ProjectSettings {
  static final String FILE = "edition.properties";

  /** Each setting, with the values it takes. */
  private static final Map<String, Pattern> KEYS = Map.of(
      "lang", Pattern.compile("fr|en"),
      "base-url", Pattern.compile("https?://[^\\s#]+"),
      "volumes", Pattern.compile("auto|always|never"));
  private static final Map<String, String> SAY = Map.of(
      "lang", "fr or en",
      "base-url", "an http:// or https:// address",
      "volumes", "auto, always or never");

  private final Map<String, String> values;

  private ProjectSettings(Map<String, String> values) {
    this.values = values;
  }

  /** @throws IllegalArgumentException naming the file, line and key of a setting that is not right */
  static ProjectSettings read(ProjectLayout layout) {
    Path file = layout.root().resolve(FILE);
    Map<String, String> values = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return new ProjectSettings(values);
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      String where = file + ":" + (i + 1) + ": ";
      int equals = line.indexOf('=');
      if (equals < 0) {
        throw new IllegalArgumentException(where + "not a setting (key = value): " + line);
      }
      String key = line.substring(0, equals).strip();
      String value = line.substring(equals + 1).replaceFirst("\\s+#.*$", "").strip();
      Pattern allowed = KEYS.get(key);
      if (allowed == null) {
        throw new IllegalArgumentException(where + "unknown setting \"" + key + "\" (the settings are "
            + String.join(", ", new java.util.TreeSet<>(KEYS.keySet())) + ")");
      }
      if (!value.isEmpty() && !allowed.matcher(value).matches()) {
        throw new IllegalArgumentException(where + key + " is " + SAY.get(key) + ", not \"" + value + "\"");
      }
      if (values.containsKey(key)) {
        throw new IllegalArgumentException(where + key + " is set twice");
      }
      values.put(key, value);
    }
    return new ProjectSettings(values);
  }

  /** The value of a setting, or null if it is not set. */
  String get(String key) {
    String value = values.get(key);
    return value == null || value.isBlank() ? null : value;
  }
}
