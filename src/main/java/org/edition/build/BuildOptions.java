package org.edition.build;

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
 * @param volumes whether to make a volume of all texts: always, never, or auto (up to {@link
 *     #AUTO_VOLUME_TEXTS} texts)
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
  /** A printed or electronic volume of more texts than this is not a book anyone reads whole. */
  public static final int AUTO_VOLUME_TEXTS = 50;

  public static final List<String> ALL_FORMATS = List.of("html", "pdf", "epub");

  /** Whether the edition gets a volume of all its texts. */
  boolean volumeFor(int texts) {
    return texts > 1
        && switch (volumes == null ? "auto" : volumes) {
          case "always" -> true;
          case "never" -> false;
          default -> texts <= AUTO_VOLUME_TEXTS;
        };
  }
}
