package org.edition.publish;

import java.io.IOException;
import java.nio.file.Path;
import org.edition.load.Edition;
import org.edition.transform.StylesheetException;

/** One output format of the edition, written into a folder of its own under the output. */
public interface Publisher {
  /** The format's name, which is also its folder: html, pdf, epub. */
  String format();

  /** Writes the format into {@code folder}; returns a one-line account of what was written. */
  String write(Edition edition, Path folder) throws StylesheetException, IOException;
}
