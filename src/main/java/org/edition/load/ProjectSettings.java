package org.edition.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The project's settings file, {@code edition.properties} at its root: the edition's metadata and
 * what the command line would otherwise be told every time, one {@code key = value} a line,
 * {@code #} starting a comment. An unknown key or a value that is not one the key takes is an
 * error naming the file, the line and the key. A build fingerprints the settings it uses, so that
 * changing one rebuilds what depends on it.
 */
public final class ProjectSettings {
  public static final String FILE = "edition.properties";

  /**
   * A setting: the values it takes, how the errors say them, and for an address, why
   * a value of the right shape is still refused (null when it is not).
   */
  private record Key(Pattern values, String say, java.util.function.Function<String, String> refusal) {
    Key(Pattern values, String say) {
      this(values, say, value -> null);
    }
  }

  private static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}]{1,500}");
  /** How the errors say what {@link #TEXT} takes. */
  private static final String ONE_LINE = " (500 characters at most, no control character)";
  private static final Pattern PATHS = Pattern.compile("[^\\p{Cntrl}]{1,2000}");
  private static final Map<String, Key> KEYS = Map.ofEntries(
      Map.entry("title", new Key(TEXT, "the edition's title" + ONE_LINE)),
      Map.entry("subtitle", new Key(TEXT, "a subtitle" + ONE_LINE)),
      Map.entry("editors", new Key(TEXT, "the editors' names, separated by ;" + ONE_LINE)),
      Map.entry("publisher", new Key(TEXT, "the publisher's name" + ONE_LINE)),
      Map.entry("licence", new Key(TEXT, "a licence's name or address" + ONE_LINE)),
      Map.entry("lang", new Key(Pattern.compile("fr|en"), "fr or en")),
      Map.entry("base-url", new Key(Pattern.compile("(?i)https?://[^?#]+"), "an http:// or https:// address",
          url -> webRefusal(WebAddress::parse, url))),
      Map.entry("texts", new Key(PATHS, "folders or files, relative to the project, separated by spaces")),
      Map.entry("registers", new Key(PATHS, "the files that hold the registers, relative to the project, separated by spaces")),
      Map.entry("schema", new Key(PATHS, "schema files (.rng, .xsd, .sch), relative to the project, separated by spaces")),
      Map.entry("catalog", new Key(PATHS, "XML catalog files, relative to the project, separated by spaces")),
      Map.entry("volumes", new Key(Pattern.compile("auto|always|never"), "auto, always or never")),
      Map.entry("dts", new Key(Pattern.compile("auto|always|never"), "auto, always or never")),
      Map.entry("page-size", new Key(Pattern.compile("A4|A5|B5|letter|royal|crown|\\d+(\\.\\d+)?mm x \\d+(\\.\\d+)?mm"),
          "A4, A5, B5, letter, royal, crown or WIDTHmm x HEIGHTmm")),
      Map.entry("page-images", new Key(Pattern.compile("plates|none"), "plates or none")),
      Map.entry("zones", new Key(Pattern.compile("reading-order|coordinates"), "reading-order or coordinates")),
      Map.entry("map-tiles", new Key(Pattern.compile("(?i)https://[^/]+/.*\\{z\\}.*"),
          "a tile server's https:// address with {z}, {x} and {y}",
          tiles -> webRefusal(WebAddress::tilesOrigin, tiles))));

  /**
   * Every key a settings file may set, in alphabetical order: the keys the parser accepts, and
   * those docs/settings.md documents (a test holds the two together).
   */
  public static java.util.SortedSet<String> keys() {
    return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(KEYS.keySet()));
  }

  private final Path file;
  private final Map<String, String> values;

  private ProjectSettings(Path file, Map<String, String> values) {
    this.file = file;
    this.values = values;
  }

  /** A settings file is a few lines: a larger one is not one (a log, a device). */
  static final long MAX_BYTES = 1 << 20;

  /** The settings of the project at {@code root}: none if it has no settings file. */
  public static ProjectSettings read(Path root) {
    Path file = root.resolve(FILE);
    Map<String, String> values = new LinkedHashMap<>();
    if (!Files.isRegularFile(file)) {
      return new ProjectSettings(file, values);
    }
    // A project made by someone else must not make the command read, and print in its errors,
    // a file of this machine (a link to /etc/passwd, to a key).
    if (!Sandbox.containsFile(Sandbox.realPath(root), file)) {
      throw new IllegalArgumentException(file + ": a symbolic link to a file outside the project: it is not read");
    }
    List<String> lines;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new IllegalArgumentException(file + ": " + String.format(java.util.Locale.ROOT, "%,d", Files.size(file))
            + " bytes, not a settings file (a few lines): it is not read");
      }
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": cannot be read: " + e.getMessage(), e);
    }
    return parse(root, file, lines);
  }

  /**
   * The settings of the text of a settings file, read as {@link #read} does: for {@code init},
   * which checks what it is about to write.
   */
  public static ProjectSettings parse(Path root, List<String> lines) {
    return parse(root, root.resolve(FILE), lines);
  }

  private static ProjectSettings parse(Path root, Path file, List<String> lines) {
    Map<String, String> values = new LinkedHashMap<>();
    Path project = Sandbox.realPath(root);
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
      // A # after a space starts a comment; \# is a # of the value.
      String value = line.substring(equals + 1).replaceFirst("\\s+(?<!\\\\)#.*$", "").replace("\\#", "#").strip();
      Key allowed = KEYS.get(key);
      if (allowed == null) {
        throw new IllegalArgumentException(where + "unknown setting \"" + key + "\" (the settings are "
            + String.join(", ", keys()) + ")");
      }
      String problem = problem(key, value);
      if (problem != null) {
        throw new IllegalArgumentException(where + key + " " + problem);
      }
      if (values.containsKey(key)) {
        throw new IllegalArgumentException(where + key + " is set twice");
      }
      values.put(key, value);
      if (List.of("texts", "registers", "schema", "catalog").contains(key)) {
        for (String path : split(value)) {
          if (!Files.exists(root.resolve(path))) {
            throw new IllegalArgumentException(where + key + ": " + path + " does not exist (in " + root + ")");
          }
          // Texts and registers are published, schemas and catalogs read: only the project's own.
          // Files elsewhere are named on the command line (--schema, the sources), by whoever runs it.
          Path named = root.resolve(path).toAbsolutePath().normalize();
          if (!named.startsWith(root.toAbsolutePath().normalize()) || !Sandbox.containsFile(project, named)) {
            throw new IllegalArgumentException(where + key + ": " + path + " is outside the project (" + root
                + "): the settings name only the project's files; name others on the command line");
          }
        }
      }
    }
    return new ProjectSettings(file, values);
  }

  /**
   * Why a value is not one a setting takes, as the end of a sentence that starts with the
   * setting's name ("is an http:// or https:// address, not ..."), or null if it is one. The
   * command line's options that stand for a setting (--base-url) are checked here too, so that
   * both are judged the same way, and so is what {@code init} would write. An empty value is
   * taken (the setting then says nothing).
   */
  public static String problem(String key, String value) {
    Key allowed = KEYS.get(key);
    if (allowed == null) {
      throw new IllegalArgumentException("no setting " + key);
    }
    if (value.isEmpty()) {
      return null;
    }
    String refusal = allowed.values().matcher(value).matches() ? allowed.refusal().apply(value) : "";
    return refusal == null ? null
        : "is " + allowed.say() + ", not \"" + printable(value) + "\"" + (refusal.isEmpty() ? "" : ": it " + refusal);
  }

  /** Why an address cannot be the site's or a server's the pages name (WebAddress), or null. */
  private static String webRefusal(java.util.function.Function<String, ?> judge, String address) {
    try {
      judge.apply(address);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** A value as an error may print it: control characters escaped (a value from the command line may hold any). */
  private static String printable(String value) {
    StringBuilder shown = new StringBuilder();
    value.codePoints().forEach(c -> shown.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c)));
    return shown.toString();
  }

  /** The settings file (which may not exist). */
  public Path file() {
    return file;
  }

  /** The value of a setting, or null if it is not set. */
  public String get(String key) {
    String value = values.get(key);
    return value == null || value.isBlank() ? null : value;
  }

  /** A setting that lists paths, each resolved against the project's root; empty if unset. */
  public List<Path> paths(String key) {
    String value = get(key);
    return value == null ? List.of() : split(value).stream().map(p -> file.getParent().resolve(p).normalize()).toList();
  }

  private static List<String> split(String value) {
    return Arrays.stream(value.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
  }

  /** The settings in force, for the build's fingerprint: a change to any rebuilds what reads it. */
  public Map<String, String> values() {
    return Map.copyOf(values);
  }
}
