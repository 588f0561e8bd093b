package org.edition.publish;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The identifier of each text, which names its page, PDF and EPUB: the root's xml:id, else the
 * file name, as xslt/common/functions.xsl (f:text-id) computes it, and passed to every
 * stylesheet so that they agree. No two texts share one, even in a case-insensitive file
 * system, none takes the name of a page of the site or of the volume, nor that of a later page of
 * another text published in parts (ID-p2, ID-p3..., xslt/common/parts.xsl), and none is longer
 * than a file name may be: such a text gets a distinct name instead, which {@link #renamed}
 * reports.
 */
public final class TextIds {
  /**
   * Names the site's own pages (index.html, about.html, the register pages, search, the texts by
   * date and the map) and the volume (edition.pdf, edition.epub) take: a text may not.
   */
  public static final List<String> RESERVED =
      List.of("index", "about", "persons", "organisations", "places", "works", "search", "dates", "map", "edition");

  /** The name of a decade's page of the texts by date (dates-1890.html, html/browse.xsl): a text may not take it. */
  static final java.util.regex.Pattern DECADE_PAGE = java.util.regex.Pattern.compile("dates--?\\d{4,}");

  /** The name of a later page of a text in parts: the text's id, "-p" and the part's number. */
  static final java.util.regex.Pattern PART_PAGE = java.util.regex.Pattern.compile("(.+)-p\\d+");

  /** Bytes an id may take: with ".html", ".epub" or a staging prefix it stays a valid file name. */
  static final int MAX_BYTES = 120;

  private final Map<Path, String> ids;
  private final Map<Path, String> renamed;

  private TextIds(Map<Path, String> ids, Map<Path, String> renamed) {
    this.ids = ids;
    this.renamed = renamed;
  }

  /**
   * @param rootIds each text's root xml:id (null or blank if it has none), in the order of the
   *     texts
   */
  public static TextIds of(Map<Path, String> rootIds) {
    Map<Path, String> ids = new LinkedHashMap<>();
    Map<Path, String> renamed = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    RESERVED.forEach(r -> taken.add(r.toLowerCase(Locale.ROOT)));
    Set<String> texts = new HashSet<>();
    rootIds.forEach((path, rootId) -> texts.add(of(path, rootId).toLowerCase(Locale.ROOT)));
    rootIds.forEach((path, rootId) -> {
      String wanted = of(path, rootId);
      String id = shortened(wanted, "");
      for (int n = 2; taken.contains(id.toLowerCase(Locale.ROOT)) || isPartPage(id, texts, taken)
          || DECADE_PAGE.matcher(id.toLowerCase(Locale.ROOT)).matches(); n++) {
        id = shortened(wanted, "-" + n);
      }
      taken.add(id.toLowerCase(Locale.ROOT));
      ids.put(path, id);
      if (!id.equals(wanted)) {
        renamed.put(path, wanted);
      }
    });
    return new TextIds(ids, renamed);
  }

  /** Whether {@code id} names a later page of one of these texts, were it published in parts. */
  private static boolean isPartPage(String id, Set<String> texts, Set<String> taken) {
    java.util.regex.Matcher page = PART_PAGE.matcher(id.toLowerCase(Locale.ROOT));
    return page.matches() && (texts.contains(page.group(1)) || taken.contains(page.group(1)));
  }

  /** The identifier of each text, by path, in the order of the texts. */
  public Map<Path, String> byPath() {
    return ids;
  }

  /** The texts whose identifier is not the one they asked for, with the one they asked for. */
  public Map<Path, String> renamed() {
    return renamed;
  }

  /** Why a text's outputs are not named as it asked, for the editor. */
  public String whyRenamed(Path text) {
    String wanted = renamed.get(text);
    String id = ids.get(text);
    java.util.regex.Matcher page = PART_PAGE.matcher(wanted);
    boolean pageOfAnother = page.matches() && ids.values().stream().anyMatch(other -> other.equalsIgnoreCase(page.group(1)));
    boolean another = ids.entrySet().stream().anyMatch(e -> !e.getKey().equals(text) && e.getValue().equalsIgnoreCase(wanted));
    String why = wanted.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES
        ? "is too long for a file name"
        : RESERVED.contains(wanted.toLowerCase(Locale.ROOT)) || DECADE_PAGE.matcher(wanted.toLowerCase(Locale.ROOT)).matches()
            ? "is the name of a page of the site or of the volume"
            : pageOfAnother && !another
                ? "is the name of a later page of another text, were it published in parts"
                : "is already the name of another text (letter case aside)";
    return "the text's name \"" + abbreviated(wanted) + "\" " + why + ": its outputs are named \"" + id + "\"";
  }

  /** A file's URI as the stylesheets compare them: file:/absolute/path. */
  public static String fileUri(Path path) {
    return "file:" + path.toAbsolutePath().normalize().toUri().getRawPath();
  }

  static String of(Path path, String rootId) {
    String id = rootId != null && !rootId.isBlank() ? rootId : baseName(path);
    return id.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
  }

  /** {@code id} with {@code suffix}, cut (at a character boundary) to fit {@link #MAX_BYTES}. */
  private static String shortened(String id, String suffix) {
    if ((id + suffix).getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES) {
      return id + suffix;
    }
    // A cut name keeps a trace of the whole one, so two long names with one beginning differ.
    String tail = "-" + Integer.toHexString(id.hashCode() & 0xfffffff) + suffix;
    int end = id.length();
    while ((id.substring(0, end) + tail).getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      end = id.offsetByCodePoints(end, -1);
    }
    return id.substring(0, end) + tail;
  }

  private static String abbreviated(String s) {
    return s.length() > 60 ? s.substring(0, s.offsetByCodePoints(0, 57)) + "..." : s;
  }

  /** The file name without its extension. */
  public static String baseName(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
