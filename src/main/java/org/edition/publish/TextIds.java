package org.edition.publish;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The identifier of each text, which names its page, PDF and EPUB: the root's xml:id, else the
 * file name, as xslt/common/functions.xsl (f:text-id) computes it. Two texts that would share one
 * get a numbered suffix rather than overwrite each other.
 */
public final class TextIds {
  private TextIds() {}

  /**
   * @param rootIds each text's root xml:id (null or blank if it has none), in the order of the
   *     texts
   */
  public static Map<Path, String> of(Map<Path, String> rootIds) {
    Map<Path, String> ids = new LinkedHashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    rootIds.forEach((path, rootId) -> {
      String id = of(path, rootId);
      int n = seen.merge(id, 1, Integer::sum);
      ids.put(path, n == 1 ? id : id + "-" + n);
    });
    return ids;
  }

  /** A file's URI as the stylesheets compare them: file:/absolute/path. */
  public static String fileUri(Path path) {
    return "file:" + path.toAbsolutePath().normalize().toUri().getRawPath();
  }

  static String of(Path path, String rootId) {
    String id = rootId != null && !rootId.isBlank() ? rootId : baseName(path);
    return id.replaceAll("[^\\p{L}\\p{N}._-]+", "-");
  }

  /** The file name without its extension. */
  public static String baseName(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
