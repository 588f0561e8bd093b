package org.edition.publish;

import java.io.IOException;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.edition.load.TeiDocument;

/**
 * What the edition-wide outputs are made from, each read only when an output asks for it: the
 * texts' extracts (headers and mentions), their search records, and, for a volume, the texts
 * themselves. Lists are in the order of the texts.
 */
public interface EditionParts {
  List<XdmNode> extracts() throws IOException;

  /**
   * The file that holds each text's search records (html/modules/extract.xsl: its description,
   * facets and passages, as XML), by the text's path.
   */
  java.util.Map<java.nio.file.Path, java.nio.file.Path> searchRecordFiles() throws IOException;

  List<TeiDocument> texts() throws IOException;
}
