package org.edition.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.edition.load.ProjectLayout;

/**
 * What to build, as the command line and {@code edition.properties} ask.
 *
 * @param paths the TEI files and folders
 * @param output the output folder: one folder per format inside
 * @param project the edition's layout (its schemas and stylesheets)
 * @param formats html, pdf, epub
 * @param lang the interface language, or null for the texts' own
 * @param baseUrl where the site will be published, or null
 * @param volumes whether to make a volume of all texts: always, never, or auto (when their TEI
 *     files come to at most {@link #AUTO_VOLUME_BYTES} bytes)
 * @param jobs how many documents to work on at once
 * @param clean rebuild everything, whatever the last build left
 * @param strict write nothing if any file has an error
 */
public record BuildOptions(
    List<Path> paths,
    Path output,
    ProjectLayout project,
    Set<String> formats,
    String lang,
    String baseUrl,
    String volumes,
    int jobs,
    boolean clean,
    boolean strict) {
  /**
   * The TEI of a volume made by default: some 2 MB of TEI print to about a thousand pages. More
   * is not a book anyone reads whole, and it would be rendered in full at every change.
   */
  public static final long AUTO_VOLUME_BYTES = 2_000_000;

  public static final List<String> ALL_FORMATS = org.edition.publish.formats.Formats.names();

  /** Whether the edition gets a volume of all its texts, whose files come to {@code bytes}. */
  boolean volumeFor(int texts, long bytes) {
    return texts > 1
        && switch (volumes == null ? "auto" : volumes) {
          case "always" -> true;
          case "never" -> false;
          default -> bytes <= AUTO_VOLUME_BYTES;
        };
  }

  /** Whether the volume is left out only because the texts are too large for one by default. */
  boolean volumeTooLarge(int texts, long bytes) {
    return texts > 1 && (volumes == null || volumes.equals("auto")) && bytes > AUTO_VOLUME_BYTES;
  }
}
