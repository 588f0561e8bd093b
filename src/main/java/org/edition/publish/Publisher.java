package org.edition.publish;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.edition.load.TeiDocument;
import org.edition.transform.StylesheetException;

/**
 * One output format of the edition, written into a folder of its own under the output. A build
 * calls {@link #writeText} for each text whose outputs are out of date, then {@link
 * #writeEdition} when the edition-wide outputs (site pages, volume) are.
 */
public interface Publisher {
  /** The format's name, which is also its folder: html, pdf, epub. */
  String format();

  /** The stylesheets (and what every output carries) this format is made with: a change to one rebuilds it all. */
  List<URI> madeWith();

  /**
   * Whether this format's texts give, beside their outputs, an extract and search records (the
   * website's do) that its edition-wide outputs are made from and that the build keeps.
   */
  default boolean makesExtracts() {
    return false;
  }

  /** Files copied as they are into the edition-wide outputs: a change to one rebuilds those only. */
  default List<URI> assets() {
    return List.of();
  }

  /**
   * The files one text's outputs take in the format's folder, named by the text's identifier:
   * what a failed text may have left half-written, and is removed.
   */
  List<String> textFiles(String id);

  /** Writes one text's outputs into {@code folder}. */
  TextOutput writeText(TeiDocument text, Path folder) throws StylesheetException, IOException;

  /** The edition-wide outputs of this format, for this edition. */
  List<EditionUnit> editionUnits();

  /** Writes one edition-wide output into {@code folder}; returns its files, relative to it. */
  List<String> writeEdition(EditionUnit unit, EditionParts parts, Path folder)
      throws StylesheetException, IOException;

  /**
   * Once the new output is in place: forgets what the format keeps in the build's cache for
   * outputs that are no longer there.
   */
  default void committed(Path folder) throws IOException {}

  /** A one-line account of the format's output folder, as the build leaves it. */
  String describe(Path folder, int texts) throws IOException;
}
