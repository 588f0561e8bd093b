package org.edition.publish;

import java.util.List;
import net.sf.saxon.s9api.XdmNode;

/**
 * What one text gave a format.
 *
 * @param files the files written, relative to the format's folder
 * @param extract what the edition-wide outputs need of the text (see xslt/html/extract.xsl), or
 *     null when the format needs nothing
 * @param searchRecords the text's records for the search data, or null
 */
public record TextOutput(List<String> files, XdmNode extract, String searchRecords) {
  /** Files, and nothing for the edition-wide outputs. */
  public static TextOutput of(List<String> files) {
    return new TextOutput(files, null, null);
  }
}
