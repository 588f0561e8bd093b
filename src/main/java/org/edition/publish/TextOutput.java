package org.edition.publish;

import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.edition.check.Diagnostic;

/**
 * What one text gave a format.
 *
 * @param files the files written, relative to the format's folder
 * @param extract what the edition-wide outputs need of the text (see xslt/html/extract.xsl), or
 *     null when the format needs nothing
 * @param searchRecords the text's records for the search data, or null
 * @param problems what is wrong with the outputs written (a character no shipped font has): said
 *     by the build, the outputs kept, the text written again by the next build (and said again)
 */
public record TextOutput(List<String> files, XdmNode extract, String searchRecords, List<Diagnostic> problems) {
  public TextOutput(List<String> files, XdmNode extract, String searchRecords) {
    this(files, extract, searchRecords, List.of());
  }

  /** Files, and nothing for the edition-wide outputs. */
  public static TextOutput of(List<String> files) {
    return new TextOutput(files, null, null);
  }
}
